"""The Op protocol, its error, Batch, and list helpers shared by every op."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from argmap.model import ArgumentMap


class OpError(ValueError):
    """An op does not fit the map it is applied to (a missing id, a reused id...)."""


def short(text: str, n: int = 30) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


class Op(ABC):
    """An edit. `apply` changes the map and returns the inverse op."""

    @abstractmethod
    def apply(self, m: ArgumentMap) -> Op:
        """Change `m` in place; return the op that restores it exactly."""

    @property
    @abstractmethod
    def label(self) -> str:
        """What the edit does, for the Edit menu ("Undo Add claim")."""


def index_of(items: Sequence[Any], item_id: str) -> int:
    for i, item in enumerate(items):
        if item.id == item_id:
            return i
    raise OpError(f"no element with id {item_id!r}")


def insert_at(items: list[Any], index: int | None, item: Any) -> int:
    pos = len(items) if index is None or index > len(items) else max(0, index)
    items.insert(pos, item)
    return pos


@dataclass(frozen=True)
class Batch(Op):
    """Several ops as one undo step; applied in order, undone in reverse order.

    If a step fails, the steps already applied are undone before the error is raised,
    so the map is never left half-edited.
    """

    ops: Sequence[Op]
    name: str = "Edit"

    def apply(self, m: ArgumentMap) -> Op:
        inverses: list[Op] = []
        try:
            for op in self.ops:
                inverses.append(op.apply(m))
        except Exception:
            for inv in reversed(inverses):
                inv.apply(m)
            raise
        return Batch(list(reversed(inverses)), self.name)

    @property
    def label(self) -> str:
        return self.name
