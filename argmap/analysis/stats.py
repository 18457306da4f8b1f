"""Counts that describe a map: claims, arguments by kind, depth, anchored share."""

from __future__ import annotations

from argmap.graph import depth
from argmap.model import Aim, ArgumentMap, Relation


def map_stats(m: ArgumentMap) -> dict[str, int | float | str]:
    """Plain numbers for `argmap stats` (JSON-ready, in display order)."""
    claim_ids = {c.id for c in m.claims}
    supports = sum(a.relation is Relation.SUPPORT for a in m.arguments)
    undercuts = sum(  # an attack on an argument's premises is an attack, not an undercut
        a.relation is Relation.ATTACK and a.target not in claim_ids and a.aim is Aim.INFERENCE
        for a in m.arguments
    )
    attacks = len(m.arguments) - supports - undercuts
    explicit = [c for c in m.claims if not c.implicit]
    anchored = sum(bool(c.spans) for c in explicit)
    return {
        "title": m.title,
        "claims": len(m.claims),
        "arguments": len(m.arguments),
        "supports": supports,
        "attacks": attacks,
        "undercuts": undercuts,
        "linked_arguments": sum(len(a.premises) > 1 for a in m.arguments),
        "implicit_claims": len(m.claims) - len(explicit),
        "tags": len(m.tags),
        "depth": depth(m),
        "anchored_claims": anchored,
        "anchored_share": round(anchored / len(explicit), 4) if explicit else 0.0,
        "article_chars": len(m.article.text) if m.article else 0,
    }
