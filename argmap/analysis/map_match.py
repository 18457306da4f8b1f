"""Map Match: compare a student map with the teacher's reference, in explainable lines and a total.

    result = map_match(reference, student, weights=Weights(), overrides=None)
    result.lines     # [Line(key="conclusion", score=1.0, detail="...", ids=(...)), ...]
    result.total     # weighted mean of the lines that apply, 0..1
    result.alignment # which student claim is which reference claim (align.py)

The lines, each a score in 0..1 (None when there is nothing to check, and then left
out of the total):

- conclusion: each reference main conclusion found as a main conclusion (1), found but
  drawn as a reason for something else (0.5), or not found (0); the mean.
- units: span F1 of the stated claims: precision = matched / student's stated claims,
  recall = matched / reference's stated claims. `ids` are the missing reference claims
  (to highlight in the text).
- polarity: for each matched claim that hangs under a main conclusion in both maps, is
  it pro or con that conclusion in the student map as in the reference? correct/compared.
- attachment: labelled attachment F1 over (premise, target, support/attack) edges, with
  student ids translated through the alignment (an undercut's target is the argument it
  attacks, named by its premises and target).
- linked: F1 over pairs of premises drawn together in one linked argument.

A student map made from another article raises DifferentArticle.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import Field

from argmap.analysis.align import Alignment, align
from argmap.model import Argument, ArgumentMap, Relation, Role, Strict


class DifferentArticle(ValueError):
    """The student map was not made from the reference's article."""


class Weights(Strict):
    """How much each Map Match line counts in the total (any non-negative numbers; normalised)."""

    conclusion: float = Field(default=0.2, ge=0)
    units: float = Field(default=0.3, ge=0)
    polarity: float = Field(default=0.15, ge=0)
    attachment: float = Field(default=0.25, ge=0)
    linked: float = Field(default=0.1, ge=0)


LINE_TITLES: Mapping[str, str] = {
    "conclusion": "Main conclusion found",
    "units": "Units found (span F1)",
    "polarity": "Pro/con polarity",
    "attachment": "Attachment (labelled F1)",
    "linked": "Linked-premise grouping",
}
"""Line key -> the heading shown in tables and reports, in display order."""


@dataclass(frozen=True)
class Line:
    """One explainable line of the comparison."""

    key: str
    score: float | None
    detail: str
    ids: tuple[str, ...] = ()
    """Reference claims concerned (missing, wrongly attached, wrong polarity)."""

    @property
    def title(self) -> str:
        """The line's heading."""
        return LINE_TITLES[self.key]


