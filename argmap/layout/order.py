"""Fewer crossings on maps that are not trees: reorder siblings by barycentre sweeps over the tidy tree's rows.

A claim that backs several others hangs under one of them; its other lines are
routed up through free columns and along the gaps, crossing every tree line they
pass. Those lines are shorter, and cross less, when the subtrees they join sit
side by side. Like the median/barycentre sweeps of layered layouts (Sugiyama,
Graphviz dot's mincross), each sweep sorts every node's
children (and the roots) by the mean position of the far ends of the routed lines
that leave each child's subtree; children without such lines keep their place
among the others. A subtree stays in one piece, so the tidy placement, its
spacing and its routing are unchanged; trees are never touched. Places are counted
in line ends, not pixels, so box sizes and plain reasons never change the order.
The order with the least routed length wins (the later one on a tie).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from argmap.layout.structure import DUMMY, Structure
from argmap.layout.tidy import preorder

SWEEPS = 4
"""Reorder rounds; each costs one walk over the tree (linear)."""
OWN = 0.5
"""Weight of a child's own place against each line pulling it (chosen on the bench: 0.25-3 tried)."""
REORDER_MAX = 500
"""Maps with more shown claims keep the user's order: a sweep costs a full placement, and an edit
of a reordered map is laid out afresh (no incremental update), which bigger maps cannot afford."""


def routed_pairs(s: Structure) -> list[tuple[str, str]]:
    """(premise, argument) for every line that does not follow the tree."""
    tree_parent = s.tree_parent
    return [(p, a) for a in s.cross for p in s.premises[a] if tree_parent.get(p) != a]


def ranks(s: Structure, ends: set[str]) -> dict[str, int]:
    """Every node's place along the rows, counted in line ends only: how many ends come before it (preorder).

    Counting only the ends of routed lines (never boxes or widths) makes the order depend on
    the map's links alone, so adding or resizing a plain reason never reorders the map.
    """
    out: dict[str, int] = {}
    k = 0
    for n in preorder(s.roots, s.children):
        out[n] = k
        if n in ends:
            k += 1
    return out


def routed_length(pairs: Sequence[tuple[str, str]], pos: Mapping[str, int]) -> int:
    """How many line ends each routed line passes along the rows, in total."""
    return sum(abs(pos[p] - pos[a]) for p, a in pairs)


def reorder(s: Structure, sweeps: int = SWEEPS) -> None:
    """Reorder `s.children` and `s.roots` in place to shorten the routed lines (non-tree maps only)."""
    if not s.cross:
        return
    pairs = sorted(routed_pairs(s))
    if not pairs:
        return
    ends = {n for pair in pairs for n in pair}
    pos = ranks(s, ends)
    best = routed_length(pairs, pos)
    best_order = (list(s.roots), {n: list(k) for n, k in s.children.items()})
    for _ in range(sweeps):
        _sort_by_pull(s, pairs, pos)
        pos = ranks(s, ends)
        got = routed_length(pairs, pos)
        if got <= best:  # a tie takes the sorted order
            best = got
            best_order = (list(s.roots), {n: list(k) for n, k in s.children.items()})
    s.roots[:] = best_order[0]
    for n, ks in best_order[1].items():
        s.children[n] = ks


def _sort_by_pull(s: Structure, pairs: Sequence[tuple[str, str]], x: Mapping[str, int]) -> None:
    """Sort every node's children by where the routed lines leaving their subtrees pull them."""
    children = s.children
    pull_sum: dict[str, float] = {}
    pull_n: dict[str, int] = {}
    for p, a in pairs:
        for here, there in ((p, a), (a, p)):
            pull_sum[here] = pull_sum.get(here, 0.0) + x[there]
            pull_n[here] = pull_n.get(here, 0) + 1
    pre = preorder(s.roots, children)
    for n in reversed(pre):  # a subtree is pulled by every line that leaves one of its nodes
        for k in children[n]:
            if k in pull_n:
                pull_sum[n] = pull_sum.get(n, 0.0) + pull_sum[k]
                pull_n[n] = pull_n.get(n, 0) + pull_n[k]
    for n in pre:
        ks = children[n]
        if len(ks) > 1 and any(k in pull_n for k in ks):
            children[n] = _sorted(ks, x, pull_sum, pull_n)
    if len(s.roots) > 1:
        s.roots[:] = _sorted(s.roots, x, pull_sum, pull_n)


def _sorted(
    ks: Sequence[str], x: Mapping[str, int], pull_sum: Mapping[str, float], pull_n: Mapping[str, int]
) -> list[str]:
    """`ks` by barycentre: the mean of the pulls, mixed with the node's own place; ties keep the order."""
    keyed: list[tuple[float, int, str]] = []
    columns = [k for k in ks if k.startswith(DUMMY)]  # an undercut's column stays beside the premises
    for i, k in enumerate(ks):
        if k.startswith(DUMMY):
            continue
        n = pull_n.get(k, 0)
        own = x[k]
        key = (pull_sum[k] + OWN * own) / (n + OWN) if n else own
        keyed.append((key, i, k))
    keyed.sort()
    return [k for _, _, k in keyed] + columns
