"""Ops on claims: add, remove (with everything that hangs on it), edit, reorder."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from argmap.model import ArgumentMap, Claim
from argmap.ops.arguments import EditArgument, RemoveArgument
from argmap.ops.base import Batch, Op, OpError, index_of, insert_at, short
from argmap.ops.document import layout_cleanup


@dataclass(frozen=True)
class AddClaim(Op):
    """Insert a claim (at `index`, or at the end)."""

    claim: Claim
    index: int | None = None

    def apply(self, m: ArgumentMap) -> Op:
        if self.claim.id in m.ids():
            raise OpError(f"id {self.claim.id!r} is already used")
        insert_at(m.claims, self.index, self.claim.model_copy(deep=True))
        return _DropClaim(self.claim.id)

    @property
    def label(self) -> str:
        return f"Add claim “{short(self.claim.text)}”"


@dataclass(frozen=True)
class _DropClaim(Op):
    """Remove a claim that nothing refers to any more (the inverse of AddClaim)."""

    claim_id: str

    def apply(self, m: ArgumentMap) -> Op:
        i = index_of(m.claims, self.claim_id)
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
        index_of(m.claims, self.claim_id)
        steps: list[Op] = []
        for a in list(m.arguments):
            if a.target == self.claim_id or a.premises == [self.claim_id]:
                steps.append(RemoveArgument(a.id))
            elif self.claim_id in a.premises:
                rest = [p for p in a.premises if p != self.claim_id]
                steps.append(EditArgument(a.id, {"premises": rest}))
        steps += layout_cleanup(m, self.claim_id)
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
        i = index_of(m.claims, self.claim_id)
        old = m.claims[i]
        if "tags" in self.changes:
            known = {t.id for t in m.tags} | set(old.tags)
            unknown = [t for t in self.changes["tags"] if t not in known]
            if unknown:
                raise OpError(f"there is no tag {unknown[0]!r} in this map")
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
        i = index_of(m.claims, self.claim_id)
        claim = m.claims.pop(i)
        insert_at(m.claims, self.index, claim)
        return MoveClaim(self.claim_id, i)

    @property
    def label(self) -> str:
        return "Reorder claims"
