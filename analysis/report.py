"""Executing the notebooks against a corpus and rendering them to standalone HTML."""
from __future__ import annotations

import hashlib
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


from .outputs import atomic_write  # noqa: E402

TEMPLATES = Path(__file__).resolve().parent / "templates"


def _atomic_write(path: Path, data: str) -> None:
    """Write to a temporary file beside ``path``, then rename: a kill never leaves half a report."""
    atomic_write(path, lambda tmp: Path(tmp).write_text(data, encoding="utf-8"))


def _fingerprint(src: Path, nb: Path, show_code: bool) -> str:
    """What a rendered report depends on: the library, the notebook, the articles' files."""
    from .corpus import library_version

    h = hashlib.sha1(f"{library_version()}|{show_code}|".encode())
    h.update(nb.read_bytes())
    files = [src] if src.is_file() else sorted(p for p in src.rglob("*") if p.is_file())
    for f in files:
        st = f.stat()
        h.update(f"{f}|{st.st_size}|{st.st_mtime_ns}".encode())
    return h.hexdigest()


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
    exporter = HTMLExporter(template_name="quotebook", extra_template_basedirs=[str(TEMPLATES)],
                            exclude_input=not show_code, exclude_input_prompt=True, exclude_output_prompt=True)
    failed = []
    for nb in notebooks or sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb")):
        out_nb = out_dir / nb.name
        html = out_dir / f"{nb.stem}.html"
        stamp = out_dir / f".{nb.stem}.fingerprint"
        fp = _fingerprint(src, nb, show_code)
        if html.exists() and stamp.exists() and stamp.read_text() == fp:
            print(f"{nb.name}: up to date", file=sys.stderr)
            continue
        tmp_nb = out_dir / f".running.{nb.name}"
        print(f"running {nb.name} ...", file=sys.stderr)
        error = None
        try:
            # a path inside the project is passed relative, so shared reports do not show this machine's folders
            shown = os.path.relpath(src, NOTEBOOKS) if src.is_relative_to(ROOT) else str(src)
            pm.execute_notebook(str(nb), str(tmp_nb), parameters={"ARTICLES": shown}, cwd=str(NOTEBOOKS),
                                progress_bar=False, kernel_name="python3", config=_kernel_config())
        except pm.PapermillExecutionError as e:
            error = f"{nb.name}: cell {e.exec_count} raised {e.ename}: {e.evalue}"
        os.chmod(tmp_nb, 0o644)
        os.replace(tmp_nb, out_nb)
        node = nbformat.read(str(out_nb), as_version=4)
        body, _ = exporter.from_notebook_node(node, resources={"metadata": {"name": nb.stem.replace("_", " ")}})
        _atomic_write(html, body)
        if error:
            print(f"FAILED {error}", file=sys.stderr)
            failed.append(error)
            stamp.unlink(missing_ok=True)
        else:
            _atomic_write(stamp, fp)
            print(f"wrote {html}", file=sys.stderr)
    return failed


def _kernel_config():
    """Kernel settings for papermill: encrypt the kernel's sockets where ZeroMQ supports it and the
    kernelspec allows it; otherwise ipykernel prints a security warning at every start."""
    import zmq
    from traitlets.config import Config

    c = Config()
    if zmq.has("curve"):
        c.KernelManager.transport_encryption = "auto"  # only where the kernelspec says it can
    return c


def refresh_checked_outputs(notebooks: list[Path] | None = None, *, articles: str = "../seeds") -> list[Path]:
    """Re-execute notebooks on the seed and store the outputs of their ``# NBVAL_CHECK_OUTPUT``
    cells, the ones nbval compares; every other cell is saved without output.

    Run it (``make snapshots``) after a deliberate change to extraction, and review the diff.
    """
    import nbformat
    import papermill as pm

    changed = []
    for nb_path in notebooks or sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb")):
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / nb_path.name
            pm.execute_notebook(str(nb_path), str(out), cwd=str(NOTEBOOKS), progress_bar=False,
                                parameters={"ARTICLES": articles}, kernel_name="python3", config=_kernel_config())
            ran = nbformat.read(str(out), as_version=4)
        nb = nbformat.read(str(nb_path), as_version=4)
        code = [c for c in nb.cells if c.cell_type == "code"]
        done = [c for c in ran.cells if c.cell_type == "code" and "injected-parameters" not in c.metadata.get("tags", [])]
        before = nbformat.writes(nb)
        for mine, theirs in zip(code, done):
            if mine.source.lstrip().startswith("# NBVAL_CHECK_OUTPUT"):
                if mine.outputs != theirs.outputs:
                    mine.outputs = theirs.outputs
                    mine.execution_count = theirs.execution_count
            else:
                mine.outputs, mine.execution_count = [], None
        if nbformat.writes(nb) != before:
            nbformat.write(nb, str(nb_path))
            changed.append(nb_path)
    return changed
