#!/usr/bin/env python3
"""Print the interpreter ``make setup`` builds ``.venv`` from: the fastest CPython on this machine.

Version managers such as pyenv compile CPython without profile-guided optimisation unless told
to, and such a build runs pure-Python work like Quotebook's extraction about a fifth slower than
a distribution's build of the same version. When more than one CPython (3.10 or newer, able to
make a venv) is installed, each runs a short probe of string, dict and regular-expression work,
three times in turn; ``python3`` is kept unless another is at least 10 % faster. What was measured
goes to stderr; the chosen command to stdout.

The Makefile runs this only when it makes ``.venv``; ``make PYTHON=python3.12 setup`` chooses
the interpreter yourself.

Usage: python3 bench/pick_python.py
"""
from __future__ import annotations

import shutil
import subprocess
import sys

DEFAULT = "python3"
CANDIDATES = (DEFAULT, "python3.14", "python3.13", "python3.12", "python3.11", "python3.10",
              "/usr/bin/python3", "/usr/local/bin/python3")
MARGIN = 0.10  # another interpreter must be this much faster than python3 to be chosen
ROUNDS = 3

# Prints the interpreter's real path and version, or fails: too old, or no venv/ensurepip.
_CHECK = ("import sys, os, venv, ensurepip; assert sys.version_info >= (3, 10); "
          "assert sys.implementation.name == 'cpython'; "
          "print(os.path.realpath(sys.executable), '%d.%d.%d' % sys.version_info[:3])")

# About a tenth of a second of the kind of work the extraction does: tokenising by a regular
# expression, dict and set lookups, small tuples, method calls. Prints its own time, so
# interpreter start-up is not counted.
_PROBE = r"""
import re, time
text = ("The harbour board said on Tuesday that the new cranes would arrive in spring, "
        "and Mayor Ilsa Brandt, who chairs it, told reporters: “We will rebuild the quay.” ") * 40
pat = re.compile(r"\s*(?:\w+(?:[’'\-.]\w+)*\.?|[^\w\s])")
tags = {"the": "DT", "said": "VBD", "on": "IN", "that": "IN", "would": "MD", "and": "CC"}
t = time.perf_counter()
n = 0
for _ in range(60):
    pieces = pat.findall(text)
    words = [p.lstrip() for p in pieces]
    out = []
    pos = 0
    for w in words:
        pos += len(w)
        low = w.lower()
        out.append((pos, w, tags.get(low, "NNP" if w[:1].isupper() else "NN")))
    n += sum(1 for _, w, tag in out if tag == "VBD" and w.endswith("d"))
print(time.perf_counter() - t)
"""


def choose(times: dict[str, float], default: str = DEFAULT, margin: float = MARGIN) -> str:
    """The interpreter to use, given each one's best probe time.

    ``default`` stays unless another is faster by more than ``margin`` (a fraction of the
    default's time); with no time for the default, the fastest.

    >>> choose({"python3": 0.30, "/usr/bin/python3": 0.24})
    '/usr/bin/python3'
    >>> choose({"python3": 0.30, "/usr/bin/python3": 0.28})
    'python3'
    """
    if not times:
        return default
    fastest = min(times, key=times.get)
    if default not in times or times[fastest] < times[default] * (1 - margin):
        return fastest
    return default


def _interpreters() -> dict[str, str]:
    """command -> "real path version", one command per distinct interpreter, python3 first."""
    found: dict[str, str] = {}
    seen: set[str] = set()
    for cmd in CANDIDATES:
        if shutil.which(cmd) is None:
            continue
        try:
            r = subprocess.run([cmd, "-c", _CHECK], capture_output=True, text=True, timeout=30)
        except (OSError, subprocess.SubprocessError):
            continue
        if r.returncode != 0 or not r.stdout.strip():
            continue  # a pyenv shim with no such version, too old, or no venv module
        path = r.stdout.split()[0]
        if path in seen:
            continue
        seen.add(path)
        found[cmd] = r.stdout.strip()
    return found


def _probe(cmd: str) -> float | None:
    try:
        r = subprocess.run([cmd, "-c", _PROBE], capture_output=True, text=True, timeout=120)
        return float(r.stdout.strip()) if r.returncode == 0 else None
    except (OSError, subprocess.SubprocessError, ValueError):
        return None


def main() -> int:
    found = _interpreters()
    if len(found) < 2:
        print(next(iter(found), DEFAULT))
        return 0
    best: dict[str, float] = {}
    for _ in range(ROUNDS):  # in turn, so a busy moment of the machine hits every one alike
        for cmd in found:
            t = _probe(cmd)
            if t is not None:
                best[cmd] = min(t, best.get(cmd, t))
    pick = choose(best)
    for cmd, t in sorted(best.items(), key=lambda kv: kv[1]):
        print(f"pick_python: {cmd} ({found[cmd]}): probe {t:.3f} s", file=sys.stderr)
    print(f"pick_python: building .venv from {pick}", file=sys.stderr)
    print(pick)
    return 0


if __name__ == "__main__":
    sys.exit(main())
