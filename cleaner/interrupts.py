"""Ctrl-C and SIGTERM as exceptions that unwind a run, so that its temporary files go.

SIGTERM's default action ends the process at once (no `finally` runs: a temporary output stays
beside its target); raised as `Terminated`, it unwinds like Ctrl-C's `KeyboardInterrupt`. Both
the CLI and the pre-commit hooks end with one line and the shell's code for the signal.
"""

from __future__ import annotations

import signal

EXIT_INTERRUPTED = 128 + signal.SIGINT  # 130
EXIT_TERMINATED = 128 + signal.SIGTERM  # 143


class Terminated(BaseException):
    """SIGTERM as an exception (a BaseException, as KeyboardInterrupt: no `except Exception` stops it)."""


def _raise_terminated(_signum: int, _frame: object) -> None:
    raise Terminated()


def terminate_as_exception() -> None:
    """From now on SIGTERM raises `Terminated` in the main thread."""
    signal.signal(signal.SIGTERM, _raise_terminated)
