"""Ids named by a gesture, looked up once: an unknown id is refused with the same plain message on every path."""

from __future__ import annotations

from collections.abc import Iterable

from argmap.model import Argument, ArgumentMap, Claim, Relation, Role, Tag
from argmap.ops import OpError

GONE_CLAIM = "that claim is no longer in the map"
GONE_REASON = "that reason is no longer in the map"
GONE_TAG = "that tag is no longer in the map"


def claim(m: ArgumentMap, claim_id: str) -> Claim:
    """The claim with this id; OpError when the map has none (deleted meanwhile, or a stale selection)."""
    try:
        return m.claim(claim_id)
    except KeyError:
        raise OpError(GONE_CLAIM) from None


def argument(m: ArgumentMap, argument_id: str) -> Argument:
    """The reason (argument) with this id; OpError when the map has none."""
    try:
        return m.argument(argument_id)
    except KeyError:
        raise OpError(GONE_REASON) from None


def tag(m: ArgumentMap, tag_id: str) -> Tag:
    """The tag with this id; OpError when the map has none."""
    try:
        return m.tag(tag_id)
    except KeyError:
        raise OpError(GONE_TAG) from None


def claim_ids(m: ArgumentMap, ids: Iterable[str]) -> list[str]:
    """`ids` without repeats, in order; OpError if any of them is not a claim of the map."""
    known = {c.id for c in m.claims}
    chosen = list(dict.fromkeys(ids))
    if any(i not in known for i in chosen):
        raise OpError(GONE_CLAIM)
    return chosen


def argument_ids(m: ArgumentMap, ids: Iterable[str]) -> list[str]:
    """`ids` without repeats, in order; OpError if any of them is not a reason of the map."""
    known = {a.id for a in m.arguments}
    chosen = list(dict.fromkeys(ids))
    if any(i not in known for i in chosen):
        raise OpError(GONE_REASON)
    return chosen


def default_relation(m: ArgumentMap, claim_id: str) -> Relation:
    """What a claim does when it is connected without saying how: objections and rebuttals attack, the rest support."""
    role = claim(m, claim_id).role
    return Relation.ATTACK if role in (Role.OBJECTION, Role.REBUTTAL) else Relation.SUPPORT


def flipped(relation: Relation) -> Relation:
    """Support for attack and back (the modifier key at a drop, Switch Support/Attack)."""
    return Relation.SUPPORT if relation is Relation.ATTACK else Relation.ATTACK
