"""Structure coach: the hints a teacher would give about a map's shape, each pointing at its boxes.

    for hint in coach(m, dismissed=session_dismissed):
        hint.code, hint.message, hint.ids    # ids: the boxes to point at, first = main one
        hint.key                             # stable id: store it to dismiss the hint

Hints (codes): `no-reasons` a conclusion with no reasons; `orphan` a claim connected to
nothing; `no-span` a premise with no span in the text; `circular` circular support;
`should-link` an implicit premise drawn as a separate reason (it only works together
with a stated premise); `no-response` an objection nobody answers; `restates-parent` a
reason that restates the claim it supports; and the reading hints of `coach_reading`
(`tag-vs-arrow`, `flat`, `heading`, `boilerplate`). The coach is pure: it never edits the map.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from argmap.analysis.coach_reading import flat, headings_and_boilerplate, tag_vs_arrow
from argmap.analysis.spans import span_iou
from argmap.graph import support_cycles
from argmap.model import Argument, ArgumentMap, Claim, Relation, Role

RESTATE_WORD_OVERLAP = 0.8
"""Word-set Jaccard from which a reason counts as restating its target."""


@dataclass(frozen=True)
class Hint:
    """One coaching hint about the boxes `ids`."""

    code: str
    message: str
    ids: tuple[str, ...]

    @property
    def key(self) -> str:
        """Stable identity of the hint, for dismissing it (survives unrelated edits)."""
        return f"{self.code}:{','.join(self.ids)}"


def coach(m: ArgumentMap, dismissed: Collection[str] = ()) -> list[Hint]:
    """Every hint for `m` that has not been dismissed, grouped by kind, in document order."""
    hints = (
        _no_reasons(m)
        + _orphans(m)
        + _no_span(m)
        + _circular(m)
        + _should_link(m)
        + _no_response(m)
        + _restates(m)
        + [Hint(*h) for h in tag_vs_arrow(m) + flat(m) + headings_and_boilerplate(m)]
    )
    return [h for h in hints if h.key not in dismissed]


def _short(c: Claim) -> str:
    t = " ".join(c.text.split())
    return f"“{t if len(t) <= 50 else t[:49] + '…'}”"


def _no_reasons(m: ArgumentMap) -> list[Hint]:
    supported = {a.target for a in m.arguments if a.relation is Relation.SUPPORT}
    return [
        Hint(
            "no-reasons",
            f"The conclusion {_short(c)} has no reasons yet: what does the author give for it?",
            (c.id,),
        )
        for c in m.claims
        if c.role is Role.CONCLUSION and c.id not in supported
    ]


def _orphans(m: ArgumentMap) -> list[Hint]:
    if len(m.claims) < 2:
        return []
    connected = {a.target for a in m.arguments} | {p for a in m.arguments for p in a.premises}
    return [
        Hint("orphan", f"{_short(c)} is not connected to anything: what does it support or attack?", (c.id,))
        for c in m.claims
        if c.id not in connected and c.role is not Role.CONCLUSION
    ]


def _no_span(m: ArgumentMap) -> list[Hint]:
    if m.article is None:
        return []
    premises = {p for a in m.arguments for p in a.premises}
    return [
        Hint(
            "no-span",
            f"The premise {_short(c)} is not anchored in the text: select where the author says it, "
            "or mark it implicit",
            (c.id,),
        )
        for c in m.claims
        if c.id in premises and not c.spans and not c.implicit
    ]


def _circular(m: ArgumentMap) -> list[Hint]:
    return [
        Hint("circular", "Circular support: these claims support each other in a circle", tuple(cycle))
        for cycle in support_cycles(m)
    ]


def _should_link(m: ArgumentMap) -> list[Hint]:
    implicit = {c.id for c in m.claims if c.implicit}
    out: list[Hint] = []
    by_target: dict[str, list[Argument]] = {}
    for a in m.arguments:
        if a.relation is Relation.SUPPORT:
            by_target.setdefault(a.target, []).append(a)
    for reasons in by_target.values():
        singles = [a for a in reasons if len(a.premises) == 1]
        lone = [a for a in singles if a.premises[0] in implicit]
        stated = [a for a in singles if a.premises[0] not in implicit]
        for a in lone:
            if stated:
                ids = (a.premises[0], stated[0].premises[0])
                out.append(
                    Hint(
                        "should-link",
                        "An unstated premise only works together with a stated one: link these two "
                        "into one reason",
                        ids,
                    )
                )
    return out


def _no_response(m: ArgumentMap) -> list[Hint]:
    claims = {c.id: c for c in m.claims}
    args = {a.id: a for a in m.arguments}
    attacked = {a.target for a in m.arguments if a.relation is Relation.ATTACK}
    attacking = {p for a in m.arguments if a.relation is Relation.ATTACK for p in a.premises}
    out: list[Hint] = []
    for a in m.arguments:
        if a.relation is not Relation.ATTACK:
            continue
        target = args.get(a.target)
        if target is not None and target.relation is Relation.ATTACK:
            continue  # an undercut of an objection is itself a response
        if a.target in attacking or any(claims[p].role is Role.REBUTTAL for p in a.premises if p in claims):
            continue  # a rebuttal answers an objection; it is not one
        if a.id in attacked or any(p in attacked for p in a.premises):
            continue
        first = claims.get(a.premises[0])
        what = _short(first) if first else a.id
        out.append(
            Hint(
                "no-response",
                f"The objection {what} has no response: does the author answer it?",
                (*a.premises, a.id),
            )
        )
    return out


_WORD = re.compile(r"\w+")


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if len(w) > 2}


def _restates(m: ArgumentMap) -> list[Hint]:
    claims = {c.id: c for c in m.claims}
    out: list[Hint] = []
    for a in m.arguments:
        parent = claims.get(a.target)
        if parent is None or a.relation is not Relation.SUPPORT:
            continue
        for p in a.premises:
            child = claims.get(p)
            if child is None:
                continue
            wa, wb = _words(child.text), _words(parent.text)
            overlap = len(wa & wb) / len(wa | wb) if wa | wb else 0.0
            same_text = span_iou(child.spans, parent.spans) >= RESTATE_WORD_OVERLAP
            if overlap >= RESTATE_WORD_OVERLAP or same_text:
                out.append(
                    Hint(
                        "restates-parent",
                        f"{_short(child)} restates the claim it supports: a reason should add something new",
                        (child.id, parent.id),
                    )
                )
    return out
