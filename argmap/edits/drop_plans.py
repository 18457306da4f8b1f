"""What a drop or a handle on the canvas will do, as a plan: the op and the words that announce it (Qt-free).

The drop-target highlight shows `DropPlan.label` and the drop pushes `DropPlan.op`, both
from `plan_drop`, which asks `argmap.edits` (the one meaning of every drop), so what the
label says and what the drop does never disagree. A claim's kind decides the relation of a
drop (objection, rebuttal: attack; the rest: support); Shift or Alt flips it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from argmap import edits
from argmap.edits.tagging import quote
from argmap.model import Argument, ArgumentMap, Claim, Relation, Role
from argmap.ops import AddClaim, Batch, EditArgument, Op, OpError

SUPPORT, ATTACK, LINKED, UNDERCUT = "support", "attack", "linked premise", "undercut"
"""The labels a drop target shows."""


@dataclass(frozen=True)
class DropTarget:
    """Where a drag ends: a claim's box (`claim_id`) or a reason's junction (`argument_id`)."""

    claim_id: str | None = None
    argument_id: str | None = None


@dataclass(frozen=True)
class DropPlan:
    """What dropping there does: the op (None: nothing, the target is not valid), a label and a sentence."""

    op: Op | None
    label: str = ""
    message: str = ""

    @property
    def valid(self) -> bool:
        """True when the drop changes the map."""
        return self.op is not None


def plan_drop(
    m: ArgumentMap,
    dragged: Sequence[str],
    target: DropTarget,
    *,
    flip: bool,
    keep: bool = False,
    claims: Mapping[str, Claim] | None = None,
) -> DropPlan:
    """The plan for dropping the `dragged` claims on `target` (Shift/Alt: `flip`; Ctrl: `keep` other links).

    The op is `argmap.edits.drop_on_claim` / `drop_on_reason`, the one meaning of a drop;
    the label is read from `argmap.edits.drop_relation`, the rule those functions follow.
    `claims` is the map's claims by id when the caller already has them (a drag plans many drops).
    """
    claims = {c.id: c for c in m.claims} if claims is None else claims
    ids = [d for d in dict.fromkeys(dragged) if d in claims]
    if not ids:
        return DropPlan(None)
    try:
        if target.claim_id is not None:
            return _onto_claim(m, claims, ids, target.claim_id, flip, keep)
        if target.argument_id is not None and len(ids) == 1:
            return _onto_reason(m, ids[0], target.argument_id, flip)
    except OpError:  # a target the map no longer has
        return DropPlan(None)
    return DropPlan(None)


def _onto_claim(
    m: ArgumentMap, claims: Mapping[str, Claim], ids: list[str], target_id: str, flip: bool, keep: bool
) -> DropPlan:
    target = claims.get(target_id)
    if target is None or target_id in ids:
        return DropPlan(None)
    op = edits.drop_on_claim(m, ids, target_id, flip=flip, keep=keep)
    words = quote(target.text)
    if op is None:
        return DropPlan(None, "", f"Already connected to {words} that way")
    kinds = {edits.drop_relation(m, d, flip=flip) for d in ids}
    if kinds == {Relation.SUPPORT}:
        return DropPlan(op, SUPPORT, f"Drop to make it a reason for {words} (hold Shift for an objection)")
    if kinds == {Relation.ATTACK}:
        return DropPlan(op, ATTACK, f"Drop to make it an objection to {words} (hold Shift for a reason)")
    return DropPlan(
        op, "support + attack", f"Drop to connect them to {words}: objections attack, the rest support"
    )


def _onto_reason(m: ArgumentMap, claim_id: str, argument_id: str, flip: bool) -> DropPlan:
    op = edits.drop_on_reason(m, claim_id, argument_id, flip=flip)
    if op is None:
        return DropPlan(None, "", "It is already part of this reason")
    if edits.drop_relation(m, claim_id, flip=flip) is Relation.ATTACK:
        message = "Drop to undercut this reason: it attacks the step, not the claims (hold Shift for a linked premise)"
        return DropPlan(op, UNDERCUT, message)
    return DropPlan(
        op, LINKED, "Drop to add it as a linked premise of this reason (hold Shift to undercut it)"
    )


# --- the handles' buttons ------------------------------------------------------


def reason_of(m: ArgumentMap, claim_id: str) -> Argument | None:
    """The reason (argument) a claim is a premise of, if any (the first, in map order)."""
    return next((a for a in m.arguments if claim_id in a.premises), None)


def add_co_premise(m: ArgumentMap, claim_id: str) -> tuple[Op, str] | None:
    """A new, empty claim that joins `claim_id`'s reason as a linked premise; None when it is no premise."""
    arg = reason_of(m, claim_id)
    if arg is None:
        return None
    new_id = m.new_id("c")  # the one id allocator
    claim = Claim(id=new_id, text="", role=Role.PREMISE)
    steps: list[Op] = [AddClaim(claim), EditArgument(arg.id, {"premises": [*arg.premises, new_id]})]
    return Batch(steps, "Add co-premise"), new_id
