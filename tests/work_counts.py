"""Work counted without a clock, for the tests that guard against a blow-up (a quadratic scan).

A CPU-time bound in a test passes or fails with the machine's load; the Python lines a call
executes (every loop turn is one or more line events of `sys.settrace`) are the same on every
run. A linear pass on twice the input executes about twice the lines; a scan per item executes
four times as many. The timings themselves are benchmarks/bench_guards.py's.
"""

from __future__ import annotations

import sys
from typing import Any, Callable


def lines_run(call: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[Any, int]:
    """(what `call` returns, how many Python lines it executed)."""
    count = 0

    def tracer(frame, event, arg):  # noqa: ANN001, ANN202 - sys.settrace's signature
        nonlocal count
        if event == "line":
            count += 1
        return tracer

    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        result = call(*args, **kwargs)
    finally:
        sys.settrace(previous)
    return result, count


def growth(small: int, large: int) -> float:
    """How many times the work grew: about the inputs' ratio when linear, its square when not."""
    return large / max(small, 1)
