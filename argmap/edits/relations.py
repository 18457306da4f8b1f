"""Connecting claims, one meaning per gesture: connect, link a premise, undercut, detach, flip support/attack.

A drop (mouse) and a command (menu or key) on the same claims build the same ops here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from argmap.edits import lookup
from argmap.edits.lookup import default_relation, flipped
from argmap.model import Argument, ArgumentMap, Relation
from argmap.ops import AddArgument, Batch, EditArgument, Op, OpError, RemoveArgument

SELECT_TWO = "Select two claims: first the reason, then (Ctrl+click) the claim it is about"
SELECT_REASON = "Select a reason's line or junction and the claim that undercuts it (Ctrl+click)"
SELECT_CO_PREMISES = "Select the co-premises, then (Ctrl+click) the claim they support together"


def _name(relation: Relation) -> str:
    return "reason" if relation is Relation.SUPPORT else "objection"


def split(m: ArgumentMap, ids: Iterable[str]) -> tuple[list[str], list[str]]:
    """Selected ids as (claims, reasons), in selection order; OpError for an id the map does not have."""
    claims = {c.id for c in m.claims}
    args = {a.id for a in m.arguments}
    chosen = list(dict.fromkeys(ids))
    for i in chosen:
        if i not in claims and i not in args:
            raise OpError(lookup.GONE_CLAIM)
    return [i for i in chosen if i in claims], [i for i in chosen if i in args]


def connect(
    m: ArgumentMap, premise_id: str, target_id: str, relation: Relation, *, keep: bool = False
) -> Op | None:
    """Claim `premise_id` becomes a reason (or objection) for claim `target_id`.

    Between two claims there is at most one single-premise relation: an existing one
    in the other direction of support/attack is switched, not doubled. A claim that
    is the only premise of exactly one reason elsewhere moves to the new target
    (reconnect) unless `keep` asks for an extra connection. None when nothing changes.
    """
    lookup.claim(m, premise_id)
    lookup.claim(m, target_id)
    if premise_id == target_id:
        return None
    own = [a for a in m.arguments if a.premises == [premise_id]]
    same = [a for a in own if a.target == target_id]
    if same:
        a = same[0]
        if a.relation == relation:
            return None
        return Batch([EditArgument(a.id, {"relation": relation})], f"Turn into {_name(relation)}")
    if len(own) == 1 and not keep:
        a = own[0]
        changes: dict[str, object] = {"target": target_id}
        if a.relation != relation:
            changes["relation"] = relation
        return Batch([EditArgument(a.id, changes)], f"Reconnect as {_name(relation)}")
    arg = Argument(id=m.new_id("a"), premises=[premise_id], relation=relation, target=target_id)
    return Batch([AddArgument(arg)], f"Connect as {_name(relation)}")


def _each(m: ArgumentMap, pairs: Sequence[tuple[str, Relation]], target: str, keep: bool) -> list[Op]:
    work = m.model_copy(deep=True)
    steps: list[Op] = []
    for premise, relation in pairs:
        op = connect(work, premise, target, relation, keep=keep)
        if op is not None:
            op.apply(work)
            steps.append(op)
    return steps


def _one_step(steps: list[Op], relation: Relation | None) -> Op:
    if len(steps) == 1:
        return steps[0]
    if relation is None:
        return Batch(steps, "Connect")
    return Batch(steps, f"Connect as {_name(relation)}")


def connect_selected(m: ArgumentMap, ids: Sequence[str], relation: Relation) -> Op:
    """Ctrl+K / Ctrl+Shift+K: every selected claim but the last becomes a reason for (objection to) the last."""
    claims, _args = split(m, ids)
    if len(claims) < 2:
        raise OpError(SELECT_TWO)
    steps = _each(m, [(p, relation) for p in claims[:-1]], claims[-1], keep=True)
    if not steps:
        raise OpError(f"these claims are already connected as {_name(relation)}s")
    return _one_step(steps, relation)


def drop_on_claim(
    m: ArgumentMap, dragged: Sequence[str], target: str, *, flip: bool, keep: bool
) -> Op | None:
    """Boxes dropped on a claim: each connects the way its kind says (objections attack), the modifier flips it."""
    lookup.claim_ids(m, [*dragged, target])
    pairs = [
        (p, flipped(default_relation(m, p)) if flip else default_relation(m, p))
        for p in dragged
        if p != target
    ]
    if len(pairs) == 1:
        return connect(m, pairs[0][0], target, pairs[0][1], keep=keep)
    steps = _each(m, pairs, target, keep=True)
    if not steps:
        return None
    relations = {r for _p, r in pairs}
    return _one_step(steps, relations.pop() if len(relations) == 1 else None)


def drop_relation(m: ArgumentMap, claim_id: str, *, flip: bool) -> Relation:
    """What a drop of this claim will do (for the label shown while dragging)."""
    relation = default_relation(m, claim_id)
    return flipped(relation) if flip else relation


def link_premise(m: ArgumentMap, claim_id: str, argument_id: str) -> Op | None:
    """A claim joins a reason's linked premises (a lone reason of it for the same target is absorbed)."""
    lookup.claim(m, claim_id)
    a = lookup.argument(m, argument_id)
    if claim_id in a.premises or claim_id == a.target:
        return None
    steps: list[Op] = [
        RemoveArgument(o.id)
        for o in m.arguments
        if o.premises == [claim_id] and o.id != argument_id and o.target == a.target
    ]
    steps.append(EditArgument(argument_id, {"premises": [*a.premises, claim_id]}))
    return Batch(steps, "Add linked premise")


