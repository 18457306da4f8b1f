"""Ops on user tags: create, delete (untagging claims), rename, recolour."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from argmap.model import ArgumentMap, Tag
from argmap.ops.base import Batch, Op, OpError, index_of, insert_at, short
from argmap.ops.claims import EditClaim


@dataclass(frozen=True)
class AddTag(Op):
    """Create a user tag."""

    tag: Tag
    index: int | None = None

    def apply(self, m: ArgumentMap) -> Op:
        if self.tag.id in m.ids():
            raise OpError(f"id {self.tag.id!r} is already used")
        insert_at(m.tags, self.index, self.tag.model_copy(deep=True))
        return _DropTag(self.tag.id)

    @property
    def label(self) -> str:
        return f"Add tag “{short(self.tag.name)}”"


@dataclass(frozen=True)
class _DropTag(Op):
    tag_id: str

    def apply(self, m: ArgumentMap) -> Op:
        i = index_of(m.tags, self.tag_id)
        return AddTag(m.tags.pop(i), i)

    @property
    def label(self) -> str:
        return "Delete tag"


@dataclass(frozen=True)
class RemoveTag(Op):
    """Delete a tag and take it off every claim that carries it."""

    tag_id: str

    def apply(self, m: ArgumentMap) -> Op:
        index_of(m.tags, self.tag_id)
        steps: list[Op] = [
            EditClaim(c.id, {"tags": [t for t in c.tags if t != self.tag_id]})
            for c in m.claims
            if self.tag_id in c.tags
        ]
        steps.append(_DropTag(self.tag_id))
        return Batch(steps, self.label).apply(m)

    @property
    def label(self) -> str:
        return "Delete tag"


@dataclass(frozen=True)
class EditTag(Op):
    """Rename or recolour a tag."""

    tag_id: str
    changes: dict[str, Any]

    def apply(self, m: ArgumentMap) -> Op:
        if set(self.changes) - {"name", "color"}:
            raise OpError("only a tag's name and colour can be edited")
        i = index_of(m.tags, self.tag_id)
        old = m.tags[i]
        m.tags[i] = Tag.model_validate({**old.model_dump(), **self.changes})
        return EditTag(self.tag_id, {k: getattr(old, k) for k in self.changes})

    @property
    def label(self) -> str:
        return "Recolour tag" if set(self.changes) == {"color"} else "Rename tag"
