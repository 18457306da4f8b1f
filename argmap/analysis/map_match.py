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
from argmap.wording import counted


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
    "conclusion": "Main conclusion",
    "units": "Claims found",
    "polarity": "For or against",
    "attachment": "Arrows",
    "linked": "Reasons that work together",
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
    """A claim as a student recognises it: its wording, cut on a word boundary, in quotes."""
    try:
        text = " ".join(m.claim(claim_id).text.split())
    except KeyError:
        return "a box"
    text = text.rstrip(".")
    return f"“{shorten(text)}”" if text else "a box with no wording"


def shorten(text: str, limit: int = 60) -> str:
    """`text` cut at the last whole word before `limit` characters, with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(",;:.—-–") + "…"


def _conclusion(ref: ArgumentMap, stu: ArgumentMap, al: Alignment) -> Line:
    mains = main_conclusions(ref)
    if not mains:
        return Line("conclusion", None, "The teacher's map marks no main conclusion.")
    stu_roots = {c.id for c in stu.roots()}
    points: list[float] = []
    notes: list[str] = []
    how = {p.ref: p.how for p in al.pairs}
    for r in mains:
        s = al.to_student.get(r)
        credit = al.credit(r)
        if s is None:
            points.append(0.0)
            notes.append(f"You did not find the author's main conclusion, {_name(ref, r)}.")
        elif s in stu_roots:
            points.append(credit)
            if how.get(r) == "alternative":
                notes.append(f"Your main conclusion, {_name(stu, s)}, is a reading your teacher accepts.")
            elif credit < 1.0:
                notes.append(
                    f"You found the main conclusion, {_name(ref, r)}, inside a box that says much "
                    "more; give it a box of its own."
                )
            else:
                notes.append(f"You found the main conclusion, {_name(ref, r)}.")
        else:
            points.append(0.5 * credit)
            notes.append(
                f"Your box {_name(stu, s)} is the author's main conclusion, {_name(ref, r)}, "
                "but you drew it as a reason for something else."
            )
    missed = tuple(r for r, p in zip(mains, points, strict=True) if p < 1.0)
    return Line("conclusion", sum(points) / len(points), " ".join(notes), missed)


def _f1(tp: float, n_student: int, n_ref: int) -> tuple[float, float, float]:
    p = tp / n_student if n_student else 0.0
    r = tp / n_ref if n_ref else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _count(n: float) -> str:
    return f"{n:g}" if n == int(n) else f"{n:.1f}"


def _units(ref: ArgumentMap, stu: ArgumentMap, al: Alignment) -> Line:
    ref_units = [c.id for c in ref.claims if not c.implicit]
    stu_units = {c.id for c in stu.claims if not c.implicit}
    if not ref_units:
        return Line("units", None, "The teacher's map has no claims taken from the article.")
    found = [r for r in ref_units if al.to_student.get(r) in stu_units]
    tp = sum(al.credit(r) for r in found)
    _, _, f1 = _f1(tp, len(stu_units), len(ref_units))
    missing = tuple(x for x in ref_units if x not in found)
    detail = f"You found {len(found)} of the {counted(len(ref_units), 'claim')} the author makes."
    part = [r for r in found if al.credit(r) < 1.0]
    if part:
        detail += (
            f" {len(part)} of them {'is' if len(part) == 1 else 'are'} inside a box that covers much "
            "more of the article, so it counts only in part."
        )
    extra = len(stu_units) - len(found)
    if extra:
        detail += (
            f" {extra} of your {counted(len(stu_units), 'box', 'boxes')} {'is' if extra == 1 else 'are'} "
            "not in the teacher's map."
        )
    return Line("units", f1, detail, missing)


def stances_from(m: ArgumentMap, root: str) -> dict[str, int]:
    """+1 (for) or -1 (against) of each claim connected to `root` through reasons and objections.

    A premise of a support takes its target's stance, of an attack the opposite; a
    premise of an undercut is against the direction the undercut argument pushes.
    First path found (breadth-first from `root`) wins; `root` itself is +1.
    """
    stance: dict[str, int] = {root: 1}
    pushes: dict[str, int] = {}
    by_target: dict[str, list[Argument]] = {}
    for a in m.arguments:
        by_target.setdefault(a.target, []).append(a)
    queue: deque[str] = deque([root])
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


def stances(m: ArgumentMap) -> dict[str, int]:
    """Stances toward every main conclusion (`stances_from` each; the first conclusion wins a tie)."""
    out: dict[str, int] = {}
    for root in main_conclusions(m) or [c.id for c in m.roots()]:
        for k, v in stances_from(m, root).items():
            out.setdefault(k, v)
    return out


def _polarity(ref: ArgumentMap, stu: ArgumentMap, al: Alignment) -> Line:
    compared = 0
    wrong: list[str] = []
    notes: list[str] = []
    has_reasons = False
    loose: list[str] = []
    target = "your main conclusion"
    claim_ids = {c.id for c in ref.claims}
    stu_roots = {c.id for c in stu.roots()}
    for main in main_conclusions(ref):
        rs = stances_from(ref, main)
        reasons = [x for x in rs if x != main and x in claim_ids]
        has_reasons = has_reasons or bool(reasons)
        s_main = al.to_student.get(main)
        if s_main is None:
            continue
        if s_main in stu_roots:
            target = "your main conclusion"
        else:
            target = f"{_name(stu, s_main)}, the author's main conclusion"
        ss = stances_from(stu, s_main)
        for r in reasons:
            s = al.to_student.get(r)
            if s is None:
                continue
            compared += 1
            if s not in ss:
                wrong.append(r)
                loose.append(s)
            elif ss[s] != rs[r]:
                wrong.append(r)
                drawn, meant = ("for", "against") if ss[s] > 0 else ("against", "for")
                if len(notes) <= 4:  # four are shown; naming the rest would cost time on big maps
                    notes.append(
                        f"You drew {_name(stu, s)} {drawn} {_name(stu, s_main)}; the author uses it {meant}."
                    )
                else:
                    notes.append("")
    if not has_reasons:
        return Line("polarity", None, "The teacher's map has no reasons or objections.")
    if not compared:
        if not any(al.to_student.get(m) for m in main_conclusions(ref)):
            why = "You did not find the main conclusion, so no reason could be checked for or against it."
        else:
            why = "You found none of the author's reasons or objections."
        return Line("polarity", 0.0, why)
    right = compared - len(wrong)
    detail = (
        f"Of the {counted(compared, 'reason or objection', 'reasons and objections')} you found, {right or 'none'} "
        f"{'is' if right == 1 else 'are'} drawn for or against the main conclusion the way the author means."
    )
    if notes:
        detail += " " + " ".join(notes[:4]) + (" …" if len(notes) > 4 else "")
    if loose:
        names = ", ".join(_name(stu, x) for x in loose[:3]) + (" …" if len(loose) > 3 else "")
        detail += (
            f" {len(loose)} of them {'is' if len(loose) == 1 else 'are'} not connected by arrows to "
            f"{target}: {names}."
        )
    return Line("polarity", right / compared, detail, tuple(dict.fromkeys(wrong)))


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


def _link_text(m: ArgumentMap, premise: str, a: Argument, verb: str = "") -> str:
    verb = verb or ("as a reason for" if a.relation is Relation.SUPPORT else "against")
    try:
        inner = m.argument(a.target)
    except KeyError:
        return f"{_name(m, premise)} {verb} {_name(m, a.target)}"
    return f"{_name(m, premise)} {verb} the step from {_name(m, inner.premises[0])}"


def _flip(key: Edge) -> Edge:
    return (key[0], key[1], "attack" if key[2] == "support" else "support")


def _attachment(ref: ArgumentMap, stu: ArgumentMap, al: Alignment) -> Line:
    r_edges = _edges(ref, {c.id: c.id for c in ref.claims})
    s_edges = _edges(stu, al.to_ref)
    if not r_edges:
        return Line("attachment", None, "The teacher's map draws no arrows.")
    tp = len(r_edges.keys() & s_edges.keys())
    _, _, f1 = _f1(tp, len(s_edges), len(r_edges))
    missing = [(k, a) for k, a in r_edges.items() if k not in s_edges]
    flipped = [(k, a) for k, a in missing if _flip(k) in s_edges]
    absent = [(k, a) for k, a in missing if _flip(k) not in s_edges]
    detail = (
        f"You drew {tp or 'none'} of the author's {counted(len(r_edges), 'arrow')} "
        "from the same claim to the same claim, the same way."
    )
    for k, a in flipped[:3]:
        drawn = "as a reason for" if k[2] == "attack" else "against"
        meant = "an objection" if k[2] == "attack" else "a reason"
        detail += f" You drew {_link_text(ref, k[0], a, drawn)}; the author means it as {meant}."
    if absent:
        shown = "; ".join(_link_text(ref, k[0], a) for k, a in absent[:3])
        detail += f" Not drawn: {shown}" + ("; …" if len(absent) > 3 else ".")
    extra = len(s_edges.keys() - r_edges.keys()) - len(flipped)
    if extra > 0:
        detail += f" {extra} of your arrows {'is' if extra == 1 else 'are'} not in the teacher's map."
    return Line("attachment", f1, detail, tuple(dict.fromkeys(k[0] for k, _ in missing)))


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
    if not rp:
        return Line("linked", None, "In the teacher's map no reasons work together.")
    tp = len(rp & sp)
    _, _, f1 = _f1(tp, len(sp), len(rp))
    notes: list[str] = []
    for pair in sorted(rp, key=sorted):
        a, b = sorted(pair)
        both = f"{_name(ref, a)} and {_name(ref, b)}"
        if pair in sp:
            notes.append(f"You drew {both} together as one reason, as the author means them.")
        elif a in al.to_student and b in al.to_student:
            notes.append(f"{both} work together as one reason; you did not draw them as one.")
        else:
            notes.append(f"{both} work together as one reason; you did not find both.")
    wrong = len(sp - rp)
    if wrong:
        notes.append(
            f"{wrong} of the pairs you joined into one reason {'is' if wrong == 1 else 'are'} not joined by the author."
        )
    missed = tuple(sorted({x for pair in rp - sp for x in pair}))
    return Line("linked", f1, " ".join(notes), missed)