def undercut(m: ArgumentMap, claim_id: str, argument_id: str) -> Op | None:
    """A claim attacks a reason's inference (an undercut); None when it is one of the reason's premises."""
    lookup.claim(m, claim_id)
    a = lookup.argument(m, argument_id)
    if claim_id in a.premises or any(
        o.premises == [claim_id] and o.target == argument_id for o in m.arguments
    ):
        return None
    arg = Argument(id=m.new_id("a"), premises=[claim_id], relation=Relation.ATTACK, target=argument_id)
    return Batch([AddArgument(arg)], "Undercut")


def drop_on_reason(m: ArgumentMap, claim_id: str, argument_id: str, *, flip: bool) -> Op | None:
    """A box dropped on a reason's junction: a premise joins it, an objection undercuts it; the modifier flips."""
    if drop_relation(m, claim_id, flip=flip) is Relation.ATTACK:
        return undercut(m, claim_id, argument_id)
    return link_premise(m, claim_id, argument_id)


def link_selected(m: ArgumentMap, ids: Sequence[str]) -> Op:
    """Claim > Link as co-premises: the selected claims but the last become one linked reason for the last.

    A reason for that claim already made of some of them is extended; their other
    single-premise reasons for the same claim are absorbed.
    """
    claims, _args = split(m, ids)
    if len(claims) < 3:
        raise OpError(SELECT_CO_PREMISES)
    premises, target = claims[:-1], claims[-1]
    inside = [
        a for a in m.arguments if a.target == target and a.premises and set(a.premises) <= set(premises)
    ]
    if any(set(a.premises) == set(premises) for a in inside):
        raise OpError("these claims are already co-premises of one reason")
    if not inside:
        relation = default_relation(m, premises[0])
        arg = Argument(id=m.new_id("a"), premises=list(premises), relation=relation, target=target)
        return Batch([AddArgument(arg)], "Link as co-premises")
    base = max(inside, key=lambda a: len(a.premises))
    steps: list[Op] = [RemoveArgument(a.id) for a in inside if a.id != base.id]
    joined = [*base.premises, *(p for p in premises if p not in base.premises)]
    steps.append(EditArgument(base.id, {"premises": joined}))
    return Batch(steps, "Link as co-premises")


def undercut_selected(m: ArgumentMap, ids: Sequence[str]) -> Op:
    """Claim > Undercut: the selected claims attack the selected reason's inference."""
    claims, args = split(m, ids)
    if len(args) != 1 or not claims:
        raise OpError(SELECT_REASON)
    steps: list[Op] = []
    work = m.model_copy(deep=True)
    for cid in claims:
        op = undercut(work, cid, args[0])
        if op is not None:
            op.apply(work)
            steps.append(op)
    if not steps:
        raise OpError("the selected claims already undercut this reason, or are its premises")
    return steps[0] if len(steps) == 1 else Batch(steps, "Undercut")


def detach(m: ArgumentMap, ids: Iterable[str]) -> Op:
    """Claim > Detach: selected reasons go; selected claims leave every reason they are a premise of."""
    claims, args = split(m, ids)
    if args:
        return remove_reasons(m, args)
    chosen = set(claims)
    steps: list[Op] = []
    for a in m.arguments:
        if not chosen & set(a.premises):
            continue
        rest = [p for p in a.premises if p not in chosen]
        steps.append(EditArgument(a.id, {"premises": rest}) if rest else RemoveArgument(a.id))
    if not steps:
        raise OpError("the selected claims are not reasons for anything")
    return Batch(steps, "Detach")


def remove_reasons(m: ArgumentMap, argument_ids: Sequence[str]) -> Op:
    """Delete reasons (their claims stay); a reason under another chosen one goes with it."""
    args = {a.id: a for a in m.arguments}
    chosen = lookup.argument_ids(m, argument_ids)
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
    return steps[0] if len(steps) == 1 else Batch(steps, "Delete reasons")


def flip(m: ArgumentMap, ids: Iterable[str]) -> Op:
    """Switch support/attack: the selected reasons, or the reasons the selected claims are premises of."""
    claims, args = split(m, ids)
    if not args:
        chosen = set(claims)
        args = [a.id for a in m.arguments if chosen & set(a.premises)]
    if not args:
        raise OpError("select a reason (or a claim that is one) to switch between support and attack")
    by_id = {a.id: a for a in m.arguments}
    steps: list[Op] = [EditArgument(aid, {"relation": flipped(by_id[aid].relation)}) for aid in args]
    return Batch(steps, "Switch support/attack")
