"""Character-range arithmetic on claims' spans: covered length, overlap and IoU."""

from __future__ import annotations

from collections.abc import Iterable

from argmap.model import Span


def merged(spans: Iterable[Span]) -> list[tuple[int, int]]:
    """The spans as sorted, non-overlapping half-open ranges (touching ranges are joined)."""
    ranges = sorted((s.start, s.end) for s in spans if s.end > s.start)
    out: list[tuple[int, int]] = []
    for start, end in ranges:
        if out and start <= out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def covered(ranges: list[tuple[int, int]]) -> int:
    """Characters covered by merged ranges."""
    return sum(e - s for s, e in ranges)


def overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    """Characters covered by both lists of merged ranges."""
    i = j = total = 0
    while i < len(a) and j < len(b):
        lo = max(a[i][0], b[j][0])
        hi = min(a[i][1], b[j][1])
        if hi > lo:
            total += hi - lo
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return total


def span_iou(a: Iterable[Span], b: Iterable[Span]) -> float:
    """Intersection over union of the characters two claims cover (0.0 when either has none)."""
    ra, rb = merged(a), merged(b)
    if not ra or not rb:
        return 0.0
    inter = overlap(ra, rb)
    union = covered(ra) + covered(rb) - inter
    return inter / union if union else 0.0
