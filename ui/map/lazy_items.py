"""Canvas items made on demand: every key the map shows, its item built the first time it is needed."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator, Mapping
from typing import TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


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
