"""Executing the notebooks against a corpus and rendering them to standalone HTML."""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
REPORTS = ROOT / "reports"


def corpus_name(path: str | os.PathLike) -> str:
    """Folder name used for a corpus's reports: ``seeds`` for ``seeds/``."""
    p = Path(path).resolve()
    return (p.stem if p.is_file() else p.name) or "corpus"


def _atomic_write(path: Path, data: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(data)
    os.replace(tmp, path)


def render_reports(articles: str | os.PathLike, *, show_code: bool = False, out_root: Path | None = None,
                   notebooks: list[Path] | None = None) -> list[str]:
    """Execute every notebook with papermill (``ARTICLES`` set to ``articles``) and render HTML.

    Writes ``reports/<corpus>/NN_name.ipynb`` and ``.html``. A failing notebook keeps its partial
    output; its name and the failing cell are printed to stderr and returned.

    Returns
    -------
    list of str
        Names of the notebooks that failed (empty when all ran).
    """
    import nbformat
    import papermill as pm
    from nbconvert import HTMLExporter

    src = Path(articles).resolve()
    if not src.exists():
        raise FileNotFoundError(f"no such file or folder: {articles}")
    out_dir = (out_root or REPORTS) / corpus_name(src)
    out_dir.mkdir(parents=True, exist_ok=True)
    exporter = HTMLExporter(exclude_input=not show_code, exclude_input_prompt=True, exclude_output_prompt=True)
    failed = []
    for nb in notebooks or sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb")):
        out_nb = out_dir / nb.name
        tmp_nb = out_dir / f".{nb.name}.running"
        print(f"running {nb.name} ...", file=sys.stderr)
        error = None
        try:
            pm.execute_notebook(str(nb), str(tmp_nb), parameters={"ARTICLES": str(src)}, cwd=str(NOTEBOOKS),
                                progress_bar=False, kernel_name="python3")
        except pm.PapermillExecutionError as e:
            error = f"{nb.name}: cell {e.exec_count} raised {e.ename}: {e.evalue}"
        os.replace(tmp_nb, out_nb)
        node = nbformat.read(str(out_nb), as_version=4)
        body, _ = exporter.from_notebook_node(node, resources={"metadata": {"name": nb.stem.replace("_", " ")}})
        _atomic_write(out_dir / f"{nb.stem}.html", body)
        if error:
            print(f"FAILED {error}", file=sys.stderr)
            failed.append(error)
        else:
            print(f"wrote {out_dir / (nb.stem + '.html')}", file=sys.stderr)
    return failed
