"""Turning levels for right-angled lines in one gap between rows, chosen so lines that need not cross do not.

A line through a gap runs up from x0 (its lower end), along its level, and up to
x1. Two lines heading right whose spans overlap cross unless the one starting
further left turns higher; lines heading left mirror that. So within each
direction every line takes the lowest level above all the overlapping lines that
start to its right (left), which a prefix-maximum tree finds in O(n log n).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

TOUCH = 0.5
"""Spans this close count as overlapping (their upright legs would run on top of each other)."""


def levels(spans: Sequence[tuple[float, float]]) -> tuple[list[int], int]:
    """Level (1 = lowest) of each (x0, x1) span with x0 != x1, and how many levels are used.

    Lines heading right take the odd levels, lines heading left the even ones, so a
    line of one direction never runs along a line of the other.
    """
    right = [(x0, x1, i) for i, (x0, x1) in enumerate(spans) if x1 > x0]
    left = [(-x0, -x1, i) for i, (x0, x1) in enumerate(spans) if x1 <= x0]
    out = [0] * len(spans)
    top = 0
    for group, parity in ((right, 1), (left, 0)):
        for i, k in _staircase(group).items():
            out[i] = 2 * k - parity
            top = max(top, out[i])
    return out, top


def _staircase(group: Sequence[tuple[float, float, int]]) -> dict[int, int]:
    """Levels of spans heading right: each above every overlapping span that starts further right."""
    if not group:
        return {}
    starts = sorted({x0 for x0, _, _ in group})
    tree = [0] * (len(starts) + 1)
    out: dict[int, int] = {}
    for x0, x1, i in sorted(group, key=lambda g: (-g[0], -g[1], g[2])):
        k = bisect_right(
            starts, x1 + TOUCH
        )  # spans starting at or before x1 (all processed ones start at x0 or later)
        best = 0
        while k > 0:
            best = max(best, tree[k])
            k -= k & -k
        level = best + 1
        out[i] = level
        k = bisect_right(starts, x0)
        n = len(starts)
        while k <= n:
            if tree[k] < level:
                tree[k] = level
            k += k & -k
    return out
