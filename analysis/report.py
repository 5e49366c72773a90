"""Executing the notebooks against a corpus and rendering them to standalone HTML."""
from __future__ import annotations

import hashlib
import os
import sys
import tempfile
import warnings
from functools import cache
from pathlib import Path
from typing import Any, Callable, TypeVar

from . import paths

ROOT = paths.project_root()
NOTEBOOKS = ROOT / "notebooks"
REPORTS = paths.reports_dir()


def corpus_name(path: str | os.PathLike) -> str:
    """Folder name used for a corpus's reports: ``seeds`` for ``seeds/``."""
    p = Path(path).resolve()
    return (p.stem if p.is_file() else p.name) or "corpus"


from .errors import QuotebookError  # noqa: E402
from .outputs import atomic_write  # noqa: E402
from .processes import child_initializer  # noqa: E402

TEMPLATES = paths.PACKAGE / "templates"
T = TypeVar("T")

#: Runs of a notebook whose kernel dies before it answers: the first and one more. Under load a
#: kernel can die as it starts (its port taken by another process between the moment
#: jupyter_client picks it and the moment the kernel binds it, or memory short); a second start
#: picks new ports. A kernel that dies twice is a real fault, reported as such.
KERNEL_START_ATTEMPTS = 2
#: What jupyter_client raises (``RuntimeError``, from ``KernelClient.wait_for_ready``) when the
#: kernel process exits before replying to kernel_info: the one failure that is retried.
KERNEL_DIED_AT_START = "Kernel died before replying to kernel_info"


class KernelStartError(QuotebookError):
    """A notebook's kernel died before it started, at every attempt; no cell ran."""


class KernelRetryWarning(RuntimeWarning):
    """A kernel died as it started and is started again."""


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
    output; its name and the failing cell are printed to stderr and returned. A kernel that dies
    as it starts is started once more (:data:`KERNEL_START_ATTEMPTS`); when it dies again the
    notebook's previous report is left as it was. Kernels end when this process ends.

    Returns
    -------
    list of str
        One line per notebook that failed, naming it and why (empty when all ran).
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
            _execute(nb, tmp_nb, {"ARTICLES": shown})
        except pm.PapermillExecutionError as e:
            error = f"{nb.name}: cell {e.exec_count} raised {e.ename}: {e.evalue}"
        except KernelStartError as e:  # nothing ran: the previous report stays as it was
            tmp_nb.unlink(missing_ok=True)
            stamp.unlink(missing_ok=True)
            print(f"FAILED {e}", file=sys.stderr)
            failed.append(str(e))
            continue
        os.chmod(tmp_nb, 0o644)
        os.replace(tmp_nb, out_nb)
        node = static_outputs(nbformat.read(str(out_nb), as_version=4))
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


#: The output type of a live ipywidget: nothing draws it in a report without a kernel.
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


def static_outputs(node):
    """``node`` (a notebook) with each widget output that also carries HTML reduced to that HTML,
    and no saved widget state.

    nbconvert prefers a widget's view to any other form of an output, and without a kernel the
    view draws nothing; :func:`analysis.render.explore.show_explorer` gives its widgets a static
    summary as HTML, which is what a report should show.
    """
    # (item access: a NotebookNode is a dict, so the notebook may also be its JSON as read)
    node["metadata"].pop("widgets", None)  # the widgets' saved state would load their scripts from a CDN
    for cell in node["cells"]:
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            if WIDGET_VIEW in data and "text/html" in data:
                del data[WIDGET_VIEW]
    return node


