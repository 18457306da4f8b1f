"""Edge routes that cross no box: lines pass each row of boxes through a free gap between boxes."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence

from argmap.layout.geometry import Box, Point2, simplified

_SHIFTS = (0.0, -1.5, 1.5, -3.0, 3.0, -4.5)
"""Offsets (in clearances) of successive turning levels in one gap."""


class Bands:
    """The rows of boxes (top-down frame): row k spans `tops[k]`..`bottoms[k]`; gap k lies above row k."""

    def __init__(
        self, tops: Sequence[float], bottoms: Sequence[float], clearance: float, boxes: Iterable[Box]
    ) -> None:
        self.tops = list(tops)
        self.bottoms = list(bottoms)
        self.clearance = clearance
        self._boxes = boxes
        self._rows: list[list[Box]] | None = None
        self._free: dict[int, tuple[list[float], list[float]]] = {}
        self._turns: dict[int, int] = {}

    def _obstacles(self) -> list[list[Box]]:
        """The boxes in each row, sorted out when a first route needs them."""
        if self._rows is not None:
            return self._rows
        tops, bottoms = self.tops, self.bottoms
        rows: list[list[Box]] = [[] for _ in tops]
        at_top = {t: k for k, t in enumerate(tops)}
        for b in self._boxes:
            k0 = at_top.get(b.y)
            if k0 is not None and b.y + b.h <= bottoms[k0]:  # the usual box: top-aligned in its row
                rows[k0].append(b)
                continue
            k = max(0, bisect_right(bottoms, b.y))
            while k < len(tops) and tops[k] < b.y + b.h:
                rows[k].append(b)
                k += 1
        self._rows = rows
        return rows

    def gap_of(self, y: float) -> int:
        """The gap a point at height `y` is in (a row's top edge counts as the gap above it)."""
        return bisect_left(self.tops, y)

    def route(self, start: Point2, g0: int, end: Point2, g1: int) -> tuple[Point2, ...]:
        """A polyline from `start` (in gap g0) to `end` (in gap g1) through free columns of the rows between."""
        if g0 == g1:
            return (start, end)
        pts: list[Point2] = [start]
        x = start[0]
        rows = range(g0 - 1, g1 - 1, -1) if g0 > g1 else range(g0, g1)
        n = len(rows)
        for i, k in enumerate(rows):
            want = x + (end[0] - x) / (n - i + 1)
            x = self._free_x(k, want)
            if g0 > g1:
                pts += [(x, self.bottoms[k]), (x, self.tops[k])]
            else:
                pts += [(x, self.tops[k]), (x, self.bottoms[k])]
        pts.append(end)
        return tuple(pts)

    def climb(self, start: Point2, g0: int, end: Point2, g1: int) -> tuple[Point2, ...]:
        """A right-angled line from a box edge in gap g0 up to a junction in gap g1, entering it from below.

        It crosses each row between through a free column and turns only in the gaps, on a
        level near the lower row, clear of the junctions and ports.
        """
        pts: list[Point2] = [start]
        x = start[0]
        up = g0 > g1
        rows = range(g0 - 1, g1 - 1, -1) if up else range(g0, g1)
        n = len(rows)
        for i, k in enumerate(rows):
            nx = self._free_x(k, x + (end[0] - x) / (n - i + 1))
            if nx != x:
                y = self._level(k + 1 if up else k)
                pts += [(x, y), (nx, y)]
                x = nx
            pts += (
                [(x, self.bottoms[k]), (x, self.tops[k])] if up else [(x, self.tops[k]), (x, self.bottoms[k])]
            )
        if x != end[0]:  # along the gap under the junction, then up into it (as its other premises do)
            y = self._level(g1) if start[1] > end[1] else end[1]
            pts += [(x, y), (end[0], y)]
        pts.append(end)
        return simplified(pts)

    def _level(self, g: int) -> float:
        """Where the next line turns in gap g (above row g): nearer the row below, clear of junctions.

        Each line that turns in a gap takes a level a few pixels from those before it, so none
        runs on top of another.
        """
        k = self._turns.get(g, 0)
        self._turns[g] = k + 1
        shift = _SHIFTS[k % len(_SHIFTS)] * self.clearance
        if g >= len(self.tops):
            return self.bottoms[-1] + 4 * self.clearance + abs(shift)
        lo = self.bottoms[g - 1] if g > 0 else self.tops[0] - 8 * self.clearance
        return lo + 0.8 * (self.tops[g] - lo) + shift

    def _free_x(self, k: int, x: float) -> float:
        """The free position in row k nearest to x (mid-gap when x falls on a box)."""
        if k < 0 or k >= len(self.tops):
            return x
        free = self._free.get(k)
        if free is None:
            free = self._free[k] = self._intervals(k)
        lefts, rights = free
        i = bisect_right(lefts, x) - 1
        if i < 0 or x >= rights[i]:
            return x
        c = self.clearance
        lo = (rights[i - 1] + lefts[i]) / 2 if i > 0 else lefts[i] - c
        hi = (rights[i] + lefts[i + 1]) / 2 if i + 1 < len(lefts) else rights[i] + c
        return lo if x - lo <= hi - x else hi

    def _intervals(self, k: int) -> tuple[list[float], list[float]]:
        c = self.clearance
        spans = sorted((b.x - c, b.x + b.w + c) for b in self._obstacles()[k])
        lefts: list[float] = []
        rights: list[float] = []
        for lo, hi in spans:
            if rights and lo <= rights[-1]:
                rights[-1] = max(rights[-1], hi)
            else:
                lefts.append(lo)
                rights.append(hi)
        return lefts, rights
