"""Graph comparison for round trips: claims by id, relations by kind and endpoints, spans."""

from __future__ import annotations

from collections import Counter

from argmap.io.formats import export_map, read_bytes
from argmap.model import ArgumentMap

Signature = tuple[dict[str, str], Counter[tuple[object, ...]], dict[str, tuple[tuple[int, int], ...]]]


def signature(m: ArgumentMap, by_origin: str | None = None) -> Signature:
    """Claims (key -> text), relations (kind, premise keys, target), spans (key -> offsets).

    A claim's key is its origin id when its origin is `by_origin` (an AIF node id, an
    Argdown title), else its argmap id. An undercut's target is named by the attacked
    argument's own relation, so argument ids never matter.
    """

    def key(c_id: str) -> str:
        c = m.claim(c_id)
        if by_origin and c.origin and c.origin.format == by_origin and c.origin.id:
            return c.origin.id
        return c.id

    claim_ids = {c.id for c in m.claims}
    args = {a.id: a for a in m.arguments}

    def rel(arg_id: str, depth: int = 0) -> tuple[object, ...]:
        a = args[arg_id]
        premises = frozenset(key(p) for p in a.premises)
        if a.target in claim_ids:
            target: object = key(a.target)
        elif a.target in args and depth < 20:
            target = rel(a.target, depth + 1)
        else:
            target = a.target
        return (a.relation.value, premises, target)

    claims = {key(c.id): c.text for c in m.claims}
    relations = Counter(rel(a.id) for a in m.arguments)
    spans = {key(c.id): tuple(sorted((s.start, s.end) for s in c.spans)) for c in m.claims}
    return claims, relations, spans


def compare(before: Signature, after: Signature) -> str:
    """`same`, or what changed, counted: `2 claims missing; 1 relation extra; spans of 3 claims`."""
    (c1, r1, s1), (c2, r2, s2) = before, after
    out: list[str] = []
    missing = len(c1.keys() - c2.keys())
    extra = len(c2.keys() - c1.keys())
    reworded = sum(1 for k in c1.keys() & c2.keys() if c1[k] != c2[k])
    lost_rel = sum((r1 - r2).values())
    new_rel = sum((r2 - r1).values())
    spans = sum(1 for k in s1.keys() & s2.keys() if s1[k] != s2[k])
    for n, what in (
        (missing, "claims missing"),
        (extra, "claims extra"),
        (reworded, "claims reworded"),
        (lost_rel, "relations missing"),
        (new_rel, "relations extra"),
        (spans, "claims' spans changed"),
    ):
        if n:
            out.append(f"{n} {what}")
    return "; ".join(out) or "same"


def round_trip(m: ArgumentMap, format_id: str, by_origin: str | None = None) -> str:
    """Export `m` in the format, import the bytes again, and compare as graphs."""
    exported = export_map(m, format_id)
    again = read_bytes(exported.data, f"round-trip.{format_id}", format_id).map
    return compare(signature(m, by_origin), signature(again, by_origin))
