"""What a drop or a handle on the canvas will do, as a plan: the op and the words that announce it (Qt-free).

The drop-target highlight shows `DropPlan.label` and the drop pushes `DropPlan.op`, both
from one call of `plan_drop`, so what the label says and what the drop does never disagree.
A claim's kind decides the relation of a drop (objection, rebuttal: attack; the rest:
support); Shift or Alt flips it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from argmap.model import Argument, ArgumentMap, Claim, Relation, Role
from argmap.ops import AddClaim, Batch, EditArgument, Op
from argmap.tag_attach import quote
from ui.map import intents

ATTACKING_KINDS = frozenset({Role.OBJECTION, Role.REBUTTAL})

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


def drop_relation(role: Role, flip: bool) -> Relation:
    """The relation a dropped claim takes: attack for objections and rebuttals, support otherwise; `flip` swaps."""
    attack = (role in ATTACKING_KINDS) != flip
    return Relation.ATTACK if attack else Relation.SUPPORT


def _claims(m: ArgumentMap) -> dict[str, Claim]:
    return {c.id: c for c in m.claims}


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

    `claims` is the map's claims by id when the caller already has them (a drag plans many drops).
    """
    claims = _claims(m) if claims is None else claims
    ids = [d for d in dict.fromkeys(dragged) if d in claims]
    if not ids:
        return DropPlan(None)
    if target.claim_id is not None:
        return _onto_claim(m, claims, ids, target.claim_id, flip, keep)
    if target.argument_id is not None and len(ids) == 1:
        return _onto_reason(m, claims, ids[0], target.argument_id, flip)
    return DropPlan(None)


def _onto_claim(
    m: ArgumentMap, claims: Mapping[str, Claim], ids: list[str], target_id: str, flip: bool, keep: bool
) -> DropPlan:
    target = claims.get(target_id)
    if target is None or target_id in ids:
        return DropPlan(None)
    relations = {d: drop_relation(claims[d].role, flip) for d in ids}
    if len(ids) == 1:
        op = intents.connect(m, ids[0], target_id, relations[ids[0]], keep=keep)
    else:
        work = m.model_copy(deep=True)
        steps: list[Op] = []
        for d in ids:
            step = intents.connect(work, d, target_id, relations[d], keep=True)
            if step is not None:
                step.apply(work)
                steps.append(step)
        op = Batch(steps, "Connect") if steps else None
    if op is None:
        return DropPlan(None, "", f"Already connected to {quote(target.text)} that way")
    kinds = set(relations.values())
    label = (
        SUPPORT
        if kinds == {Relation.SUPPORT}
        else ATTACK
        if kinds == {Relation.ATTACK}
        else "support + attack"
    )
    words = quote(target.text)
    if label == SUPPORT:
        message = f"Drop to make it a reason for {words} (hold Shift for an objection)"
    elif label == ATTACK:
        message = f"Drop to make it an objection to {words} (hold Shift for a reason)"
    else:
        message = f"Drop to connect them to {words}: objections attack, the rest support"
    return DropPlan(op, label, message)


def _onto_reason(
    m: ArgumentMap, claims: Mapping[str, Claim], claim_id: str, argument_id: str, flip: bool
) -> DropPlan:
    arg = next((a for a in m.arguments if a.id == argument_id), None)
    if arg is None:
        return DropPlan(None)
    attack = drop_relation(claims[claim_id].role, flip) is Relation.ATTACK
    if attack:
        op = intents.undercut(m, claim_id, argument_id)
        label, message = (
            UNDERCUT,
            "Drop to undercut this reason: it attacks the step, not the claims (hold Shift for a linked premise)",
        )
    else:
        op = intents.link_premise(m, claim_id, argument_id)
        label, message = (
            LINKED,
            "Drop to add it as a linked premise of this reason (hold Shift to undercut it)",
        )
    if op is None:
        return DropPlan(None, "", "It is already part of this reason")
    return DropPlan(op, label, message)


# --- the handles' buttons ------------------------------------------------------


def reason_of(m: ArgumentMap, claim_id: str) -> Argument | None:
    """The reason (argument) a claim is a premise of, if any (the first, in map order)."""
    return next((a for a in m.arguments if claim_id in a.premises), None)


def add_co_premise(m: ArgumentMap, claim_id: str) -> tuple[Op, str] | None:
    """A new, empty claim that joins `claim_id`'s reason as a linked premise; None when it is no premise."""
    arg = reason_of(m, claim_id)
    if arg is None:
        return None
    new_id = m.new_id("c")
    claim = Claim(id=new_id, text="", role=Role.PREMISE)
    steps: list[Op] = [AddClaim(claim), EditArgument(arg.id, {"premises": [*arg.premises, new_id]})]
    return Batch(steps, "Add co-premise"), new_id
