"""Timing shared by the speed benchmarks."""

from __future__ import annotations

import statistics
import time


def median_seconds(fn, runs: int, warmup: int = 2) -> float:
    """Median seconds of ``fn()`` over ``runs`` calls after ``warmup`` calls."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)
