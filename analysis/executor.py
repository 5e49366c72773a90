"""One executor: a function mapped over tasks, results in task order, in one of three engines.

- ``serial``: in this process.
- ``processes``: a pool of worker processes that end with this one, a bounded number of tasks
  in flight (memory stays bounded however many tasks there are). A worker that dies breaks the
  pool: the run goes on in a new pool, and each task the broken pool took down is handed to
  ``retry`` (or the break is raised). Large read-only inputs can be ``shared``: forked workers
  inherit them instead of receiving them pickled with every task.
- ``dask``: one task per partition of a Dask bag, on the current ``distributed.Client`` when
  there is one (or the one given), else Dask's local multiprocessing scheduler.

:func:`analysis.statements` maps chunks of articles with it, :func:`analysis.mentions` blocks of
statements and :func:`analysis.scale.run_dask` the partitions of a record list.
"""
from __future__ import annotations

import multiprocessing as mp
import os
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Callable, Iterable, Iterator, Mapping

from .processes import child_initializer

ENGINES = ("serial", "processes", "dask")
#: tasks in flight per worker: enough that no worker waits while results are read, few enough
#: that the inputs and outputs held at once stay a small multiple of the workers
IN_FLIGHT_PER_WORKER = 3

_SHARED: dict = {}  # what forked workers inherit (and serial runs read): see shared()


def shared(name: str) -> Any:
    """An input the running map was given as ``shared=``, read inside a task."""
    return _SHARED[name]


def can_share() -> bool:
    """Whether worker processes can inherit ``shared`` inputs (they must be forked)."""
    return "fork" in mp.get_all_start_methods()


def worker_initializer() -> Callable[[], None]:
    """The initializer of this process's workers (pools and Dask's local scheduler): they end with it."""
    return child_initializer()


def default_workers(workers: int | None) -> int:
    """``workers``, or all cores."""
    return max(1, workers or os.cpu_count() or 1)


def run(fn: Callable, tasks: Iterable, *, engine: str = "serial", workers: int | None = None,
        shared: Mapping[str, Any] | None = None, retry: Callable[[Any], Any] | None = None,
        in_flight: int | None = None, client=None, done: Callable[[int], object] | None = None) -> Iterator:
    """``fn(task)`` of every task, yielded in task order.

    The arguments are checked at the call; the work starts when the first result is asked for.

    Parameters
    ----------
    fn
        A module-level function (workers receive it pickled).
    tasks
        Iterated as the workers need them (``processes``), all at once (``dask``).
    engine
        ``"serial"``, ``"processes"`` or ``"dask"``.
    workers
        Processes of the ``processes`` engine (default: all cores).
    shared
        Inputs ``fn`` reads with :func:`shared` instead of receiving them in each task
        (``serial`` and forked ``processes`` only: check :func:`can_share`).
    retry
        ``processes``: called in this process with a task whose worker died; its return value
        stands for the task's result. Without it the :class:`BrokenProcessPool` is raised.
    in_flight
        ``processes``: tasks submitted and not yet read (default ``IN_FLIGHT_PER_WORKER`` per worker).
    client
        ``dask``: a ``distributed.Client`` (default: the current one, else the local scheduler).
    done
        Called with a task's index when its result is ready (progress).

    Returns
    -------
    Iterator
        The results, in the order of ``tasks``.

    Raises
    ------
    ValueError
        For an unknown engine, or ``shared`` inputs the engine cannot pass.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}: use one of {', '.join(ENGINES)}")
    if shared and (engine == "dask" or (engine == "processes" and not can_share())):
        raise ValueError(f"the {engine} engine cannot share inputs with its workers here")
    if engine == "serial":
        results = _serial(fn, tasks, done)
    elif engine == "processes":
        results = _processes(fn, tasks, workers=default_workers(workers), fork=bool(shared), retry=retry,
                             in_flight=in_flight, done=done)
    else:
        results = _dask(fn, tasks, client=client, done=done)
    return _sharing(results, dict(shared or {}))


def _sharing(results: Iterator, shared: dict) -> Iterator:
    """``results``, with ``shared`` readable through :func:`shared` while they are computed."""
    before = dict(_SHARED)  # a run inside a task of another (a retry) keeps the outer run's inputs
    _SHARED.update(shared)
    try:
        yield from results
    finally:
        _SHARED.clear()
        _SHARED.update(before)


def _serial(fn: Callable, tasks: Iterable, done) -> Iterator:
    for k, task in enumerate(tasks):
        result = fn(task)
        if done is not None:
            done(k)
        yield result


class _Pools:
    """The current worker pool of a ``processes`` run, replaced when a worker dies."""

    def __init__(self, workers: int, fork: bool):
        self.workers = workers
        self.context = mp.get_context("fork") if fork else None
        self.current = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.workers, mp_context=self.context,
                                   initializer=worker_initializer())

    def renew(self, broken: ProcessPoolExecutor) -> None:
        """Go on in a new pool, unless ``broken`` was already replaced."""
        if broken is self.current:
            broken.shutdown(wait=True, cancel_futures=True)
            self.current = self._new()

    def submit(self, fn: Callable, task) -> tuple:
        try:
            return self.current.submit(fn, task), self.current
        except BrokenProcessPool:  # broken by a task still pending: go on in a new pool
            self.renew(self.current)
            return self.current.submit(fn, task), self.current

    def close(self) -> None:
        self.current.shutdown(wait=True, cancel_futures=True)


def _processes(fn: Callable, tasks: Iterable, *, workers: int, fork: bool, retry, in_flight: int | None,
               done) -> Iterator:
    pools = _Pools(workers, fork)  # made here, when the results are first asked for: after the shared inputs
    limit = max(1, in_flight or IN_FLIGHT_PER_WORKER * workers)
    pending: deque = deque()  # (index, task, future, the pool it went to)

    def read():
        k, task, fut, pool = pending.popleft()
        try:
            result = fut.result()
        except BrokenProcessPool:
            if retry is None:
                raise
            pools.renew(pool)
            result = retry(task)
        if done is not None:
            done(k)
        return result

    try:
        for k, task in enumerate(tasks):
            pending.append((k, task, *pools.submit(fn, task)))
            while len(pending) >= limit:
                yield read()
        while pending:
            yield read()
    finally:  # on an error or an interrupt, drop the tasks not started
        pools.close()


def _apply(part: list, fn: Callable) -> list:
    """One Dask partition: ``fn`` of each of its tasks."""
    return [fn(task) for task in part]


def current_client():
    """The current ``distributed.Client`` (the last one created in this process), or None."""
    try:
        from distributed import Client
    except ImportError:
        return None
    try:
        return Client.current()
    except ValueError:
        return None


def _dask(fn: Callable, tasks: Iterable, *, client, done) -> Iterator:
    import dask
    import dask.bag as db

    tasks = list(tasks)
    if not tasks:
        return
    parts = db.from_sequence(tasks, partition_size=1).map_partitions(_apply, fn).to_delayed()
    client = client or current_client()
    if client is None:
        # the local pool's workers end with this process, even when it is killed
        out = dask.compute(*parts, scheduler="processes", initializer=worker_initializer())
        for k, part in enumerate(out):
            if done is not None:
                done(k)
            yield from part
        return
    from distributed import as_completed

    futures = client.compute(parts)
    index = {f.key: k for k, f in enumerate(futures)}
    try:
        for f in as_completed(futures):
            f.result()  # raises a worker's error here
            if done is not None:
                done(index[f.key])
        for part in client.gather(futures):
            yield from part
    finally:
        client.cancel(futures)
