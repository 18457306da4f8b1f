"""Canvas items made on demand: every key the map shows, its item built the first time it is needed."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

CELL = 1024.0
"""Side of one cell of the grid index in scene pixels (a few boxes across)."""

Span = tuple[int, int, int, int]


class GridIndex(Generic[K]):
    """Which keys' rectangles meet a region: a grid of square cells, updated key by key."""

    def __init__(self, cell: float = CELL) -> None:
        self._cell = cell
        self._cells: dict[tuple[int, int], set[K]] = {}
        self._where: dict[K, Span] = {}

    def __len__(self) -> int:
        return len(self._where)

    def put(self, key: K, x0: float, y0: float, x1: float, y1: float) -> None:
        """File `key` under the rectangle (x0, y0)-(x1, y1), replacing where it was."""
        self.put_many(((key, x0, y0, x1, y1),))

    def put_many(self, entries: Iterable[tuple[K, float, float, float, float]]) -> None:
        """File many keys at once (key, x0, y0, x1, y1): one loop, for the tens of thousands a big map opens with."""
        c = self._cell
        cells, where = self._cells, self._where
        for key, x0, y0, x1, y1 in entries:
            i0, j0, i1, j1 = int(x0 // c), int(y0 // c), int(x1 // c), int(y1 // c)
            span = (i0, j0, i1, j1)
            old = where.get(key)
            if old == span:
                continue
            if old is not None:
                self._unfile(key, old)
            where[key] = span
            for i in range(i0, i1 + 1):
                for j in range(j0, j1 + 1):
                    bucket = cells.get((i, j))
                    if bucket is None:
                        cells[(i, j)] = {key}
                    else:
                        bucket.add(key)

    def drop(self, key: K) -> None:
        """Forget `key` (nothing happens when it is not filed)."""
        old = self._where.pop(key, None)
        if old is not None:
            self._unfile(key, old)

    def _unfile(self, key: K, span: Span) -> None:
        cells = self._cells
        for i in range(span[0], span[2] + 1):
            for j in range(span[1], span[3] + 1):
                bucket = cells.get((i, j))
                if bucket is not None:
                    bucket.discard(key)
                    if not bucket:
                        del cells[(i, j)]

    def query(self, x0: float, y0: float, x1: float, y1: float) -> set[K]:
        """Keys filed in a cell that the rectangle (x0, y0)-(x1, y1) touches (a superset of those that meet it)."""
        c = self._cell
        span = (int(x0 // c), int(y0 // c), int(x1 // c), int(y1 // c))
        cells = self._cells
        out: set[K] = set()
        if (span[2] - span[0] + 1) * (span[3] - span[1] + 1) > len(cells):
            for (i, j), bucket in cells.items():  # a region wider than the map: walk the filled cells
                if span[0] <= i <= span[2] and span[1] <= j <= span[3]:
                    out |= bucket
            return out
        for i in range(span[0], span[2] + 1):
            for j in range(span[1], span[3] + 1):
                found = cells.get((i, j))
                if found:
                    out |= found
        return out

    def clear(self) -> None:
        """Forget every key."""
        self._cells.clear()
        self._where.clear()


class LazyItems(Mapping[K, V]):
    """The items of one kind (boxes, lines or junctions) by key, read like a dict.

    Its keys are everything the map shows (`shown`, kept by the scene); looking a key up
    builds its item if it was not built yet, so code that asks for the box of a claim far
    out of view gets one. `built()` holds only the items that exist; iterating over the
    values would build them all, so code that touches every item uses `built()`.
    """

    def __init__(self, make: Callable[[K], V], after: Callable[[V], None]) -> None:
        self._make = make
        self._after = after
        """Called with each new item once it is filed (selection, find marks, badges)."""
        self.shown: Mapping[K, object] = {}
        """Every key the map shows (the scene replaces it at each sync)."""
        self._built: dict[K, V] = {}

    def __getitem__(self, key: K) -> V:
        item = self._built.get(key)
        if item is None:
            if key not in self.shown:
                raise KeyError(key)
            item = self._built[key] = self._make(key)
            self._after(item)
        return item

    def __contains__(self, key: object) -> bool:
        return key in self.shown

    def __iter__(self) -> Iterator[K]:
        return iter(self.shown)

    def __len__(self) -> int:
        return len(self.shown)

    def built(self) -> dict[K, V]:
        """The items that exist now, by key (the scene adds and removes them)."""
        return self._built
