"""Child processes that end with their parent: parse workers, mention workers, report kernels.

Linux lets a process ask the kernel for a signal when its parent ends
(``prctl(PR_SET_PDEATHSIG)``), which also covers a parent killed by ``kill -9``. Every process
Quotebook starts asks for ``SIGKILL`` through :func:`end_with_parent`; elsewhere nothing is set
and children end as their pool or kernel manager ends them.
"""
from __future__ import annotations

import os
import signal
import sys
from functools import partial
from typing import Callable

#: prctl(2) option (linux/prctl.h) naming the signal a process gets when the thread that
#: started it ends
PR_SET_PDEATHSIG = 1


def _prctl() -> Callable[..., int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        return ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):  # no libc prctl (another libc): nothing to set
        return None


def end_with_parent(parent: int) -> None:
    """Ask for ``SIGKILL`` when ``parent`` ends; exit at once if it has already ended.

    Runs in the child: as a pool's initializer, or between fork and exec of a kernel.

    Parameters
    ----------
    parent : int
        The process id of the process that asked for this child.
    """
    prctl = _prctl()
    if prctl is not None:
        prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    if os.getppid() != parent:  # started by a fork server, or the parent died before the signal was set
        try:
            os.kill(parent, 0)
        except ProcessLookupError:
            os._exit(1)
        except OSError:  # alive, but not ours to signal
            pass


def child_initializer() -> Callable[[], None]:
    """The initializer (or ``preexec_fn``) for children of this process: they end when it ends."""
    return partial(end_with_parent, os.getpid())
