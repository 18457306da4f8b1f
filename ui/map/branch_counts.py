"""How many boxes a collapsed branch hides: the count its "+N" tab shows."""

from __future__ import annotations

from collections.abc import Collection

from argmap.model import ArgumentMap


def hidden_below(m: ArgumentMap, collapsed: Collection[str], hidden: Collection[str]) -> dict[str, int]:
    """For each collapsed claim, the number of hidden claims in its branch (reasons, objections, undercuts)."""
    under: dict[str, list[str]] = {}
    args = {a.id: a for a in m.arguments}
    for a in m.arguments:
        target = a.target
        while target in args:  # an undercut hangs under the reason's target claim
            target = args[target].target
        under.setdefault(target, []).extend(a.premises)
    hidden_set = set(hidden)
    out: dict[str, int] = {}
    for top in collapsed:
        seen: set[str] = set()
        stack = list(under.get(top, []))
        while stack:
            cid = stack.pop()
            if cid in seen or cid == top or cid not in hidden_set:
                continue
            seen.add(cid)
            stack.extend(under.get(cid, []))
        if seen:
            out[top] = len(seen)
    return out
