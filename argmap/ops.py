"""Edit operations: each applies itself to a map in place and returns the op that undoes it."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from argmap.model import (
    Argument,
    ArgumentMap,
    Article,
    Claim,
    Classroom,
    Direction,
    Point,
    Tag,
)


class OpError(ValueError):
    """An op does not fit the map it is applied to (a missing id, a reused id...)."""


def _short(text: str, n: int = 30) -> str:
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


def _index_of(items: Sequence[Any], item_id: str) -> int:
    for i, item in enumerate(items):
        if item.id == item_id:
            return i
    raise OpError(f"no element with id {item_id!r}")


def _insert_at(items: list[Any], index: int | None, item: Any) -> int:
    pos = len(items) if index is None or index > len(items) else max(0, index)
    items.insert(pos, item)
    return pos


# --- claims -----------------------------------------------------------------


@dataclass(frozen=True)
class AddClaim(Op):
    """Insert a claim (at `index`, or at the end)."""

    claim: Claim
    index: int | None = None

    def apply(self, m: ArgumentMap) -> Op:
        if self.claim.id in m.ids():
            raise OpError(f"id {self.claim.id!r} is already used")
        _insert_at(m.claims, self.index, self.claim.model_copy(deep=True))
        return _DropClaim(self.claim.id)

    @property
    def label(self) -> str:
        return f"Add claim “{_short(self.claim.text)}”"


@dataclass(frozen=True)
class _DropClaim(Op):
    """Remove a claim that nothing refers to any more (the inverse of AddClaim)."""

    claim_id: str

    def apply(self, m: ArgumentMap) -> Op:
        i = _index_of(m.claims, self.claim_id)
        claim = m.claims.pop(i)
        return AddClaim(claim, i)

    @property
    def label(self) -> str:
        return "Remove claim"


@dataclass(frozen=True)
class RemoveClaim(Op):
    """Remove a claim with everything that hangs on it.

    Arguments it is the target or the only premise of go too (with their undercuts);
    where it is one of several linked premises it leaves the group; its pin and
    collapsed state go. The inverse restores all of it in place.
    """

    claim_id: str

    def apply(self, m: ArgumentMap) -> Op:
        _index_of(m.claims, self.claim_id)
        steps: list[Op] = []
        for a in list(m.arguments):
            if a.target == self.claim_id or a.premises == [self.claim_id]:
                steps.append(RemoveArgument(a.id))
            elif self.claim_id in a.premises:
                rest = [p for p in a.premises if p != self.claim_id]
                steps.append(EditArgument(a.id, {"premises": rest}))
        steps += _layout_cleanup(m, self.claim_id)
        steps.append(_DropClaim(self.claim_id))
        return Batch(steps, self.label).apply(m)

    @property
    def label(self) -> str:
        return "Remove claim"


@dataclass(frozen=True)
class EditClaim(Op):
    """Change some fields of a claim (text, spans, role, tags, note, implicit, strength)."""

    claim_id: str
    changes: dict[str, Any]

    EDITABLE = frozenset({"text", "spans", "role", "tags", "note", "implicit", "strength", "origin"})

    def apply(self, m: ArgumentMap) -> Op:
        bad = set(self.changes) - self.EDITABLE
        if bad:
            raise OpError(f"claim fields {sorted(bad)} cannot be edited")
        i = _index_of(m.claims, self.claim_id)
        old = m.claims[i]
        data = old.model_dump()
        data.update(self.changes)
        new = Claim.model_validate(data)
        m.claims[i] = new
        return EditClaim(self.claim_id, {k: getattr(old, k) for k in self.changes})

    @property
    def label(self) -> str:
        names = {
            "text": "Edit wording",
            "spans": "Change spans",
            "role": "Change role",
            "tags": "Change tags",
            "note": "Edit note",
            "implicit": "Mark implicit",
            "strength": "Set strength",
        }
        keys = list(self.changes)
        return names.get(keys[0], "Edit claim") if len(keys) == 1 else "Edit claim"


@dataclass(frozen=True)
class MoveClaim(Op):
    """Move a claim to another place in the document order."""

    claim_id: str
    index: int

    def apply(self, m: ArgumentMap) -> Op:
        i = _index_of(m.claims, self.claim_id)
        claim = m.claims.pop(i)
        _insert_at(m.claims, self.index, claim)
        return MoveClaim(self.claim_id, i)

    @property
    def label(self) -> str:
        return "Reorder claims"


# --- arguments --------------------------------------------------------------


@dataclass(frozen=True)
class AddArgument(Op):
    """Connect premises to a target: a support, an attack, or an undercut of an argument."""

    argument: Argument
    index: int | None = None

    def apply(self, m: ArgumentMap) -> Op:
        a = self.argument
        if a.id in m.ids():
            raise OpError(f"id {a.id!r} is already used")
        claim_ids = {c.id for c in m.claims}
        missing = [p for p in a.premises if p not in claim_ids]
        if missing:
            raise OpError(f"premises {missing} are not claims of this map")
        if a.target not in claim_ids and all(x.id != a.target for x in m.arguments):
            raise OpError(f"target {a.target!r} is not in this map")
        if a.target in a.premises:
            raise OpError("a claim cannot be a premise of an argument about itself")
        _insert_at(m.arguments, self.index, a.model_copy(deep=True))
        return _DropArgument(a.id)

    @property
    def label(self) -> str:
        return "Connect" if self.argument.relation == "support" else "Connect as attack"


@dataclass(frozen=True)
class _DropArgument(Op):
    """Remove an argument that nothing refers to any more (the inverse of AddArgument)."""

    argument_id: str

    def apply(self, m: ArgumentMap) -> Op:
        i = _index_of(m.arguments, self.argument_id)
        return AddArgument(m.arguments.pop(i), i)

    @property
    def label(self) -> str:
        return "Disconnect"


@dataclass(frozen=True)
class RemoveArgument(Op):
    """Disconnect: remove an argument, the undercuts aimed at it, and its layout state."""

    argument_id: str

    def apply(self, m: ArgumentMap) -> Op:
        _index_of(m.arguments, self.argument_id)
        steps: list[Op] = [RemoveArgument(a.id) for a in m.arguments if a.target == self.argument_id]
        steps += _layout_cleanup(m, self.argument_id)
        steps.append(_DropArgument(self.argument_id))
        return Batch(steps, self.label).apply(m)

    @property
    def label(self) -> str:
        return "Disconnect"


@dataclass(frozen=True)
class EditArgument(Op):
    """Change an argument: premises (link/unlink), relation, target, scheme, answers, relevance."""

    argument_id: str
    changes: dict[str, Any]

    EDITABLE = frozenset(
        {"premises", "relation", "target", "scheme", "answers", "relevance", "note", "origin"}
    )

    def apply(self, m: ArgumentMap) -> Op:
        bad = set(self.changes) - self.EDITABLE
        if bad:
            raise OpError(f"argument fields {sorted(bad)} cannot be edited")
        i = _index_of(m.arguments, self.argument_id)
        old = m.arguments[i]
        data = old.model_dump()
        data.update(self.changes)
        new = Argument.model_validate(data)
        if new.target in new.premises:
            raise OpError("a claim cannot be a premise of an argument about itself")
        m.arguments[i] = new
        return EditArgument(self.argument_id, {k: getattr(old, k) for k in self.changes})

    @property
    def label(self) -> str:
        keys = list(self.changes)
        names = {
            "premises": "Change linked premises",
            "relation": "Change support/attack",
            "target": "Reconnect",
            "scheme": "Set scheme",
            "answers": "Answer critical question",
            "relevance": "Set relevance",
        }
        return names.get(keys[0], "Edit argument") if len(keys) == 1 else "Edit argument"


@dataclass(frozen=True)
class MoveArgument(Op):
    """Move an argument in document order (the order of reasons under a claim)."""

    argument_id: str
    index: int

    def apply(self, m: ArgumentMap) -> Op:
        i = _index_of(m.arguments, self.argument_id)
        arg = m.arguments.pop(i)
        _insert_at(m.arguments, self.index, arg)
        return MoveArgument(self.argument_id, i)

    @property
    def label(self) -> str:
        return "Reorder reasons"


# --- tags -------------------------------------------------------------------


@dataclass(frozen=True)
class AddTag(Op):
    """Create a user tag."""

    tag: Tag
    index: int | None = None

    def apply(self, m: ArgumentMap) -> Op:
        if self.tag.id in m.ids():
            raise OpError(f"id {self.tag.id!r} is already used")
        _insert_at(m.tags, self.index, self.tag.model_copy(deep=True))
        return _DropTag(self.tag.id)

    @property
    def label(self) -> str:
        return f"Add tag “{_short(self.tag.name)}”"


@dataclass(frozen=True)
class _DropTag(Op):
    tag_id: str

    def apply(self, m: ArgumentMap) -> Op:
        i = _index_of(m.tags, self.tag_id)
        return AddTag(m.tags.pop(i), i)

    @property
    def label(self) -> str:
        return "Delete tag"


@dataclass(frozen=True)
class RemoveTag(Op):
    """Delete a tag and take it off every claim that carries it."""

    tag_id: str

    def apply(self, m: ArgumentMap) -> Op:
        _index_of(m.tags, self.tag_id)
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
        i = _index_of(m.tags, self.tag_id)
        old = m.tags[i]
        m.tags[i] = Tag.model_validate({**old.model_dump(), **self.changes})
        return EditTag(self.tag_id, {k: getattr(old, k) for k in self.changes})

    @property
    def label(self) -> str:
        return "Recolour tag" if set(self.changes) == {"color"} else "Rename tag"


# --- layout and document ----------------------------------------------------


@dataclass(frozen=True)
class SetPin(Op):
    """Pin a box where the user put it, or unpin it (`point=None`)."""

    node_id: str
    point: Point | None

    def apply(self, m: ArgumentMap) -> Op:
        old = m.layout.pins.get(self.node_id)
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
            _insert_at(items, self.index, self.node_id)
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


def _layout_cleanup(m: ArgumentMap, node_id: str) -> list[Op]:
    steps: list[Op] = []
    if node_id in m.layout.pins:
        steps.append(SetPin(node_id, None))
    if node_id in m.layout.collapsed:
        steps.append(SetCollapsed(node_id, False))
    return steps
