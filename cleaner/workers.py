"""The worker processes of `Cleaner.clean_many(items, jobs > 1)`.

A `concurrent.futures` process pool, not `multiprocessing.Pool`: a worker that dies (one that
cannot start, or one the system killed) breaks the pool and every waiting result says so, where
`multiprocessing.Pool` starts a new worker and the lost results are awaited forever. The commonest
such death is a script without an `if __name__ == "__main__":` guard: a spawned worker runs the
calling script again, which starts workers of its own while it is still being imported, and that
fails. The caller then gets a `WorkerError` naming the guard, not a call that never returns.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import Callable, Iterator

from .errors import WorkerError

GUARD_HINT = (
    'a script that calls clean_many with jobs > 1 needs an `if __name__ == "__main__":` guard '
    "around its work: each spawned worker runs the script again"
)


class Workers:
    """The pool a `clean_many` call works with; `results` counts the batches that came back,
    which tells a worker that never started (no guard) from one that died later."""

    def __init__(self, executor: ProcessPoolExecutor, jobs: int):
        self.executor = executor
        self.jobs = jobs
        self.results = 0

    def submit(self, work: Callable, batch: list | None) -> "Batch | None":
        """`work` on each item of `batch`, in the workers; None for no batch."""
        if batch is None:
            return None
        chunks = max(1, len(batch) // (4 * self.jobs))
        return Batch(self, self.executor.map(work, batch, chunksize=chunks))


class Batch:
    """A submitted batch; `get` waits for its results, in the order of its items."""

    def __init__(self, workers: Workers, results: Iterator):
        self._workers = workers
        self._results = results

    def get(self) -> list:
        outcome = list(self._results)
        self._workers.results += 1
        return outcome


@contextmanager
def worker_pool(jobs: int, initializer: Callable, initargs: tuple) -> Iterator[Workers]:
    """`jobs` spawned workers, each set up by `initializer(*initargs)`. A broken pool becomes a
    `WorkerError`; on any other way out before the end (an error, Ctrl-C, a caller that stops
    reading) the workers are stopped at once rather than left to finish what was queued."""
    context = multiprocessing.get_context("spawn")
    executor = ProcessPoolExecutor(jobs, mp_context=context, initializer=initializer, initargs=initargs)
    workers = Workers(executor, jobs)
    finished = False
    try:
        yield workers
        finished = True
    except BrokenProcessPool:
        raise WorkerError(_broken_reason(workers)) from None
    finally:
        if not finished:
            _stop(executor)
        executor.shutdown(wait=True, cancel_futures=True)


def _broken_reason(workers: Workers) -> str:
    if workers.results == 0:
        return f"the worker processes of clean_many(jobs={workers.jobs}) ended as they started: {GUARD_HINT}"
    return f"a worker process of clean_many(jobs={workers.jobs}) ended abruptly (killed, or out of memory?)"


def _stop(executor: ProcessPoolExecutor) -> None:
    """End the workers now (what `multiprocessing.Pool.terminate` did): the executor itself
    would let each finish its queued work first."""
    processes = getattr(executor, "_processes", None) or {}
    for process in list(processes.values()):
        if process.is_alive():
            process.terminate()
