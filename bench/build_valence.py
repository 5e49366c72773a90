"""Build ``data/valence.csv``: English words and how good or bad they sound, in [-1, 1].

Source: the lexicon of VADER (Hutto & Gilbert 2014, "VADER: A Parsimonious Rule-based Model for
Sentiment Analysis of Social Media Text"), 7,500 entries each rated by ten people on a scale of
-4 to +4; MIT licence, copyright (c) 2016 C.J. Hutto. The ``vaderSentiment`` package ships it as
``vaderSentiment/vader_lexicon.txt`` (tab-separated: entry, mean rating, sd, ratings), which is
what this script reads:

    pip download vaderSentiment==3.3.2 --no-deps -d /tmp/vader
    python bench/build_valence.py /tmp/vader/vaderSentiment-3.3.2-*.whl

Only entries that are words (letters, inner hyphens or apostrophes) are kept, their mean rating
divided by 4. The target-sentiment model reads them as features beside TextBlob's lexicon
(:mod:`analysis.enrich.sentiment_features`); after a change, retrain it with
``python bench/train_sentiment.py``.
"""
from __future__ import annotations

import argparse
import re
import zipfile
from pathlib import Path

MEMBER = "vaderSentiment/vader_lexicon.txt"
#: VADER's ratings run from -4 to +4: dividing by this puts them in [-1, 1] like TextBlob's.
SCALE = 4.0
WORD_RE = re.compile(r"[a-z]+(?:['-][a-z]+)*")
HEADER = """# English words and how good or bad they sound (valence), in [-1, 1]: the mean of ten people's
# ratings on a scale of -4 to +4, divided by 4. Read through analysis.lexicon.load_valence by the
# target-sentiment model (after editing, retrain with python bench/train_sentiment.py). Built by
# bench/build_valence.py from the VADER lexicon (Hutto & Gilbert 2014), words only:
#
# The MIT License (MIT)
# Copyright (c) 2016 C.J. Hutto
# Permission is hereby granted, free of charge, to any person obtaining a copy of this software
# and associated documentation files (the "Software"), to deal in the Software without
# restriction, including without limitation the rights to use, copy, modify, merge, publish,
# distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
# Software is furnished to do so, subject to the following conditions:
# The above copyright notice and this permission notice shall be included in all copies or
# substantial portions of the Software.
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING
# BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
# NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
# DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
# OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""


def build(source: Path, out: Path) -> int:
    """Write the word list from ``source`` (the package's wheel, or the lexicon file itself) to
    ``out``; return the number of words."""
    if zipfile.is_zipfile(source):
        with zipfile.ZipFile(source) as z:
            text = z.read(MEMBER).decode("utf-8")
    else:
        text = source.read_text(encoding="utf-8")
    rows = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and WORD_RE.fullmatch(parts[0]):
            rows[parts[0]] = round(float(parts[1]) / SCALE, 4)
    lines = [HEADER, "word,valence\n"] + [f"{w},{v:g}\n" for w, v in sorted(rows.items())]
    out.write_text("".join(lines), encoding="utf-8")
    return len(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("source", type=Path, help="the vaderSentiment wheel, or its vader_lexicon.txt")
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "data" / "valence.csv")
    args = ap.parse_args()
    print(f"{build(args.source, args.out)} words written to {args.out}")


if __name__ == "__main__":
    main()
