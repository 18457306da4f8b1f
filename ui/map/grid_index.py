"""Which keys' rectangles meet a region: rows sorted by left edge, filled in bulk, then changed key by key."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Hashable, Iterable, Sequence
from itertools import compress, repeat
from math import floor
from operator import not_, or_, sub, truediv
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)

CELL = 1024.0
"""Height of one row (and side of one cell of the changes' grid) in scene pixels: a few boxes across."""
WIDE = 4
"""A rectangle more than this many cells long (a fan of lines across a big tree) is kept in a short list."""
REFILL = 0.25
"""When the keys changed since the last fill pass this share of all keys, the rows are filled again."""

Rect = tuple[float, float, float, float]
"""(x0, y0, x1, y1)."""
Span = tuple[int, int, int, int]
"""The first and last cell (i0, j0, i1, j1) a rectangle touches."""
Row = tuple[list[float], list[K], list[Rect], float]
"""A row's left edges (sorted), its keys and rectangles in that order, and its widest rectangle."""


class GridIndex(Generic[K]):
    """Rectangles by key, and which of them meet a region.

    `fill` files tens of thousands at once without a per-key Python loop: each rectangle goes
    into the row of its top edge (no rectangle is taller than a row), rows sorted by left edge,
    so a query bisects a few rows. On a turned map (tall thin lines) rows are columns.
    Rectangles longer than `WIDE` cells sit in a short list every query reads. Later changes
    (`put_many`, `drop`) go into a small grid of cells, and their keys' places in the rows stop
    counting; when they grow to a good share of all keys, everything is filled again.
    """

    def __init__(self, cell: float = CELL) -> None:
        self._cell = cell
        self._filled: tuple[Sequence[K], list[Rect]] = ([], [])
        """The keys and rectangles of the last fill (the rows hold them)."""
        self._current: dict[K, Rect] | None = {}
        """The current rectangle of every key; made from `_filled` when first needed after a fill."""
        self._rows: dict[int, Row[K]] = {}
        self._long: list[tuple[K, Rect]] = []
        self._turned = False
        """Rows are columns (x and y swapped) in the rows' part."""
        self._stale: set[K] = set()
        """Keys whose place in the rows no longer counts (moved or dropped since the fill)."""
        self._cells: dict[tuple[int, int], set[K]] = {}
        self._changed: dict[K, Span | None] = {}
        """Keys filed since the fill: their cells, or None for a long one (in `_changed_long`)."""
        self._changed_long: dict[K, Rect] = {}

    @property
    def _rect(self) -> dict[K, Rect]:
        if self._current is None:
            keys, rects = self._filled
            self._current = dict(zip(keys, rects, strict=True))
        return self._current

    def __len__(self) -> int:
        return len(self._rect)

    def __contains__(self, key: object) -> bool:
        return key in self._rect

    def rect(self, key: K) -> Rect | None:
        """Where `key` is filed, or None."""
        return self._rect.get(key)

    def clear(self) -> None:
        """Forget every key."""
        self._filled = ([], [])
        self._current = {}
        self._rows = {}
        self._long = []
        self._stale = set()
        self._cells = {}
        self._changed = {}
        self._changed_long = {}

    def fill(
        self,
        keys: Sequence[K],
        x0s: Sequence[float],
        y0s: Sequence[float],
        x1s: Sequence[float],
        y1s: Sequence[float],
    ) -> None:
        """Replace everything with these keys' rectangles, given as columns (the tens of thousands of a big map).

        Keys must be distinct.
        """
        self.clear()
        rects: list[Rect] = list(zip(x0s, y0s, x1s, y1s, strict=True))
        self._filled = (keys, rects)
        self._current = None
        c = self._cell
        # rows across the short side of most rectangles: a tree's lines are wide and flat, a turned tree's tall
        self._turned = sum(map(c.__lt__, map(sub, y1s[::8], y0s[::8]))) > sum(
            map(c.__lt__, map(sub, x1s[::8], x0s[::8]))
        )
        u0s, v0s, u1s, v1s = (y0s, x0s, y1s, x1s) if self._turned else (x0s, y0s, x1s, y1s)
        along = list(map(sub, u1s, u0s))
        long = list(map(or_, map(c.__lt__, map(sub, v1s, v0s)), map((WIDE * c).__lt__, along)))
        row_of = list(map(floor, map(truediv, v0s, repeat(c))))
        order = sorted(range(len(rects)), key=u0s.__getitem__)
        order.sort(key=row_of.__getitem__)  # stable: by row, then by left edge within a row
        self._long = [(keys[i], rects[i]) for i in compress(order, map(long.__getitem__, order))]
        short = list(compress(order, map(not_, map(long.__getitem__, order))))
        rows_in_order = list(map(row_of.__getitem__, short))
        start = 0
        while start < len(short):
            j = rows_in_order[start]
            end = bisect_right(rows_in_order, j, start)
            idx = short[start:end]
            self._rows[j] = (
                list(map(u0s.__getitem__, idx)),
                list(map(keys.__getitem__, idx)),
                list(map(rects.__getitem__, idx)),
                max(map(along.__getitem__, idx)),
            )
            start = end

    def put(self, key: K, x0: float, y0: float, x1: float, y1: float) -> None:
        """File `key` under the rectangle (x0, y0)-(x1, y1), replacing where it was."""
        self.put_many(((key, x0, y0, x1, y1),))

    def put_many(self, entries: Iterable[tuple[K, float, float, float, float]]) -> None:
        """File keys (key, x0, y0, x1, y1), each replacing where it was; many at once fill the rows again."""
        current = self._rect
        todo = [e for e in entries if current.get(e[0]) != e[1:]]
        if len(todo) + len(self._changed) > max(64.0, REFILL * len(current)):
            merged = dict(current)
            merged.update((key, (x0, y0, x1, y1)) for key, x0, y0, x1, y1 in todo)
            self._refill(merged)
            return
        for key, x0, y0, x1, y1 in todo:
            self._unfile(key)
            rect = current[key] = (x0, y0, x1, y1)
            self._file(key, rect)

    def drop(self, key: K) -> None:
        """Forget `key` (nothing happens when it is not filed)."""
        current = self._rect
        if key in current:
            self._unfile(key)
            del current[key]

    def query(self, x0: float, y0: float, x1: float, y1: float) -> set[K]:
        """The keys whose rectangles meet the rectangle (x0, y0)-(x1, y1)."""
        out: set[K] = set()
        stale = self._stale
        u0, v0, u1, v1 = (y0, x0, y1, x1) if self._turned else (x0, y0, x1, y1)
        c = self._cell
        rows = self._rows
        for j in range(floor(v0 / c) - 1, floor(v1 / c) + 1):
            row = rows.get(j)
            if row is None:
                continue
            lefts, keys, rects, widest = row
            for k in range(bisect_left(lefts, u0 - widest), bisect_right(lefts, u1)):
                r = rects[k]
                if r[0] <= x1 and r[2] >= x0 and r[1] <= y1 and r[3] >= y0 and keys[k] not in stale:
                    out.add(keys[k])
        for key, r in self._long:
            if r[0] <= x1 and r[2] >= x0 and r[1] <= y1 and r[3] >= y0 and key not in stale:
                out.add(key)
        for key, r in self._changed_long.items():
            if r[0] <= x1 and r[2] >= x0 and r[1] <= y1 and r[3] >= y0:
                out.add(key)
        cells = self._cells
        if cells:
            current = self._rect
            i0, j0, i1, j1 = floor(x0 / c), floor(y0 / c), floor(x1 / c), floor(y1 / c)
            if (i1 - i0 + 1) * (j1 - j0 + 1) > len(cells):  # a region wider than the changes: walk them
                found = [b for (i, j), b in cells.items() if i0 <= i <= i1 and j0 <= j <= j1]
            else:
                found = [b for i in range(i0, i1 + 1) for j in range(j0, j1 + 1) if (b := cells.get((i, j)))]
            for bucket in found:
                for key in bucket:
                    r = current[key]
                    if r[0] <= x1 and r[2] >= x0 and r[1] <= y1 and r[3] >= y0:
                        out.add(key)
        return out

    def _refill(self, rects: dict[K, Rect]) -> None:
        values = list(rects.values())
        x0s, y0s, x1s, y1s = (list(col) for col in zip(*values, strict=True)) if values else ([], [], [], [])
        self.fill(list(rects), x0s, y0s, x1s, y1s)

    def _file(self, key: K, rect: Rect) -> None:
        c = self._cell
        span = i0, j0, i1, j1 = floor(rect[0] / c), floor(rect[1] / c), floor(rect[2] / c), floor(rect[3] / c)
        if (i1 - i0 + 1) * (j1 - j0 + 1) > WIDE * 2:
            self._changed[key] = None
            self._changed_long[key] = rect
            return
        self._changed[key] = span
        cells = self._cells
        for i in range(i0, i1 + 1):
            for j in range(j0, j1 + 1):
                bucket = cells.get((i, j))
                if bucket is None:
                    cells[(i, j)] = {key}
                else:
                    bucket.add(key)

    def _unfile(self, key: K) -> None:
        """Take `key` out of the changes; its place in the rows, if any, stops counting."""
        self._stale.add(key)
        if key not in self._changed:
            return
        span = self._changed.pop(key)
        if span is None:
            del self._changed_long[key]
            return
        cells = self._cells
        for i in range(span[0], span[2] + 1):
            for j in range(span[1], span[3] + 1):
                bucket = cells.get((i, j))
                if bucket is not None:
                    bucket.discard(key)
                    if not bucket:
                        del cells[(i, j)]
