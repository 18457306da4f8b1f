"""The map as a networkx DiGraph, derived on demand and never stored."""

from __future__ import annotations

import networkx as nx

from argmap.model import ArgumentMap, Relation


def to_digraph(m: ArgumentMap) -> nx.DiGraph:
    """The bipartite graph: claim and argument nodes; edges premise -> argument -> target.

    Node attribute `kind` is "claim" or "argument"; arguments also carry `relation`.
    Edge attribute `kind` is "premise" (claim -> argument) or the argument's relation
    (argument -> target; an attack whose target is an argument is an undercut).
    Nodes keep document order.
    """
    g: nx.DiGraph = nx.DiGraph()
    for c in m.claims:
        g.add_node(c.id, kind="claim")
    for a in m.arguments:
        g.add_node(a.id, kind="argument", relation=a.relation.value)
    for a in m.arguments:
        for p in a.premises:
            g.add_edge(p, a.id, kind="premise")
        g.add_edge(a.id, a.target, kind=a.relation.value)
    return g


def claim_graph(m: ArgumentMap) -> nx.DiGraph:
    """Claims only: an edge premise -> target claim per premise of each argument on a claim.

    Edge attributes: `relation` and `argument` (the argument's id). Undercuts, whose
    target is an argument, are left out: they attack an inference, not a claim.
    """
    claims = {c.id for c in m.claims}
    g: nx.DiGraph = nx.DiGraph()
    g.add_nodes_from(c.id for c in m.claims)
    for a in m.arguments:
        if a.target in claims:
            for p in a.premises:
                g.add_edge(p, a.target, relation=a.relation.value, argument=a.id)
    return g


def support_cycles(m: ArgumentMap, limit: int = 20) -> list[list[str]]:
    """Up to `limit` cycles of claims that support each other (circular reasoning)."""
    claims = {c.id for c in m.claims}
    supports: nx.DiGraph = nx.DiGraph(
        [
            (p, a.target)
            for a in m.arguments
            if a.relation is Relation.SUPPORT and a.target in claims
            for p in a.premises
        ]
    )
    # only claims in a strongly connected part (or on a self-loop) can be on a cycle: on a
    # tree of 50,000 claims that leaves nothing to search
    looped = {n for part in nx.strongly_connected_components(supports) if len(part) > 1 for n in part}
    looped |= {u for u, v in supports.edges if u == v}
    cycles: list[list[str]] = []
    for cycle in nx.simple_cycles(supports.subgraph(looped)):
        cycles.append(cycle)
        if len(cycles) >= limit:
            break
    return cycles


def depth(m: ArgumentMap) -> int:
    """Claims on the longest chain of reasons from a root down (0 for an empty map).

    Circular support is cut at one edge per cycle so the answer stays finite.
    """
    g = nx.DiGraph(claim_graph(m).reverse(copy=False))
    if g.number_of_nodes() == 0:
        return 0
    while not nx.is_directed_acyclic_graph(g):
        u, v = nx.find_cycle(g)[0][:2]
        g.remove_edge(u, v)
    return int(nx.dag_longest_path_length(g)) + 1
