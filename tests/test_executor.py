"""One executor for every parallel map (analysis.executor): order, shared inputs, dead workers."""
from __future__ import annotations

import os
from concurrent.futures.process import BrokenProcessPool

import pytest

from analysis import executor

PARENT = os.getpid()


def _square(x: int) -> int:
    return x * x


def _scaled(x: int) -> int:
    return x * executor.shared("factor")


def _dies_on_three(x: int) -> int:
    if x == 3 and os.getpid() != PARENT:
        os._exit(1)  # the worker dies as the out-of-memory killer would end it
    return x


@pytest.mark.parametrize("engine", ["serial", "processes"])
def test_results_come_in_task_order_and_each_task_is_reported_done(engine):
    done = []
    out = list(executor.run(_square, iter(range(20)), engine=engine, workers=2, in_flight=3, done=done.append))
    assert out == [k * k for k in range(20)]
    assert sorted(done) == list(range(20))


@pytest.mark.parametrize("engine", ["serial", "processes"])
def test_shared_inputs_are_read_in_the_tasks_and_dropped_after(engine):
    if engine == "processes" and not executor.can_share():
        pytest.skip("workers cannot be forked here")
    assert list(executor.run(_scaled, [1, 2, 3], engine=engine, workers=2, shared={"factor": 10})) == [10, 20, 30]
    with pytest.raises(KeyError):
        executor.shared("factor")


def test_a_run_inside_another_keeps_the_outer_inputs():
    def inner(x):
        return sum(executor.run(_square, [x], shared={"factor": 0})) + executor.shared("factor") * x

    assert list(executor.run(inner, [1, 2], shared={"factor": 100})) == [1 + 100, 4 + 200]


def test_a_dead_worker_is_retried_in_this_process_and_the_run_goes_on():
    retried = []
    out = list(executor.run(_dies_on_three, range(6), engine="processes", workers=1, in_flight=1,
                            retry=lambda x: retried.append(x) or -x))
    assert out == [0, 1, 2, -3, 4, 5]
    assert retried == [3]


def test_a_dead_worker_without_retry_raises():
    with pytest.raises(BrokenProcessPool):
        list(executor.run(_dies_on_three, range(6), engine="processes", workers=1, in_flight=1))


def test_an_unknown_engine_or_inputs_dask_cannot_share_are_refused_at_the_call():
    with pytest.raises(ValueError, match="unknown engine 'threads'"):
        executor.run(_square, [1], engine="threads")
    with pytest.raises(ValueError, match="the dask engine cannot share"):
        executor.run(_scaled, [1], engine="dask", shared={"factor": 2})


@pytest.mark.slow
def test_dask_local_scheduler_keeps_task_order():
    pytest.importorskip("dask.bag")
    done = []
    assert list(executor.run(_square, range(7), engine="dask", done=done.append)) == [k * k for k in range(7)]
    assert sorted(done) == list(range(7))
