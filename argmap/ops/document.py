"""Ops on layout state and document-level fields: pins, collapsed branches, direction, article, title."""

from __future__ import annotations

from dataclasses import dataclass

from argmap.model import ArgumentMap, Article, Classroom, Direction, Point
from argmap.ops.base import Op, OpError, insert_at


def _require_node(m: ArgumentMap, node_id: str) -> None:
    """Layout state may only name boxes of the map: a claim or an argument (junction)."""
    if not any(c.id == node_id for c in m.claims) and not any(a.id == node_id for a in m.arguments):
        raise OpError(f"no claim or argument with id {node_id!r}")


@dataclass(frozen=True)
class SetPin(Op):
    """Pin a box where the user put it, or unpin it (`point=None`)."""

    node_id: str
    point: Point | None

    def apply(self, m: ArgumentMap) -> Op:
        old = m.layout.pins.get(self.node_id)
        if self.point is not None:
            _require_node(m, self.node_id)
        if self.point is None:
            m.layout.pins.pop(self.node_id, None)
        else:
            m.layout.pins[self.node_id] = self.point.model_copy()
        return SetPin(self.node_id, old)

    @property
    def label(self) -> str:
        return "Unpin" if self.point is None else "Move"


@dataclass(frozen=True)
class SetCollapsed(Op):
    """Collapse or expand a claim's branch."""

    node_id: str
    collapsed: bool
    index: int | None = None

    def apply(self, m: ArgumentMap) -> Op:
        items = m.layout.collapsed
        was = items.index(self.node_id) if self.node_id in items else None
        if self.collapsed and was is None:
            _require_node(m, self.node_id)
            insert_at(items, self.index, self.node_id)
        elif not self.collapsed and was is not None:
            items.pop(was)
        return SetCollapsed(self.node_id, was is not None, was)

    @property
    def label(self) -> str:
        return "Collapse branch" if self.collapsed else "Expand branch"


@dataclass(frozen=True)
class SetDirection(Op):
    """Lay the map out top-down or left-to-right."""

    direction: Direction

    def apply(self, m: ArgumentMap) -> Op:
        old = m.layout.direction
        m.layout.direction = self.direction
        return SetDirection(old)

    @property
    def label(self) -> str:
        return "Change layout direction"


@dataclass(frozen=True)
class SetArticle(Op):
    """Replace (or remove) the map's article; spans are changed by EditClaim ops in the same batch."""

    article: Article | None

    def apply(self, m: ArgumentMap) -> Op:
        old = m.article
        m.article = None if self.article is None else self.article.model_copy(deep=True)
        return SetArticle(old)

    @property
    def label(self) -> str:
        return "Replace article"


@dataclass(frozen=True)
class SetTitle(Op):
    """Rename the map."""

    title: str

    def apply(self, m: ArgumentMap) -> Op:
        old = m.title
        m.title = self.title
        return SetTitle(old)

    @property
    def label(self) -> str:
        return "Rename map"


@dataclass(frozen=True)
class SetClassroom(Op):
    """Set or clear the map's classroom block (assignment id, student name, reference flag)."""

    classroom: Classroom | None

    def apply(self, m: ArgumentMap) -> Op:
        old = m.classroom
        m.classroom = None if self.classroom is None else self.classroom.model_copy()
        return SetClassroom(old)

    @property
    def label(self) -> str:
        return "Change assignment details"


def layout_cleanup(m: ArgumentMap, node_id: str) -> list[Op]:
    steps: list[Op] = []
    if node_id in m.layout.pins:
        steps.append(SetPin(node_id, None))
    if node_id in m.layout.collapsed:
        steps.append(SetCollapsed(node_id, False))
    return steps
