"""Gestures on the canvas turned into ops: connect, link, undercut, disconnect, remove, add, move, re-layout."""

from __future__ import annotations

from collections.abc import Iterable

from argmap.model import Argument, ArgumentMap, Claim, Point, Relation, Role
from argmap.ops import (
    AddArgument,
    AddClaim,
    Batch,
    EditArgument,
    EditClaim,
    Op,
    RemoveArgument,
    RemoveClaim,
    SetCollapsed,
    SetPin,
)


def _arguments(m: ArgumentMap) -> dict[str, Argument]:
    return {a.id: a for a in m.arguments}


def connect(
    m: ArgumentMap, premise_id: str, target_id: str, relation: Relation, *, keep: bool = False
) -> Op | None:
    """Dropping claim `premise_id` onto claim `target_id`: make it a reason (or objection) for it.

    A claim that is already the only premise of one reason is moved to the new target
    (reconnect) unless `keep` asks for an extra connection. Returns None when the drop
    changes nothing or is not allowed (a claim onto itself).
    """
    if premise_id == target_id:
        return None
    own = [a for a in m.arguments if a.premises == [premise_id]]
    same = [a for a in own if a.target == target_id]
    if same:
        a = same[0]
        return None if a.relation == relation else EditArgument(a.id, {"relation": relation})
    if len(own) == 1 and not keep:
        a = own[0]
        changes: dict[str, object] = {"target": target_id}
        if a.relation != relation:
            changes["relation"] = relation
        return EditArgument(a.id, changes)
    arg = Argument(id=m.new_id("a"), premises=[premise_id], relation=relation, target=target_id)
    return AddArgument(arg)


def link_premise(m: ArgumentMap, claim_id: str, argument_id: str) -> Op | None:
    """Dropping a claim onto a reason: it joins the reason's linked premises.

    If the claim was the only premise of another reason, that reason goes (it is
    absorbed); a claim already in the group, or the reason's own target, changes nothing.
    """
    a = _arguments(m).get(argument_id)
    if a is None or claim_id in a.premises or claim_id == a.target:
        return None
    steps: list[Op] = [
        RemoveArgument(o.id)
        for o in m.arguments
        if o.premises == [claim_id] and o.id != argument_id and o.target == a.target
    ]
    steps.append(EditArgument(argument_id, {"premises": [*a.premises, claim_id]}))
    return Batch(steps, "Add linked premise")


def undercut(m: ArgumentMap, claim_id: str, argument_id: str) -> Op | None:
    """Dropping a claim onto a reason as an attack: it undercuts the inference."""
    a = _arguments(m).get(argument_id)
    if a is None or claim_id in a.premises:
        return None
    arg = Argument(id=m.new_id("a"), premises=[claim_id], relation=Relation.ATTACK, target=argument_id)
    return Batch([AddArgument(arg)], "Undercut")


def connect_selected(m: ArgumentMap, ids: list[str], relation: Relation) -> Op | None:
    """The command on selected claims: each one but the last becomes a reason for the last selected."""
    if len(ids) < 2:
        return None
    target = ids[-1]
    steps: list[Op] = []
    work = m.model_copy(deep=True)
    for premise in ids[:-1]:
        op = connect(work, premise, target, relation, keep=True)
        if op is not None:
            op.apply(work)
            steps.append(op)
    if not steps:
        return None
    return Batch(steps, "Connect as attack" if relation == Relation.ATTACK else "Connect")


def disconnect(m: ArgumentMap, claim_ids: Iterable[str]) -> Op | None:
    """Take claims out of every reason they are a premise of (a lone premise's reason goes)."""
    ids = set(claim_ids)
    steps: list[Op] = []
    for a in m.arguments:
        inside = [p for p in a.premises if p in ids]
        if not inside:
            continue
        rest = [p for p in a.premises if p not in ids]
        steps.append(EditArgument(a.id, {"premises": rest}) if rest else RemoveArgument(a.id))
    return Batch(steps, "Disconnect") if steps else None


def toggle_relation(m: ArgumentMap, argument_ids: Iterable[str]) -> Op | None:
    """Turn supports into attacks and back."""
    args = _arguments(m)
    steps: list[Op] = []
    for aid in argument_ids:
        a = args.get(aid)
        if a is not None:
            flipped = Relation.ATTACK if a.relation == Relation.SUPPORT else Relation.SUPPORT
            steps.append(EditArgument(aid, {"relation": flipped}))
    return Batch(steps, "Change support/attack") if steps else None


