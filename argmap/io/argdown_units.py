"""Which of a map's arguments the Argdown export writes as one `<argument>`, and how each relation is written."""

from __future__ import annotations

from dataclasses import dataclass, field

from pydantic import JsonValue

from argmap.io.map_index import MapIndex
from argmap.model import Aim, Argument, ArgumentMap, Claim, Relation


@dataclass
class Unit:
    """One Argdown argument: a reconstructed one (inference steps) or one drawn as a box (its gist claim)."""

    title: str
    """The argument's Argdown title (the origin's, else the id of its main argmap argument)."""
    main: Argument
    """The argmap argument that relations aimed at the Argdown argument target on import."""
    steps: list[Argument] = field(default_factory=list)
    """Inference steps in order (a premise-conclusion structure); empty for a gist unit."""
    gist: Claim | None = None
    """The claim that holds an unreconstructed argument's description (its premise in argmap)."""
    members: list[Argument] = field(default_factory=list)
    """Every argmap argument the unit stands for (steps, or one per outgoing relation)."""


def _argdown(a: Argument | Claim) -> dict[str, JsonValue] | None:
    o = a.origin
    return o.data if o is not None and o.format == "argdown" else None


def is_gist(c: Claim) -> bool:
    """A claim that holds the description of an Argdown argument with no premise-conclusion structure."""
    data = _argdown(c)
    return data is not None and isinstance(data.get("gist_of"), str)


def is_box(c: Claim) -> bool:
    """A claim that was an Argdown argument with neither conclusion nor outgoing relation."""
    data = _argdown(c)
    return data is not None and data.get("argument") is True


def units(m: ArgumentMap, ix: MapIndex) -> dict[str, Unit]:
    """Argument id -> its unit: arguments from an Argdown argument, and linked or annotated supports."""
    out: dict[str, Unit] = {}
    steps: dict[str, list[Argument]] = {}
    for a in m.arguments:
        data = _argdown(a)
        title = a.origin.id if a.origin is not None else None
        step = data is not None and isinstance(data.get("step"), int) and a.relation is Relation.SUPPORT
        if step and title and a.target in ix.claims and all(p in ix.claims for p in a.premises):
            steps.setdefault(title, []).append(a)
    for title, group in steps.items():
        group.sort(key=lambda a: int(str((_argdown(a) or {}).get("step", 0))))
        unit = Unit(title=title, main=group[-1], steps=group, members=list(group))
        for a in group:
            out[a.id] = unit
    targeted = {a.target for a in m.arguments}
    for a in m.arguments:
        if a.id in out or a.relation is not Relation.SUPPORT or a.target not in ix.claims:
            continue
        if not all(p in ix.claims for p in a.premises) or is_box(ix.claims[a.target]):
            continue
        if any(is_gist(ix.claims[p]) for p in a.premises):
            continue
        detail = a.note.strip() or a.scheme or a.answers or a.relevance is not None
        if len(a.premises) > 1 or a.id in targeted or detail:
            title = a.origin.id if a.origin and a.origin.format == "argdown" and a.origin.id else a.id
            out[a.id] = Unit(title=title, main=a, steps=[a], members=[a])
    by_gist: dict[str, Unit] = {}
    for a in m.arguments:
        if a.id in out or len(a.premises) != 1 or a.premises[0] not in ix.claims:
            continue
        gist = ix.claims[a.premises[0]]
        if not is_gist(gist):
            continue
        found = by_gist.get(gist.id)
        if found is None:
            title = str((_argdown(gist) or {}).get("gist_of"))
            found = by_gist[gist.id] = Unit(title=title, main=a, gist=gist)
        unit = found
        if a.origin is not None and a.origin.format == "argdown" and a.origin.id == unit.title:
            unit.main = a
        unit.members.append(a)
        out[a.id] = unit
    return out


def symbol(a: Argument, target_is_claim: bool, incoming: bool) -> str:
    """The relation symbol for `a` written under its target (incoming) or under its source (outgoing)."""
    data = _argdown(a) or {}
    if a.relation is Relation.SUPPORT:
        return "+" if incoming else "+>"
    undercut = data.get("undercut") is True or (not target_is_claim and a.aim is Aim.INFERENCE)
    if undercut:
        return "<_" if incoming else "_>"
    return "-" if incoming else "->"


def symmetric(a: Argument) -> str | None:
    """`contradictory` or `contrary` when the import made `a` one of a pair of attacks (`><`, strict `-`)."""
    kind = (_argdown(a) or {}).get("symmetric")
    return kind if kind in ("contradictory", "contrary") else None


def strict(m: ArgumentMap) -> bool:
    """The map came from an Argdown file in strict mode (attacks between statements are contrary)."""
    return m.origin is not None and m.origin.format == "argdown" and m.origin.data.get("mode") == "strict"
