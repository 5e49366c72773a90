"""Rendering reports: kernels end with the process that started them, and a kernel that dies as
it starts is started once more.

The article and the notebooks here are written at run time; every person and place in them
(Tamsin Reyl, the town of Orvel) is fictional.
"""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from analysis import report
from analysis.errors import QuotebookError

ROOT = Path(__file__).resolve().parent.parent

ARTICLE = """---
title: Orvel ferry to run again
published: 2025-05-02
---
Orvel ferry to run again
“The ferry will run again on Monday,” said Tamsin Reyl, the harbour master of Orvel.
"""

#: A regular expression that backtracks for far longer than the test runs: the kernel running it
#: is busy in C code and holds the GIL, so none of its own Python threads can notice anything.
BUSY_CELL = """import os, re, pathlib
pathlib.Path(ARTICLES).with_name("kernel.pid").write_text(str(os.getpid()))
re.match(r"(a+)+$", "a" * 64 + "b")
"""


def _notebook(path: Path, *cells: str) -> Path:
    import nbformat  # (here, not at the top: its import takes over a second of the fast suite)

    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    params = nbformat.v4.new_code_cell('ARTICLES = ""')
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params] + [nbformat.v4.new_code_cell(c) for c in cells]
    nbformat.write(nb, str(path))
    return path


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "2025-05-02_orvel-ferry.txt").write_text(ARTICLE, encoding="utf-8")
    return corpus


