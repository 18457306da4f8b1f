"""Time every call of a function by phase: wall and CPU sums per label, for the bench's phase tables."""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from typing import Any

Clock = dict[str, list[float]]
"""label -> [wall seconds, CPU seconds] summed over the calls."""


def wrap(owner: Any, name: str, label: str, clock: Clock) -> None:
    """Time every call of owner.name into clock[label]; nothing when owner has no such name."""
    f: Callable[..., Any] | None = getattr(owner, name, None)
    if f is None:
        return

    @functools.wraps(f)
    def timed(*a: Any, **k: Any) -> Any:
        t, c = time.perf_counter(), time.process_time()
        try:
            return f(*a, **k)
        finally:
            got = clock.setdefault(label, [0.0, 0.0])
            got[0] += time.perf_counter() - t
            got[1] += time.process_time() - c

    setattr(owner, name, timed)