def retry_kernel_start(run: Callable[[], T], *, name: str, attempts: int = KERNEL_START_ATTEMPTS) -> T:
    """``run()``, called again when the kernel it starts dies before it answers.

    Only jupyter_client's "died before replying to kernel_info" is retried: then no cell has run,
    and starting over runs the notebook whole in one new kernel. Each retry is announced with a
    :class:`KernelRetryWarning`.

    Parameters
    ----------
    run
        Starts a kernel and uses it (papermill's ``execute_notebook``, nbval's kernel start).
    name
        What is being run, for the messages.
    attempts
        Starts tried in all.

    Raises
    ------
    KernelStartError
        When the kernel died at start ``attempts`` times.
    """
    for attempt in range(1, attempts + 1):
        try:
            return run()
        except RuntimeError as e:
            if KERNEL_DIED_AT_START not in str(e):
                raise
            if attempt == attempts:
                raise KernelStartError(f"{name}: the kernel died before it started, {attempts} times; "
                                       "try again when the machine is less busy") from e
            warnings.warn(f"{name}: the kernel died as it started; starting it again", KernelRetryWarning,
                          stacklevel=2)
    raise ValueError(f"attempts must be at least 1, not {attempts}")


def _execute(nb: Path, out: Path, parameters: dict[str, Any]) -> None:
    """papermill's ``execute_notebook`` on ``nb``, with kernels that die with this process, started
    again when they die at start (:func:`retry_kernel_start`)."""
    import papermill as pm

    retry_kernel_start(lambda: pm.execute_notebook(str(nb), str(out), parameters=parameters, cwd=str(NOTEBOOKS),
                                                   progress_bar=False, kernel_name="python3",
                                                   config=_kernel_config()), name=nb.name)


def _kernel_config():
    """Kernel settings for papermill: kernels that die with this process (:func:`die_with_parent`);
    sockets encrypted where ZeroMQ supports it and the kernelspec allows it, otherwise ipykernel
    prints a security warning at every start."""
    import zmq
    from traitlets.config import Config

    c = Config()
    c.NotebookClient.kernel_manager_class = _kernel_manager()
    if zmq.has("curve"):
        c.KernelManager.transport_encryption = "auto"  # only where the kernelspec says it can
    return c


def die_with_parent() -> Callable[[], None] | None:
    """A ``preexec_fn`` for the kernel's ``Popen``: Linux sends the kernel SIGKILL when this process
    ends, however it ends (``kill -9`` included).

    ipykernel's own watch (``JPY_PARENT_PID``, polled each second by a Python thread) misses a
    kernel busy in C code that holds the GIL, such as a long regular expression match. Linux
    signals the child when the *thread* that started it ends: nbclient starts kernels from the
    thread that runs the notebook (or from its own long-lived loop thread), which outlives them.
    ``None`` off Linux, where ipykernel's watch is all there is.
    """
    if not sys.platform.startswith("linux"):
        return None
    return child_initializer()


@cache
def _kernel_manager() -> type:
    """jupyter_client's ``AsyncKernelManager``, with kernels started by :func:`die_with_parent`."""
    from jupyter_client import AsyncKernelManager

    class ReportKernelManager(AsyncKernelManager):
        """Starts kernels that end when the process that asked for them ends."""

        async def start_kernel(self, **kw: Any) -> None:  # kept in _launch_args: restarts too
            hook = die_with_parent()
            if hook is not None:
                kw.setdefault("preexec_fn", hook)
            await super().start_kernel(**kw)

        async def interrupt_kernel(self) -> None:
            # jupyter_client interrupts every kernel it shuts down; a kernel still handling a
            # widget's message then logs "ERROR | KeyboardInterrupt caught in kernel" under a
            # report that ran well. A shutdown request (then SIGTERM, SIGKILL) follows anyway.
            if not self.shutting_down:
                await super().interrupt_kernel()

        _async_interrupt_kernel = interrupt_kernel  # the name shutdown_kernel calls

    return ReportKernelManager


def refresh_checked_outputs(notebooks: list[Path] | None = None, *, articles: str = "../seeds") -> list[Path]:
    """Re-execute notebooks on the seed and store the outputs of their ``# NBVAL_CHECK_OUTPUT``
    cells, the ones nbval compares; every other cell is saved without output.

    Run it (``make snapshots``) after a deliberate change to extraction, and review the diff.
    """
    import nbformat

    changed = []
    for nb_path in notebooks or sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb")):
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / nb_path.name
            _execute(nb_path, out, {"ARTICLES": articles})
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