def _running(pid: int) -> bool:
    """The process exists and is not a zombie waiting to be reaped."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state not in ("Z", "X")


# --- a kernel that dies as it starts is started once more ---------------------------------------

DIED = RuntimeError(report.KERNEL_DIED_AT_START)


class FlakyPapermill:
    """Stands in for ``papermill.execute_notebook``: raises each of ``failures`` in turn, then runs
    the notebook by writing it out with one output per code cell (a cell's error is raised after
    the notebook is written, as papermill does)."""

    def __init__(self, *failures: BaseException):
        self.failures = list(failures)
        self.calls = 0

    def __call__(self, input_path, output_path, **kwargs):
        import nbformat
        import papermill

        self.calls += 1
        failure = self.failures.pop(0) if self.failures else None
        if failure is None or isinstance(failure, papermill.PapermillExecutionError):
            nb = nbformat.read(input_path, as_version=4)   # papermill saves a failed run, then raises
            for c in nb.cells:
                if c.cell_type == "code":
                    c.outputs = [nbformat.v4.new_output("stream", name="stdout", text="ran\n")]
            nbformat.write(nb, output_path)
        if failure is not None:
            raise failure


@pytest.fixture
def flaky(monkeypatch):
    import papermill

    def install(*failures):
        fake = FlakyPapermill(*failures)
        monkeypatch.setattr(papermill, "execute_notebook", fake)
        return fake
    return install


@pytest.mark.slow  # a report rendered through nbconvert: papermill and nbconvert take seconds to load
def test_report_starts_a_kernel_that_died_at_start_once_more(tmp_path, flaky):
    fake = flaky(DIED)
    nb = _notebook(tmp_path / "01_ferry.ipynb", "print('ran')")
    with pytest.warns(report.KernelRetryWarning, match="01_ferry.ipynb: the kernel died as it started"):
        failed = report.render_reports(_corpus(tmp_path), out_root=tmp_path / "out", notebooks=[nb])
    assert failed == []
    assert fake.calls == 2
    out = tmp_path / "out" / "corpus"
    assert "ran" in (out / "01_ferry.html").read_text(encoding="utf-8")
    assert (out / ".01_ferry.fingerprint").exists()


@pytest.mark.slow  # a report rendered through nbconvert: papermill and nbconvert take seconds to load
def test_report_gives_up_after_a_second_death_and_keeps_the_previous_report(tmp_path, flaky):
    fake = flaky(DIED, DIED)
    nb = _notebook(tmp_path / "01_ferry.ipynb", "print('ran')")
    out = tmp_path / "out" / "corpus"
    out.mkdir(parents=True)
    (out / "01_ferry.html").write_text("the report of last week", encoding="utf-8")
    with pytest.warns(report.KernelRetryWarning):
        failed = report.render_reports(_corpus(tmp_path), out_root=tmp_path / "out", notebooks=[nb])
    assert fake.calls == report.KERNEL_START_ATTEMPTS == 2
    assert failed == ["01_ferry.ipynb: the kernel died before it started, 2 times; "
                      "try again when the machine is less busy"]
    assert (out / "01_ferry.html").read_text(encoding="utf-8") == "the report of last week"
    assert sorted(p.name for p in out.iterdir()) == ["01_ferry.html"]   # no half-run notebook, no stamp


@pytest.mark.slow  # a report rendered through nbconvert: papermill and nbconvert take seconds to load
def test_report_does_not_retry_other_failures(tmp_path, flaky):
    import papermill

    nb = _notebook(tmp_path / "01_ferry.ipynb", "print('ran')")
    fake = flaky(RuntimeError("Kernel didn't respond in 60 seconds"))
    with pytest.raises(RuntimeError, match="didn't respond"):
        report.render_reports(_corpus(tmp_path), out_root=tmp_path / "out", notebooks=[nb])
    assert fake.calls == 1
    error = papermill.PapermillExecutionError(cell_index=1, exec_count=1, source="x", ename="RuntimeError",
                                              evalue=report.KERNEL_DIED_AT_START, traceback=[])
    fake = flaky(error)   # a cell that raised: the notebook ran, it is reported, not run again
    failed = report.render_reports(tmp_path / "corpus", out_root=tmp_path / "out2", notebooks=[nb])
    assert fake.calls == 1 and failed == [f"01_ferry.ipynb: cell 1 raised RuntimeError: {report.KERNEL_DIED_AT_START}"]


def test_retry_kernel_start_counts_its_attempts():
    calls = []

    def run():
        calls.append(1)
        if len(calls) < 3:
            raise DIED
        return "answered"

    with pytest.warns(report.KernelRetryWarning):
        assert report.retry_kernel_start(run, name="x", attempts=3) == "answered"
    assert len(calls) == 3
    with pytest.raises(report.KernelStartError) as err:
        report.retry_kernel_start(lambda: (_ for _ in ()).throw(DIED), name="nb", attempts=1)
    assert isinstance(err.value, QuotebookError) and err.value.__cause__ is DIED


def test_make_nbval_loads_the_kernel_plugin():
    recipe = re.search(r"^nbval:.*\n\t(.+)$", (ROOT / "Makefile").read_text(), re.M).group(1)
    plugins = recipe.split("--nbval")[0]
    # nbval itself too: pyproject.toml's addopts leave it out of every other run
    assert "-p nbval " in plugins and "-p analysis.nbval_kernels" in plugins


def test_report_kernels_are_started_to_die_with_their_parent():
    from jupyter_client import AsyncKernelManager

    manager = report._kernel_config().NotebookClient.kernel_manager_class
    assert issubclass(manager, AsyncKernelManager)
    if sys.platform.startswith("linux"):
        assert callable(report.die_with_parent())


# --- kernels end with their parent -----------------------------------------------------------

@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_kernels_end_when_the_report_is_killed(tmp_path):
    corpus = _corpus(tmp_path)
    nb = _notebook(tmp_path / "01_busy.ipynb", BUSY_CELL)
    pid_file = tmp_path / "kernel.pid"
    code = ("import sys; from pathlib import Path; from analysis.report import render_reports; "
            "render_reports(sys.argv[1], out_root=Path(sys.argv[2]), notebooks=[Path(sys.argv[3])])")
    parent = subprocess.Popen([sys.executable, "-c", code, str(corpus), str(tmp_path / "out"), str(nb)],
                              cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    kernel = None
    try:
        deadline = time.monotonic() + 120
        while not pid_file.exists() or not pid_file.read_text():
            assert parent.poll() is None, "the report ended before its kernel ran the cell"
            assert time.monotonic() < deadline, "no kernel started in 120 s"
            time.sleep(0.2)
        kernel = int(pid_file.read_text())
        time.sleep(0.5)                       # well inside the endless match by now
        assert _running(kernel)
        parent.send_signal(signal.SIGKILL)
        parent.wait()
        deadline = time.monotonic() + 10
        while _running(kernel) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not _running(kernel), "the kernel outlived the report that started it"
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
        if kernel is not None and _running(kernel):
            os.kill(kernel, signal.SIGKILL)


# --- a real kernel that dies at its first start ------------------------------------------------

FLAKY_KERNEL = """import os, sys
from pathlib import Path

mark = Path(os.environ["FLAKY_MARK"])
if not mark.exists():      # the first start: die before answering anything
    mark.write_text("died once")
    sys.exit(1)
