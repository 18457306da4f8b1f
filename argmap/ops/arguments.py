"""Ops on arguments: connect, disconnect (with undercuts), edit, reorder."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from argmap.model import Argument, ArgumentMap
from argmap.ops.base import Batch, Op, OpError, index_of, insert_at
from argmap.ops.document import layout_cleanup


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
        insert_at(m.arguments, self.index, a.model_copy(deep=True))
        return _DropArgument(a.id)

    @property
    def label(self) -> str:
        return "Connect" if self.argument.relation == "support" else "Connect as attack"


@dataclass(frozen=True)
class _DropArgument(Op):
    """Remove an argument that nothing refers to any more (the inverse of AddArgument)."""

    argument_id: str

    def apply(self, m: ArgumentMap) -> Op:
        i = index_of(m.arguments, self.argument_id)
        return AddArgument(m.arguments.pop(i), i)

    @property
    def label(self) -> str:
        return "Disconnect"


@dataclass(frozen=True)
class RemoveArgument(Op):
    """Disconnect: remove an argument, the undercuts aimed at it, and its layout state."""

    argument_id: str

    def apply(self, m: ArgumentMap) -> Op:
        index_of(m.arguments, self.argument_id)
        steps: list[Op] = [RemoveArgument(a.id) for a in m.arguments if a.target == self.argument_id]
        steps += layout_cleanup(m, self.argument_id)
        steps.append(_DropArgument(self.argument_id))
        return Batch(steps, self.label).apply(m)

    @property
    def label(self) -> str:
        return "Disconnect"


@dataclass(frozen=True)
class EditArgument(Op):
    """Change an argument: premises (link/unlink), relation, target, aim, scheme, answers, relevance."""

    argument_id: str
    changes: dict[str, Any]

    EDITABLE = frozenset(
        {"premises", "relation", "target", "aim", "scheme", "answers", "relevance", "note", "origin"}
    )

    def apply(self, m: ArgumentMap) -> Op:
        bad = set(self.changes) - self.EDITABLE
        if bad:
            raise OpError(f"argument fields {sorted(bad)} cannot be edited")
        i = index_of(m.arguments, self.argument_id)
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
            "aim": "Aim at the premises or the inference",
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
        i = index_of(m.arguments, self.argument_id)
        arg = m.arguments.pop(i)
        insert_at(m.arguments, self.index, arg)
        return MoveArgument(self.argument_id, i)

    @property
    def label(self) -> str:
        return "Reorder reasons"
