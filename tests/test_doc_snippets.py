"""Every Python snippet in the README and docs/ runs as written, from the project folder.

A snippet that needs what a test machine does not have (a Dask scheduler, cloud storage) is
preceded by ``<!-- snippet not run by the tests: REASON -->``; it is still compiled, so a typo
in it fails here too.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
SKIP_MARK = "<!-- snippet not run by the tests:"
FENCE = re.compile(r"(?P<before>[^\n]*)\n```python\n(?P<code>.*?)\n```", re.S)


def snippets() -> list[tuple[str, int, str, bool]]:
    """``(file, line, code, run)`` for every fenced ``python`` block of the docs."""
    out = []
    for doc in DOCS:
        text = doc.read_text(encoding="utf-8")
        for m in FENCE.finditer(text):
            line = text.count("\n", 0, m.start("code")) + 1
            out.append((doc.name, line, m.group("code"), not m.group("before").startswith(SKIP_MARK)))
    return out


def test_the_docs_have_python_snippets():
    found = snippets()
    assert [(f, run) for f, _, _, run in found] == [("README.md", True), ("README.md", False), ("README.md", False)]


@pytest.mark.parametrize("doc,line,code,run", snippets(), ids=lambda v: str(v)[:20])
def test_snippet_runs_as_written(doc, line, code, run, monkeypatch):
    compiled = compile(code, f"{doc}:{line}", "exec")
    if not run:
        pytest.skip(f"{doc}:{line} needs a service the tests do not have")
    monkeypatch.chdir(ROOT)
    namespace: dict = {}
    exec(compiled, namespace)  # noqa: S102 - the point of the test
    if "st" in namespace:  # the "In Python" snippet: the seed's statements, one article's text
        assert len(namespace["articles"]) == 1
        assert len(namespace["st"]) > 0
        assert namespace["text"] == namespace["articles"]["text"].iloc[0]