os.execv(sys.executable, [sys.executable, "-m", "ipykernel_launcher", *sys.argv[1:]])
"""


@pytest.fixture
def flaky_kernel_env(tmp_path) -> dict[str, str]:
    """Environment in which the ``python3`` kernel dies at its first start, then starts normally."""
    import json

    script = tmp_path / "flaky_kernel.py"
    script.write_text(FLAKY_KERNEL)
    spec = tmp_path / "jupyter" / "kernels" / "python3"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, str(script), "-f", "{connection_file}"],
        "display_name": "Python 3 (dies at its first start)", "language": "python"}))
    return {**os.environ, "JUPYTER_PATH": str(tmp_path / "jupyter"), "FLAKY_MARK": str(tmp_path / "died")}


@pytest.mark.slow
def test_report_survives_a_kernel_that_dies_at_start(tmp_path, flaky_kernel_env):
    corpus = _corpus(tmp_path)
    nb = _notebook(tmp_path / "01_ferry.ipynb", "print('the ferry ' + 'runs')")
    code = ("import sys; from pathlib import Path; from analysis.report import render_reports; "
            "print(render_reports(sys.argv[1], out_root=Path(sys.argv[2]), notebooks=[Path(sys.argv[3])]))")
    run = subprocess.run([sys.executable, "-c", code, str(corpus), str(tmp_path / "out"), str(nb)], cwd=ROOT,
                         env=flaky_kernel_env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"
    assert (tmp_path / "died").exists()                          # the first kernel did die
    assert "the kernel died as it started; starting it again" in run.stderr
    assert "the ferry runs" in (tmp_path / "out" / "corpus" / "01_ferry.html").read_text(encoding="utf-8")


@pytest.mark.slow
def test_nbval_with_the_plugin_survives_a_kernel_that_dies_at_start(tmp_path, flaky_kernel_env):
    nb = _notebook(tmp_path / "ferry.ipynb", "boats = 2 + 1", "print(boats)")

    def nbval(*plugin: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "pytest", *plugin, "--nbval-lax", "--nbval-kernel-name",
                               "python3", nb.name, "-q", "-p", "no:cacheprovider"], cwd=tmp_path,
                              env=flaky_kernel_env, capture_output=True, text=True, timeout=300)

    bare = nbval()
    assert bare.returncode != 0 and "Kernel died before replying to kernel_info" in bare.stdout
    (tmp_path / "died").unlink()
    fixed = nbval("-p", "analysis.nbval_kernels")
    assert fixed.returncode == 0, fixed.stdout
    assert "3 passed" in fixed.stdout       # every cell, in one kernel: boats is defined when printed
    assert "the kernel died as it started" in fixed.stdout       # and the retry is not silent


# --- dollar signs in a rendered report ------------------------------------------------------------

MONEY_ARTICLE = """---
title: Orvel drivers count the cost
published: 2025-06-03
---
Orvel drivers count the cost
“Fuel costs $4 a gallon, up 10% since May, and diesel costs $5,” said Tamsin Reyl, who runs the depot in Orvel.
“The town needs $5 million, not $10 million,” Mayor Ilse Varga told the council on Tuesday.
"""


@pytest.mark.slow
def test_timeline_report_on_statements_full_of_dollar_signs(tmp_path):
    """Read as mathtext, the first statement's event-strip label failed to draw (the ``%``)."""
    corpus = tmp_path / "money"
    corpus.mkdir()
    (corpus / "2025-06-03_orvel-fuel.txt").write_text(MONEY_ARTICLE, encoding="utf-8")
    failed = report.render_reports(corpus, out_root=tmp_path / "out",
                                   notebooks=[report.NOTEBOOKS / "02_timeline.ipynb"])
    assert failed == []
    import nbformat

    ran = nbformat.read(str(tmp_path / "out" / "money" / "02_timeline.ipynb"), as_version=4)
    outputs = [o for c in ran.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.output_type == "error"]
    assert sum("image/png" in o.get("data", {}) for o in outputs) == 3       # timeline, coverage, event strip


def test_report_kernels_are_not_interrupted_while_shutting_down():
    """jupyter_client interrupts a kernel it shuts down; the report's kernels skip that (a busy
    kernel logged a KeyboardInterrupt under a report that ran well), and only that."""
    import asyncio

    km = report._kernel_manager()()
    with pytest.raises(RuntimeError, match="No kernel is running"):  # not shutting down: interrupted
        asyncio.run(km._async_interrupt_kernel())
    km.shutting_down = True
    assert asyncio.run(km._async_interrupt_kernel()) is None
    assert asyncio.run(km.interrupt_kernel()) is None
