"""Clocks and summaries shared by the benchmark scripts: timed calls, percentiles, peak memory."""

from __future__ import annotations

import math
import resource
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

Input = TypeVar("Input")
Result = TypeVar("Result")


@dataclass(frozen=True)
class Latency:
    """A summary of timed calls, in milliseconds."""

    p50: float
    p99: float
    mean: float
    samples: int

    @classmethod
    def of(cls, nanoseconds: Sequence[int]) -> Latency:
        if not nanoseconds:
            return cls(math.nan, math.nan, math.nan, 0)
        return cls(
            percentile(nanoseconds, 50) / 1e6,
            percentile(nanoseconds, 99) / 1e6,
            statistics.fmean(nanoseconds) / 1e6,
            len(nanoseconds),
        )


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0..100), interpolated between the closest ranks."""
    ordered = sorted(values)
    if len(ordered) == 1:
        return float(ordered[0])
    position = (len(ordered) - 1) * q / 100
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def timed_calls(
    call: Callable[[Input], Result],
    inputs: Sequence[Input],
    *,
    rounds: int = 1,
    warmup: int = 20,
    budget_seconds: float | None = None,
) -> tuple[list[int], list[Result]]:
    """Nanoseconds of each call over `rounds` passes of `inputs`, after `warmup` untimed calls.

    Returns the timings and the results of the first pass. With `budget_seconds`, stops early
    (after at least 20 calls) once that much time has gone, for baselines too slow to run in full.
    """
    for item in inputs[:warmup]:
        call(item)
    clock = time.perf_counter_ns
    timings: list[int] = []
    results: list[Result] = []
    deadline = None if budget_seconds is None else clock() + int(budget_seconds * 1e9)
    for round_number in range(rounds):
        for item in inputs:
            start = clock()
            result = call(item)
            timings.append(clock() - start)
            if round_number == 0:
                results.append(result)
            if deadline is not None and len(timings) >= 20 and clock() > deadline:
                return timings, results
    return timings, results


def timed_once(call: Callable[[], Result]) -> tuple[int, Result]:
    """Nanoseconds of one call, and its result."""
    start = time.perf_counter_ns()
    result = call()
    return time.perf_counter_ns() - start, result


def peak_memory_mib() -> float:
    """This process's peak resident memory so far (getrusage maxrss), in MiB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB elsewhere