def remove(m: ArgumentMap, claim_ids: Iterable[str], argument_ids: Iterable[str] = ()) -> Op | None:
    """Delete claims (with their relations) and reasons; one undo step."""
    args = _arguments(m)
    chosen = [a for a in dict.fromkeys(argument_ids) if a in args]
    chosen_set = set(chosen)

    def under_chosen(aid: str) -> bool:
        seen: set[str] = set()
        target = args[aid].target
        while target in args and target not in seen:
            if target in chosen_set:
                return True
            seen.add(target)
            target = args[target].target
        return False

    steps: list[Op] = [RemoveArgument(a) for a in chosen if not under_chosen(a)]
    known = {c.id for c in m.claims}
    steps += [RemoveClaim(c) for c in dict.fromkeys(claim_ids) if c in known]
    if not steps:
        return None
    return Batch(steps, "Delete" if len(steps) > 1 else steps[0].label)


def add_reason(m: ArgumentMap, target_id: str, relation: Relation, text: str = "") -> tuple[Op, str]:
    """A new claim as a reason (support) or objection (attack) to `target_id`; returns the op and its id."""
    target = next((c for c in m.claims if c.id == target_id), None)
    if relation == Relation.SUPPORT:
        role = Role.PREMISE
    else:
        role = Role.REBUTTAL if target is not None and target.role == Role.OBJECTION else Role.OBJECTION
    claim_id = m.new_id("c")
    claim = Claim(id=claim_id, text=text, role=role)
    taken = m.ids() | {claim_id}
    n = len(taken) + 1
    while f"a{n}" in taken:
        n += 1
    arg = Argument(id=f"a{n}", premises=[claim_id], relation=relation, target=target_id)
    name = "Add reason" if relation == Relation.SUPPORT else "Add objection"
    return Batch([AddClaim(claim), AddArgument(arg)], name), claim_id


def add_claim(m: ArgumentMap, text: str = "", role: Role = Role.NONE) -> tuple[Op, str]:
    """A new unconnected claim; returns the op and its id."""
    claim_id = m.new_id("c")
    return AddClaim(Claim(id=claim_id, text=text, role=role)), claim_id


def add_claim_at(m: ArgumentMap, centre: tuple[float, float]) -> tuple[Op, str]:
    """A new unconnected claim pinned where the user double-clicked; returns the op and its id."""
    add, claim_id = add_claim(m)
    pin = SetPin(claim_id, Point(x=round(centre[0], 1), y=round(centre[1], 1)))
    return Batch([add, pin], "Add claim"), claim_id


def move(centres: dict[str, tuple[float, float]]) -> Op | None:
    """Boxes dragged to new centres: pinned there, one undo step."""
    steps: list[Op] = [SetPin(cid, Point(x=round(x, 1), y=round(y, 1))) for cid, (x, y) in centres.items()]
    if not steps:
        return None
    return steps[0] if len(steps) == 1 else Batch(steps, "Move")


def unpin(m: ArgumentMap, ids: Iterable[str]) -> Op | None:
    """Let the layout place these boxes again."""
    steps: list[Op] = [SetPin(i, None) for i in ids if i in m.layout.pins]
    return Batch(steps, "Unpin") if steps else None


def relayout(m: ArgumentMap) -> Op | None:
    """Re-layout: forget every pin so the automatic layout places all boxes (one undo step)."""
    steps: list[Op] = [SetPin(i, None) for i in sorted(m.layout.pins)]
    return Batch(steps, "Re-layout") if steps else None


def set_collapsed(m: ArgumentMap, ids: Iterable[str], collapsed: bool) -> Op | None:
    """Collapse or expand the branches under these claims (only those that have reasons)."""
    with_reasons = {a.target for a in m.arguments}
    current = set(m.layout.collapsed)
    steps: list[Op] = [
        SetCollapsed(i, collapsed) for i in ids if i in with_reasons and (i in current) != collapsed
    ]
    if not steps:
        return None
    return Batch(steps, "Collapse branch" if collapsed else "Expand branch")


def edit_wording(claim_id: str, text: str) -> Op:
    """The in-place editor committed new wording."""
    return EditClaim(claim_id, {"text": text})
