"""One branch of a map: a claim with everything that backs or attacks it, and the way up to its conclusion."""

from __future__ import annotations

from argmap.model import Argument, ArgumentMap


def branch_ids(m: ArgumentMap, root: str) -> tuple[set[str], set[str]]:
    """Claims and arguments under `root`: its reasons, their premises, their reasons... and undercuts."""
    reasons: dict[str, list[Argument]] = {}
    for a in m.arguments:
        reasons.setdefault(a.target, []).append(a)
    claims = {root}
    args: set[str] = set()
    stack = [root]
    while stack:
        n = stack.pop()
        for a in reasons.get(n, ()):
            if a.id in args:
                continue
            args.add(a.id)
            stack.append(a.id)
            for p in a.premises:
                if p not in claims:
                    claims.add(p)
                    stack.append(p)
    return claims, args


def branch_map(m: ArgumentMap, root: str) -> ArgumentMap:
    """The map of `root`'s branch alone (same claim and argument objects, so layouts can reuse their work)."""
    claims, args = branch_ids(m, root)
    lay = m.layout
    layout = lay.model_copy(
        update={
            "pins": {k: v for k, v in lay.pins.items() if k in claims},
            "hints": {k: v for k, v in lay.hints.items() if k in claims},
            "collapsed": [k for k in lay.collapsed if k in claims],
        }
    )
    return m.model_copy(
        update={
            "claims": [c for c in m.claims if c.id in claims],
            "arguments": [a for a in m.arguments if a.id in args],
            "layout": layout,
        }
    )


def branch_path(m: ArgumentMap, claim: str) -> list[str]:
    """The claims from a main conclusion down to `claim` (each the first one the next backs or attacks)."""
    targets = {a.id: a.target for a in m.arguments}
    up: dict[str, str] = {}
    for a in m.arguments:
        t = a.target
        seen = {a.id}
        while t in targets and t not in seen:  # an undercut: up to the claim its reason is about
            seen.add(t)
            t = targets[t]
        for p in a.premises:
            up.setdefault(p, t)
    path = [claim]
    seen = {claim}
    while (nxt := up.get(path[-1])) is not None and nxt not in seen and nxt not in targets:
        seen.add(nxt)
        path.append(nxt)
    return path[::-1]
