"""A pytest plugin for ``make nbval``: nbval's kernels follow the report's rules.

nbval starts one kernel per notebook, and a kernel that dies as it starts fails every cell of
that notebook. With ``pytest -p analysis.nbval_kernels --nbval-lax ...``:

* a kernel that dies before it answers is started once more, before any cell has run, so the
  notebook still runs whole in one kernel (:func:`analysis.report.retry_kernel_start`). Re-running
  failed cells one by one, as pytest-rerunfailures would, runs a cell without the variables the
  cells before it defined;
* on Linux the kernel ends when pytest ends, even by ``kill -9``
  (:func:`analysis.report.die_with_parent`).
"""
from __future__ import annotations

import functools
from typing import Any, Callable

from .report import die_with_parent, retry_kernel_start

__all__ = ["safe_kernel_start", "pytest_configure"]


def safe_kernel_start(start: Callable[..., Any]) -> Callable[..., Any]:
    """``start`` (nbval's ``start_new_kernel``), with a kernel that dies with its parent and is
    started again when it dies at start; ``start`` itself shuts down a kernel that failed."""
    if getattr(start, "quotebook_safe", False):
        return start

    @functools.wraps(start)
    def start_new_kernel(*args: Any, **kwargs: Any) -> Any:
        hook = die_with_parent()
        if hook is not None:
            kwargs.setdefault("preexec_fn", hook)  # passed on to the kernel's Popen
        name = f"nbval kernel {kwargs.get('kernel_name', '')} in {kwargs.get('cwd', '.')}"
        return retry_kernel_start(lambda: start(*args, **kwargs), name=name)

    start_new_kernel.quotebook_safe = True  # type: ignore[attr-defined]
    return start_new_kernel


def pytest_configure(config) -> None:
    """Wrap nbval's kernel start, which ``nbval.kernel.RunningKernel`` looks up at each start."""
    import nbval.kernel

    nbval.kernel.start_new_kernel = safe_kernel_start(nbval.kernel.start_new_kernel)
