"""Grounded labelling (IN / OUT / UNDECIDED, Caminada style) of the map's attacks, with "because" reasons.

The map is read as a Dung framework over its claims and its arguments (inferences):

- an attack argument A on X (a claim, or an argument: an undercut of its inference or an
  attack on its premises, which defeat the argument alike) attacks X;
- an inference needs its premises: it is attacked by "premise p fails" for each of
  its premises p, a helper that p itself attacks (so the inference is OUT as soon as a
  premise is OUT, and IN only when every premise is IN).

Supports carry no attack, so they do not change a claim's label (a claim with no IN
attacker is IN, reasons or not); DF-QuAD (dfquad.py) weighs them. Results read "given
the map as drawn".

    result = grounded_map(m)
    result.labels["c1"]            # Label.IN
    result.explain("c1")           # 'IN because the objection “Meta stands to benefit…” does not stand'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from argmap.model import Aim, ArgumentMap, Relation, Role


class Label(StrEnum):
    """A node's status under grounded semantics."""

    IN = "in"
    OUT = "out"
    UNDECIDED = "undecided"


def grounded_labelling(nodes: Iterable[str], attacks: Iterable[tuple[str, str]]) -> dict[str, Label]:
    """The grounded labelling of an abstract framework (attacker, attacked) pairs.

    Least fixpoint: a node is IN once every attacker is OUT, OUT once some attacker
    is IN; what is left is UNDECIDED. Runs in O(nodes + attacks).
    """
    ids = list(dict.fromkeys(nodes))
    attackers: dict[str, list[str]] = {n: [] for n in ids}
    attacked: dict[str, list[str]] = {n: [] for n in ids}
    for a, b in attacks:
        attackers[b].append(a)
        attacked[a].append(b)
    labels: dict[str, Label] = {}
    live = {n: len(set(attackers[n])) for n in ids}
    counted: dict[str, set[str]] = {n: set() for n in ids}
    queue = [n for n in ids if live[n] == 0]
    while queue:
        n = queue.pop()
        if n in labels:
            continue
        labels[n] = Label.IN
        for victim in attacked[n]:
            if victim in labels:
                continue
            labels[victim] = Label.OUT
            for v2 in attacked[victim]:
                if v2 not in labels and victim not in counted[v2]:
                    counted[v2].add(victim)
                    live[v2] -= 1
                    if live[v2] == 0:
                        queue.append(v2)
    return {n: labels.get(n, Label.UNDECIDED) for n in ids}


def _fails(claim_id: str) -> str:
    return f"\x00fails:{claim_id}"


