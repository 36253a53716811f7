"""Ctrl-C and SIGTERM as exceptions that unwind a run, so that its temporary files go.

SIGTERM's default action ends the process at once (no `finally` runs: a temporary output stays
beside its target); raised as `Terminated`, it unwinds like Ctrl-C's `KeyboardInterrupt`. Both
the CLI and the pre-commit hooks end with one line and the shell's code for the signal.
"""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import Iterator

EXIT_INTERRUPTED = 128 + signal.SIGINT  # 130
EXIT_TERMINATED = 128 + signal.SIGTERM  # 143


class Terminated(BaseException):
    """SIGTERM as an exception (a BaseException, as KeyboardInterrupt: no `except Exception` stops it)."""


def _raise_terminated(_signum: int, _frame: object) -> None:
    raise Terminated()


@contextmanager
def terminate_as_exception() -> Iterator[None]:
    """Inside the block SIGTERM raises `Terminated`; the caller's handler comes back after it (a
    program or test runner calling the hook in-process keeps its own). Outside the main thread,
    where no handler can be set, nothing changes."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
