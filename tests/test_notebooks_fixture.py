"""Every notebook runs with papermill on the fixture corpus (and on an empty one) without error.

The fixture corpus (``tests/fixtures/corpus``) is entirely invented; see its README.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from nbformat import NotebookNode

pytestmark = pytest.mark.slow  # kernels and a browser: make test runs these, make unit does not

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
CORPUS = ROOT / "tests" / "fixtures" / "corpus"


# nbformat and papermill are imported by the tests that use them: `make unit` collects this module
# too (then leaves its tests out), and their imports would add seconds to it
def _read(path: Path) -> NotebookNode:
    nbformat = pytest.importorskip("nbformat")
    return nbformat.read(str(path), as_version=4)


def _run(nb: Path, articles: Path, out_dir: Path) -> NotebookNode:
    pm = pytest.importorskip("papermill")
    out = out_dir / nb.name
    pm.execute_notebook(str(nb), str(out), parameters={"ARTICLES": str(articles)}, cwd=str(nb.parent),
                        progress_bar=False, kernel_name="python3")
    return _read(out)


def _outputs(node: NotebookNode) -> list:
    return [o for c in node.cells if c.cell_type == "code" for o in c.get("outputs", [])]


def test_there_are_five_notebooks():
    assert [nb.name for nb in NOTEBOOKS] == ["01_statements.ipynb", "02_timeline.ipynb",
                                             "03_actor_sentiment.ipynb", "04_keywords.ipynb", "05_explore.ipynb"]


@pytest.mark.parametrize("nb", NOTEBOOKS, ids=[nb.stem for nb in NOTEBOOKS])
def test_notebook_is_stored_clean(nb):
    node = _read(nb)
    assert node.metadata["kernelspec"]["name"] == "python3"
    params = [c for c in node.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(params) == 1 and 'ARTICLES = "../seeds"' in params[0].source
    setup = node.cells[node.cells.index(params[0]) + 1]  # the corpus is read once, through the caches
    assert "corpus = notebook.load(ARTICLES)" in setup.source
    for c in node.cells:
        if c.cell_type == "code" and not c.source.startswith("# NBVAL_CHECK_OUTPUT"):
            assert not c.outputs, f"{nb.name}: stored with outputs: {c.source[:60]!r}"


@pytest.mark.parametrize("nb", NOTEBOOKS, ids=[nb.stem for nb in NOTEBOOKS])
def test_notebook_runs_on_the_fixture_corpus(nb, tmp_path):
    node = _run(nb, CORPUS, tmp_path)
    outputs = _outputs(node)
    assert not [o for o in outputs if o.output_type == "error"]
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    if nb.stem == "05_explore":  # widgets, with a static summary for the rendered report
        assert "141 statements of 141: every statement" in str(outputs)
    else:
        assert len(images) >= 1, f"{nb.name} drew no chart"
    assert "14 articles" in str(outputs)


@pytest.mark.parametrize("nb", NOTEBOOKS, ids=[nb.stem for nb in NOTEBOOKS])
def test_notebook_on_an_empty_corpus_says_so(nb, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    node = _run(nb, empty, tmp_path)
    outputs = _outputs(node)
    assert not [o for o in outputs if o.output_type == "error"]
    assert "No articles found" in str(outputs)