@dataclass(frozen=True)
class MatchResult:
    """Every line, the weighted total and the alignment they were computed from."""

    lines: list[Line]
    total: float
    alignment: Alignment
    weights: Weights

    def line(self, key: str) -> Line:
        """The line with this key."""
        return next(x for x in self.lines if x.key == key)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready: {lines: {key: score}, total} (scores rounded to 4 places; None stays null)."""
        return {
            "lines": {x.key: None if x.score is None else round(x.score, 4) for x in self.lines},
            "total": round(self.total, 4),
        }


def check_same_article(reference: ArgumentMap, student: ArgumentMap) -> None:
    """Raise DifferentArticle unless both maps annotate the same text (by its hash)."""
    ra, sa = reference.article, student.article
    if ra is None and sa is None:
        return
    if ra is None or sa is None:
        which = "the reference" if ra is None else "the student map"
        raise DifferentArticle(f"{which} has no article, so the two cannot be compared")
    if ra.sha256 != sa.sha256:
        raise DifferentArticle(
            f"made from a different article (“{sa.title or sa.source or 'untitled'}”, "
            f"not “{ra.title or ra.source or 'untitled'}”)"
        )


def map_match(
    reference: ArgumentMap,
    student: ArgumentMap,
    weights: Weights | None = None,
    overrides: Mapping[str, str | None] | None = None,
) -> MatchResult:
    """Compare `student` with `reference` (see the module docstring)."""
    check_same_article(reference, student)
    w = weights or Weights()
    al = align(reference, student, overrides)
    lines = [
        _conclusion(reference, student, al),
        _units(reference, student, al),
        _polarity(reference, student, al),
        _attachment(reference, student, al),
        _linked(reference, student, al),
    ]
    scored = [(getattr(w, x.key), x.score) for x in lines if x.score is not None]
    weight_sum = sum(wt for wt, _ in scored)
    total = sum(wt * s for wt, s in scored) / weight_sum if weight_sum else 0.0
    return MatchResult(lines, total, al, w)


def main_conclusions(m: ArgumentMap) -> list[str]:
    """Claims tagged conclusion; failing that, roots that have reasons."""
    tagged = [c.id for c in m.claims if c.role is Role.CONCLUSION]
    if tagged:
        return tagged
    targets = {a.target for a in m.arguments}
    return [c.id for c in m.roots() if c.id in targets]


def _name(m: ArgumentMap, claim_id: str) -> str:
    """A claim as a student recognises it: its wording, shortened, in quotes."""
    try:
        text = " ".join(m.claim(claim_id).text.split())
    except KeyError:
        return claim_id
    if not text:
        return claim_id
    return f"“{text if len(text) <= 48 else text[:47] + '…'}”"


def _conclusion(ref: ArgumentMap, stu: ArgumentMap, al: Alignment) -> Line:
    mains = main_conclusions(ref)
    if not mains:
        return Line("conclusion", None, "the reference marks no main conclusion")
    stu_roots = {c.id for c in stu.roots()}
    points: list[float] = []
    notes: list[str] = []
    for r in mains:
        s = al.to_student.get(r)
        if s is None:
            points.append(0.0)
            notes.append(f"{_name(ref, r)} not found")
        elif s in stu_roots:
            points.append(1.0)
            notes.append(f"{_name(ref, r)} found as your main conclusion")
        else:
            points.append(0.5)
            notes.append(f"{_name(ref, r)} found, but drawn as a reason for something else")
    missed = tuple(r for r, p in zip(mains, points, strict=True) if p < 1.0)
    return Line("conclusion", sum(points) / len(points), "; ".join(notes), missed)


def _f1(tp: int, n_student: int, n_ref: int) -> tuple[float, float, float]:
    p = tp / n_student if n_student else 0.0
    r = tp / n_ref if n_ref else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _units(ref: ArgumentMap, stu: ArgumentMap, al: Alignment) -> Line:
    ref_units = [c.id for c in ref.claims if not c.implicit]
    stu_units = {c.id for c in stu.claims if not c.implicit}
    if not ref_units:
        return Line("units", None, "the reference has no stated claims")
    tp = sum(1 for r in ref_units if al.to_student.get(r) in stu_units)
    p, r, f1 = _f1(tp, len(stu_units), len(ref_units))
    missing = tuple(x for x in ref_units if al.to_student.get(x) not in stu_units)
    detail = (
        f"{tp} of the reference's {len(ref_units)} claims found (recall {r:.0%}); "
        f"{tp} of your {len(stu_units)} claims match one (precision {p:.0%})"
    )
    return Line("units", f1, detail, missing)


def stances(m: ArgumentMap) -> dict[str, int]:
    """+1 (pro) or -1 (con) of each claim toward the main conclusion it hangs under; roots +1.

    A premise of a support takes its target's stance, of an attack the opposite; a
    premise of an undercut is against the direction the undercut argument pushes.
    First path found (breadth-first from the roots) wins.
    """
    stance: dict[str, int] = {}
    pushes: dict[str, int] = {}
    by_target: dict[str, list[Argument]] = {}
    for a in m.arguments:
        by_target.setdefault(a.target, []).append(a)
    queue: deque[str] = deque()
    for c in m.roots():
        stance[c.id] = 1
        queue.append(c.id)
    while queue:
        node = queue.popleft()
        direction = stance.get(node, pushes.get(node, 1))
        for a in by_target.get(node, []):
            sign = 1 if a.relation is Relation.SUPPORT else -1
            if a.id not in pushes:
                pushes[a.id] = direction * sign
                queue.append(a.id)
            for p in a.premises:
                if p not in stance:
                    stance[p] = direction * sign
                    queue.append(p)
    return stance


def _polarity(ref: ArgumentMap, stu: ArgumentMap, al: Alignment) -> Line:
    rs, ss = stances(ref), stances(stu)
    roots = {c.id for c in ref.roots()}
    compared = 0
    wrong: list[str] = []
    for pair in al.pairs:
        if pair.ref in roots or pair.ref not in rs or pair.student not in ss:
            continue
        compared += 1
        if rs[pair.ref] != ss[pair.student]:
            wrong.append(pair.ref)
    if not compared:
        return Line("polarity", None, "no matched reason to check for pro or con")
    detail = f"{compared - len(wrong)} of {compared} matched reasons are pro/con as in the reference"
    if wrong:
        detail += "; the other way round: " + ", ".join(_name(ref, w) for w in wrong)
    return Line("polarity", (compared - len(wrong)) / compared, detail, tuple(wrong))


Edge = tuple[str, object, str]


def _edges(m: ArgumentMap, rename: Mapping[str, str]) -> dict[Edge, Argument]:
    """(premise, target key, relation) -> the argument drawing that link, for every premise."""
    args = {a.id: a for a in m.arguments}
    memo: dict[str, object] = {}

    def key(node: str, depth: int = 0) -> object:
        if node not in args or depth > 50:
            return rename.get(node, f"\x00{node}")
        if node not in memo:
            a = args[node]
            memo[node] = ("arg", frozenset(key(p, depth + 1) for p in a.premises), key(a.target, depth + 1))
        return memo[node]

    out: dict[Edge, Argument] = {}
    for a in m.arguments:
        for p in a.premises:
            out[(str(key(p)), key(a.target), a.relation.value)] = a
    return out


def _link_text(m: ArgumentMap, premise: str, a: Argument) -> str:
    verb = "supports" if a.relation is Relation.SUPPORT else "attacks"
    try:
        inner = m.argument(a.target)
    except KeyError:
        return f"{_name(m, premise)} {verb} {_name(m, a.target)}"
    return f"{_name(m, premise)} {verb} the step from {_name(m, inner.premises[0])}"


def _attachment(ref: ArgumentMap, stu: ArgumentMap, al: Alignment) -> Line:
    r_edges = _edges(ref, {c.id: c.id for c in ref.claims})
    s_edges = _edges(stu, al.to_ref)
    if not r_edges and not s_edges:
        return Line("attachment", None, "neither map connects any claims")
    tp = len(r_edges.keys() & s_edges.keys())
    p, r, f1 = _f1(tp, len(s_edges), len(r_edges))
    missing = [(k[0], a) for k, a in r_edges.items() if k not in s_edges]
    detail = (
        f"{tp} of the reference's {len(r_edges)} links drawn with the same target and support/attack "
        f"(recall {r:.0%}); {tp} of your {len(s_edges)} links agree (precision {p:.0%})"
    )
    if missing:
        shown = "; ".join(_link_text(ref, prem, a) for prem, a in missing[:3])
        detail += f". Not drawn: {shown}" + ("; …" if len(missing) > 3 else "")
    return Line("attachment", f1, detail, tuple(dict.fromkeys(prem for prem, _ in missing)))


def _pairs(m: ArgumentMap, rename: Mapping[str, str]) -> set[frozenset[str]]:
    out: set[frozenset[str]] = set()
    for a in m.arguments:
        ids = [rename.get(p, f"\x00{p}") for p in a.premises]
        for i, x in enumerate(ids):
            for y in ids[i + 1 :]:
                if x != y:
                    out.add(frozenset((x, y)))
    return out


def _linked(ref: ArgumentMap, stu: ArgumentMap, al: Alignment) -> Line:
    rp = _pairs(ref, {c.id: c.id for c in ref.claims})
    sp = _pairs(stu, al.to_ref)
    if not rp and not sp:
        return Line("linked", None, "neither map links premises together")
    tp = len(rp & sp)
    _, _, f1 = _f1(tp, len(sp), len(rp))
    missed = tuple(sorted({x for pair in rp - sp for x in pair}))
    detail = (
        f"{tp} of the reference's {len(rp)} linked premise pair{'' if len(rp) == 1 else 's'} drawn together; "
        f"you linked {len(sp)} pair{'' if len(sp) == 1 else 's'}"
    )
    return Line("linked", f1, detail, missed)