@dataclass(frozen=True)
class MapLabelling:
    """Labels of every claim and argument of a map, with the framework they came from."""

    labels: Mapping[str, Label]
    attackers: Mapping[str, tuple[str, ...]]
    """Node id -> the arguments attacking it directly (attacks and undercuts)."""
    premises: Mapping[str, tuple[str, ...]]
    """Argument id -> its premises (an inference stands or falls with them)."""
    wording: Mapping[str, str]
    premise_attacks: frozenset[str] = frozenset()
    """Attacks aimed at an argument's premises rather than its inference (Argdown's `-` on an argument)."""

    kinds: Mapping[str, str] = field(default_factory=dict)
    """Argument id -> what a student calls it: "objection", "rebuttal", "undercut" or "reason"."""

    def explain(self, node_id: str) -> str:
        """Why the node has its label, in one sentence in the map's own words (never ids)."""
        label = self.labels[node_id]
        word = label.value.upper()
        if node_id in self.premises:
            return self._explain_argument(node_id, word)
        atts = self.attackers.get(node_id, ())
        if not atts:
            return f"{word}: nothing attacks it (given the map as drawn)"
        if label is Label.OUT:
            a = next(x for x in atts if self.labels[x] is Label.IN)
            return f"OUT because {self._name(a)} stands"
        if label is Label.IN:
            if len(atts) == 1:
                return f"IN because {self._name(atts[0])} does not stand"
            names = "; ".join(self._name(a) for a in atts)
            return f"IN because none of its {len(atts)} objections stands ({names})"
        a = next(x for x in atts if self.labels[x] is Label.UNDECIDED)
        return f"UNDECIDED because {self._name(a)} is undecided (objections go round in a circle)"

    def _explain_argument(self, arg_id: str, word: str) -> str:
        label = self.labels[arg_id]
        prem = self.premises[arg_id]
        atts = self.attackers.get(arg_id, ())
        if label is Label.OUT:
            bad = [p for p in prem if self.labels[p] is Label.OUT]
            if bad:
                return f"OUT because its premise {self._quote(bad[0])} does not stand"
            a = next(x for x in atts if self.labels[x] is Label.IN)
            return f"OUT because {self._name(a)} stands"
        if label is Label.IN:
            tail = " and no undercut stands" if atts else ""
            return f"IN because its premises stand{tail}"
        undec = [p for p in prem if self.labels[p] is Label.UNDECIDED]
        if undec:
            return f"UNDECIDED because its premise {self._quote(undec[0])} is undecided"
        a = next(x for x in atts if self.labels[x] is Label.UNDECIDED)
        return f"UNDECIDED because {self._name(a)} is undecided"

    def _quote(self, node_id: str) -> str:
        text = " ".join(self.wording.get(node_id, "").split())
        short = text if len(text) <= 44 else text[:44].rsplit(" ", 1)[0].rstrip(",;:") + "…"
        return f"“{short}”" if short else "(a claim with no wording yet)"

    def _name(self, node_id: str) -> str:
        """The kind and the wording, as the map shows them: the objection “Meta stands to benefit…”."""
        return f"the {self.kinds.get(node_id, 'objection')} {self._quote(node_id)}"


def grounded_map(m: ArgumentMap) -> MapLabelling:
    """Grounded labels and explanations for every claim and argument of `m`."""
    claims = {c.id: c.text for c in m.claims}
    nodes: list[str] = list(claims) + [a.id for a in m.arguments]
    known = set(nodes)
    attacks: list[tuple[str, str]] = []
    attackers: dict[str, list[str]] = {}
    premises: dict[str, tuple[str, ...]] = {}
    used: set[str] = set()
    for a in m.arguments:
        prem = tuple(p for p in a.premises if p in claims)
        premises[a.id] = prem
        for p in prem:
            attacks.append((_fails(p), a.id))
            used.add(p)
        if a.relation is Relation.ATTACK and a.target in known:
            # an attack on an argument's premises or on its inference: either way the argument falls
            attacks.append((a.id, a.target))
            attackers.setdefault(a.target, []).append(a.id)
    for p in used:
        nodes.append(_fails(p))
        attacks.append((p, _fails(p)))
    labels = grounded_labelling(nodes, attacks)
    wording = dict(claims)
    for a in m.arguments:
        wording[a.id] = " + ".join(claims.get(p, "") for p in a.premises)
    return MapLabelling(
        labels={n: lab for n, lab in labels.items() if not n.startswith("\x00")},
        attackers={k: tuple(v) for k, v in attackers.items()},
        premises=premises,
        wording=wording,
        premise_attacks=frozenset(
            a.id for a in m.arguments if a.aim is Aim.PREMISES and a.target not in claims
        ),
        kinds=_kinds(m),
    )


def _kinds(m: ArgumentMap) -> dict[str, str]:
    """What a student calls each argument: an undercut, a rebuttal, an objection, or a reason."""
    roles = {c.id: c.role for c in m.claims}
    args = {a.id for a in m.arguments}
    out: dict[str, str] = {}
    for a in m.arguments:
        if a.relation is not Relation.ATTACK:
            out[a.id] = "reason"
        elif a.target in args:
            out[a.id] = "attack on its premises" if a.aim is Aim.PREMISES else "undercut"
        elif any(roles.get(p) is Role.REBUTTAL for p in a.premises):
            out[a.id] = "rebuttal"
        else:
            out[a.id] = "objection"
    return out
