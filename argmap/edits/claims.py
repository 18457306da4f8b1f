"""Claims made, reworded, retagged and deleted: new claim, new reason or objection, wording, kind, note, delete."""

from __future__ import annotations

from collections.abc import Iterable

from argmap.edits import lookup
from argmap.edits.relations import remove_reasons, split
from argmap.limits import LIMITS
from argmap.model import Argument, ArgumentMap, Claim, Point, Relation, Role
from argmap.ops import AddArgument, AddClaim, Batch, EditClaim, Op, OpError, RemoveClaim, SetPin


def set_role(m: ArgumentMap, claim_id: str, role: Role) -> Op | None:
    """Retag a claim: conclusion, premise, objection, rebuttal or plain claim; None when nothing changes."""
    return None if lookup.claim(m, claim_id).role == role else EditClaim(claim_id, {"role": role})


def set_wording(m: ArgumentMap, claim_id: str, text: str) -> Op | None:
    """Change a claim's wording (details panel or in-place editor); None when nothing changes."""
    text = " ".join(text.split())[: LIMITS.claim_chars]
    if not text:
        raise OpError("a claim needs some wording")
    return None if lookup.claim(m, claim_id).text == text else EditClaim(claim_id, {"text": text})


def set_note(m: ArgumentMap, claim_id: str, note: str) -> Op | None:
    """Change a claim's note; None when nothing changes."""
    note = note[: LIMITS.claim_chars]
    return None if lookup.claim(m, claim_id).note == note else EditClaim(claim_id, {"note": note})


def add_claim(m: ArgumentMap, text: str = "", role: Role = Role.NONE) -> tuple[Op, str]:
    """A new unconnected claim; returns the op and its id."""
    claim_id = m.new_id("c")
    return AddClaim(Claim(id=claim_id, text=text, role=role)), claim_id


def add_claim_at(m: ArgumentMap, centre: tuple[float, float]) -> tuple[Op, str]:
    """A new unconnected claim pinned where the user double-clicked; returns the op and its id."""
    add, claim_id = add_claim(m)
    pin = SetPin(claim_id, Point(x=round(centre[0], 1), y=round(centre[1], 1)))
    return Batch([add, pin], "Add claim"), claim_id


def add_reason(m: ArgumentMap, target_id: str, relation: Relation, text: str = "") -> tuple[Op, str]:
    """A new claim as a reason (support) or objection (attack) to `target_id`; returns the op and its id."""
    target = lookup.claim(m, target_id)
    if relation == Relation.SUPPORT:
        role = Role.PREMISE
    else:
        role = Role.REBUTTAL if target.role == Role.OBJECTION else Role.OBJECTION
    claim_id = m.new_id("c")
    claim = Claim(id=claim_id, text=text, role=role)
    arg = Argument(id=m.new_id("a", {claim_id}), premises=[claim_id], relation=relation, target=target_id)
    name = "Add reason" if relation == Relation.SUPPORT else "Add objection"
    return Batch([AddClaim(claim), AddArgument(arg)], name), claim_id


def remove(m: ArgumentMap, ids: Iterable[str]) -> Op:
    """Delete: selected claims go with their relations, selected reasons with what hangs on them; one undo step."""
    claims, args = split(m, ids)
    if not claims and not args:
        raise OpError("select the claims or reasons to delete first")
    steps: list[Op] = []
    if args:
        reasons = remove_reasons(m, args)
        steps += list(reasons.ops) if isinstance(reasons, Batch) else [reasons]
    steps += [RemoveClaim(c) for c in claims]
    if len(steps) == 1:
        return steps[0]
    return Batch(steps, f"Remove {len(claims)} claims" if claims and not args else "Delete")
