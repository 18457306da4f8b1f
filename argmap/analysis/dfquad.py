"""Gradual strength with DF-QuAD (Rago et al. 2016) on the map's pro/con structure, with its working.

Each claim starts from the base score a student set (`Claim.strength`: none 0.0,
weak 0.25, medium 0.5, strong 0.75; unset 0.5). An argument (inference) is as strong
as its weakest linked premise, weakened by its undercuts and by attacks on its premises
(both aim at the argument, `Argument.aim`) and raised by supports of it in the same DF-QuAD way,
and then multiplied by its relevance (Kialo's impact = truth x relevance; unset = 1).
A claim's strength combines its base score v0 with the aggregated attackers va and
supporters vs:

    F(v1..vn) = 1 - (1 - v1)(1 - v2)...(1 - vn)       (F() = 0)
    C(v0, va, vs) = v0 - v0 (va - vs)         if va >= vs
                  = v0 + (1 - v0)(vs - va)    otherwise

On an acyclic map this is computed once in dependency order. Where reasons go round in
a circle the same equations are iterated from the base scores (at most 100 rounds);
`converged` says whether they settled. `working(node_id)` is the arithmetic written out.

    res = dfquad(m)
    res.strength["c1"]   # 0.8125
    res.working("c1")    # 'c1: base 0.5; attackers ... ; C(0.5, 0.25, 0.75) = 0.75'
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import networkx as nx

from argmap.model import ArgumentMap, Relation, Strength

BASE_SCORES: Mapping[Strength | None, float] = {
    Strength.NONE: 0.0,
    Strength.WEAK: 0.25,
    Strength.MEDIUM: 0.5,
    Strength.STRONG: 0.75,
    None: 0.5,
}
"""Base score of each coarse strength a student can set; None is "not set"."""

MAX_ROUNDS = 100


def aggregate(values: list[float]) -> float:
    """DF-QuAD's F: the probabilistic sum of attacker (or supporter) strengths."""
    rest = 1.0
    for v in values:
        rest *= 1.0 - v
    return 1.0 - rest


def combine(v0: float, va: float, vs: float) -> float:
    """DF-QuAD's C: move the base score down by va - vs, or up by vs - va."""
    if va >= vs:
        return v0 - v0 * (va - vs)
    return v0 + (1.0 - v0) * (vs - va)


@dataclass(frozen=True)
class Strengths:
    """Strength in [0, 1] of every claim and argument, and how it was computed."""

    strength: Mapping[str, float]
    base: Mapping[str, float]
    """Claims: the base score; arguments: the weakest premise before undercuts."""
    attackers: Mapping[str, tuple[str, ...]]
    supporters: Mapping[str, tuple[str, ...]]
    relevance: Mapping[str, float]
    cyclic: bool
    """Reasons go round in a circle somewhere, so the values come from iteration."""
    converged: bool
    """The values are a fixpoint of the equations (always so on an acyclic map)."""

    def working(self, node_id: str) -> str:
        """The arithmetic behind one node's strength, in the order it was done."""
        s = self.strength
        v0 = self.base[node_id]
        atts = self.attackers.get(node_id, ())
        sups = self.supporters.get(node_id, ())
        va = aggregate([s[a] for a in atts])
        vs = aggregate([s[a] for a in sups])
        parts = [f"{node_id}: base {v0:.3g}"]
        if atts:
            parts.append(f"attackers {_list(atts, s)} give va = {_f_text(atts, s)} = {va:.4g}")
        if sups:
            parts.append(f"supporters {_list(sups, s)} give vs = {_f_text(sups, s)} = {vs:.4g}")
        value = combine(v0, va, vs)
        parts.append(f"C({v0:.4g}, {va:.4g}, {vs:.4g}) = {value:.4g}")
        rel = self.relevance.get(node_id)
        if rel is not None and rel != 1.0:
            parts.append(f"x relevance {rel:.3g} = {value * rel:.4g}")
        text = "; ".join(parts)
        if self.cyclic:
            text += " (reasons go round in a circle: values after iteration"
            text += ")" if self.converged else ", which did not settle)"
        return text


def _list(ids: tuple[str, ...], s: Mapping[str, float]) -> str:
    return ", ".join(f"{i} {s[i]:.4g}" for i in ids)


def _f_text(ids: tuple[str, ...], s: Mapping[str, float]) -> str:
    return "1 - " + "".join(f"(1 - {s[i]:.4g})" for i in ids)


def dfquad(m: ArgumentMap) -> Strengths:
    """DF-QuAD strengths of every claim and argument of `m` (given the map as drawn)."""
    claims = {c.id for c in m.claims}
    base: dict[str, float] = {c.id: BASE_SCORES[c.strength] for c in m.claims}
    attackers: dict[str, list[str]] = {}
    supporters: dict[str, list[str]] = {}
    relevance: dict[str, float] = {}
    nodes = set(claims) | {a.id for a in m.arguments}
    g: nx.DiGraph = nx.DiGraph()
    g.add_nodes_from(nodes)
    for a in m.arguments:
        relevance[a.id] = 1.0 if a.relevance is None else a.relevance
        for p in a.premises:
            if p in claims:
                g.add_edge(p, a.id)
        if a.target in nodes:
            side = supporters if a.relation is Relation.SUPPORT else attackers
            side.setdefault(a.target, []).append(a.id)
            g.add_edge(a.id, a.target)
    premises = {a.id: [p for p in a.premises if p in claims] for a in m.arguments}
    strength = dict(base)
    for a in m.arguments:
        strength[a.id] = _argument_base(premises[a.id], strength) * relevance[a.id]

    def update(n: str) -> float:
        if n in premises:
            v0 = _argument_base(premises[n], strength)
            base[n] = v0
        else:
            v0 = base[n]
        va = aggregate([strength[x] for x in attackers.get(n, [])])
        vs = aggregate([strength[x] for x in supporters.get(n, [])])
        return combine(v0, va, vs) * relevance.get(n, 1.0)

    converged = True
    cyclic = not nx.is_directed_acyclic_graph(g)
    if not cyclic:
        for n in nx.topological_sort(g):
            strength[n] = update(n)
    else:
        order = sorted(g.nodes)
        converged = False
        for _ in range(MAX_ROUNDS):
            new = {n: update(n) for n in order}
            delta = max((abs(new[n] - strength[n]) for n in order), default=0.0)
            strength.update(new)
            if delta < 1e-9:
                converged = True
                break
    return Strengths(
        strength=strength,
        base=base,
        attackers={k: tuple(v) for k, v in attackers.items()},
        supporters={k: tuple(v) for k, v in supporters.items()},
        relevance=relevance,
        cyclic=cyclic,
        converged=converged,
    )


def _argument_base(premises: list[str], strength: Mapping[str, float]) -> float:
    return min((strength[p] for p in premises), default=0.0)
