"""Map Match, step 1: align a student's claims with the reference's by span overlap, containment and wording.

A student claim is the same unit as a reference claim, with a credit in 0..1, when:

- their characters overlap with IoU >= 0.5 (credit 1);
- the student's selection lies inside the reference's (90% or more of it) and covers at
  least a quarter of it, or of one of the reference's spans (credit 1): a shorter
  selection of the same sentence is the same claim;
- the student's selection covers most (80%) of the reference claim, or of one of its
  spans, but much more besides, e.g. one box over several reasons (credit: the share of
  the student's box that is the reference claim);
- their spans overlap and their wordings share half their words (credit: that share);
- neither has a span (implicit premises) and their wordings share half their words.

Matching is one-to-one, best credit first. A reference may accept alternative main
conclusions (`Classroom.alternative_theses`, set by the teacher): a student main
conclusion that matches one is paired with the reference's main conclusion. A teacher
can confirm or override any pair: `overrides` maps a reference claim id to the student
claim id it matches, or to None for "this reference claim has no match".

    al = align(reference, student)
    al.pairs        # [Pair(ref="c1", student="s3", score=0.92, how="span"), ...]
    al.missing      # reference claims the student did not find
    al.extra        # student claims that match nothing in the reference
    al.to_ref["s3"] # "c1"
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from argmap.analysis.spans import covered, merged, overlap
from argmap.model import ArgumentMap, Claim, Role

IOU_THRESHOLD = 0.5
"""Span IoU from which a student claim is the same unit as a reference claim."""
INSIDE = 0.9
"""Share of the student's selection inside the reference's from which it counts as inside."""
INSIDE_MIN = 0.25
"""Share of the reference (or of one of its spans) a selection inside it must still cover."""
COVERS = 0.8
"""Share of the reference (or of one of its spans) a wider selection must cover."""
WORDING_THRESHOLD = 0.5
"""Word-set Jaccard from which two claims' wordings count as the same."""

How = Literal["span", "wording", "teacher", "alternative"]


@dataclass(frozen=True)
class Pair:
    """A reference claim and the student claim aligned with it."""

    ref: str
    student: str
    score: float
    """The credit of the match in 0..1 (1.0 for a teacher's decision)."""
    how: How


@dataclass(frozen=True)
class Alignment:
    """The one-to-one alignment of a student map's claims with the reference's."""

    pairs: list[Pair]
    missing: list[str]
    extra: list[str]
    to_ref: dict[str, str] = field(default_factory=dict)
    to_student: dict[str, str] = field(default_factory=dict)
    credits: dict[str, float] = field(default_factory=dict)
    """Reference claim id -> the credit of its match."""

    def credit(self, ref_id: str) -> float:
        """The credit of the reference claim's match (0.0 when it has none)."""
        return self.credits.get(ref_id, 0.0)


_WORD = re.compile(r"\w+")


def _words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(text) if len(w) > 2)


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    union = a | b
    return len(a & b) / len(union) if union else 0.0


def span_credit(r: list[tuple[int, int]], s: list[tuple[int, int]], inter: int | None = None) -> float:
    """The credit of a student selection `s` for a reference claim `r` (merged ranges; 0.0 for none).

    `inter`: their overlap, when the caller has it already.
    """
    inter = overlap(r, s) if inter is None else inter
    if not inter:
        return 0.0
    r_len, s_len = covered(r), covered(s)
    if inter / (r_len + s_len - inter) >= IOU_THRESHOLD:
        return 1.0
    # the best share of one reference span the selection covers (a claim quoted twice)
    best_part = max(overlap([x], s) / (x[1] - x[0]) for x in r)
    got = max(inter / r_len, best_part)
    if inter / s_len >= INSIDE and got >= INSIDE_MIN:
        return 1.0
    if got >= COVERS:
        return inter / s_len
    return 0.0


Candidate = tuple[float, float, int, int, How]
"""(credit, span IoU to break ties, ref index, student index, how)."""


BUCKET = 512
"""Characters per bucket of the index that finds the reference claims a selection may overlap."""


def _candidates(ref: Sequence[Claim], student: Sequence[Claim]) -> list[Candidate]:
    """Every pair that matches at all."""
    out: list[Candidate] = []
    r_ranges = [merged(c.spans) for c in ref]
    s_ranges = [merged(c.spans) for c in student]
    words: dict[tuple[int, int], frozenset[str]] = {}

    def wording(i: int, j: int) -> float:
        for key, claim in (((0, i), ref[i]), ((1, j), student[j])):
            if key not in words:
                words[key] = _words(claim.text)
        return _jaccard(words[(0, i)], words[(1, j)])

    index: dict[int, list[int]] = {}
    for i, rr in enumerate(r_ranges):
        for lo, hi in rr:
            for b in range(lo // BUCKET, (hi - 1) // BUCKET + 1):
                index.setdefault(b, []).append(i)
    for j, sr in enumerate(s_ranges):
        near = sorted(
            {
                i
                for lo, hi in sr
                for b in range(lo // BUCKET, (hi - 1) // BUCKET + 1)
                for i in index.get(b, ())
            }
        )
        for i in near:
            rr = r_ranges[i]
            inter = overlap(rr, sr)
            if not inter:
                continue
            credit = span_credit(rr, sr, inter)
            if credit < 1.0 and wording(i, j) >= WORDING_THRESHOLD:
                credit = max(credit, wording(i, j))
            if credit > 0:
                out.append((credit, inter / (covered(rr) + covered(sr) - inter), i, j, "span"))
    bare_r = [i for i, rr in enumerate(r_ranges) if not rr]
    for j, sr in enumerate(s_ranges):
        if sr:
            continue
        for i in bare_r:
            score = wording(i, j)
            if score >= WORDING_THRESHOLD:
                out.append((score, score, i, j, "wording"))
    return out


def _is_main(m: ArgumentMap, c: Claim) -> bool:
    """A claim the student presents as a main conclusion: tagged so, or a root with reasons."""
    if c.role is Role.CONCLUSION:
        return True
    return not any(c.id in a.premises for a in m.arguments) and any(a.target == c.id for a in m.arguments)


def align(
    reference: ArgumentMap, student: ArgumentMap, overrides: Mapping[str, str | None] | None = None
) -> Alignment:
    """Align `student`'s claims with `reference`'s (see the module docstring)."""
    overrides = overrides or {}
    ref, stu = reference.claims, student.claims
    stu_ids = {c.id for c in stu}
    pairs: list[Pair] = []
    taken_r: set[str] = set()
    taken_s: set[str] = set()

    def take(r_id: str, s_id: str, score: float, how: How) -> None:
        pairs.append(Pair(r_id, s_id, round(score, 4), how))
        taken_r.add(r_id)
        taken_s.add(s_id)

    for r_id, s_id in overrides.items():
        taken_r.add(r_id)
        if s_id is not None and s_id in stu_ids and s_id not in taken_s:
            take(r_id, s_id, 1.0, "teacher")
    cands = sorted(_candidates(ref, stu), key=lambda t: (-t[0], -t[1], t[2], t[3]))
    for score, _iou, i, j, how in cands:
        if ref[i].id not in taken_r and stu[j].id not in taken_s:
            take(ref[i].id, stu[j].id, score, how)
    _alternatives(reference, student, take, taken_r, taken_s)
    order = {c.id: n for n, c in enumerate(ref)}
    pairs.sort(key=lambda p: order.get(p.ref, len(order)))
    to_ref = {p.student: p.ref for p in pairs}
    to_student = {p.ref: p.student for p in pairs}
    missing = [c.id for c in ref if c.id not in to_student]
    extra = [c.id for c in stu if c.id not in to_ref]
    return Alignment(pairs, missing, extra, to_ref, to_student, {p.ref: p.score for p in pairs})


def _alternatives(
    reference: ArgumentMap,
    student: ArgumentMap,
    take: Callable[[str, str, float, How], None],
    taken_r: set[str],
    taken_s: set[str],
) -> None:
    """Pair an unmatched reference main conclusion with a student main conclusion on an accepted alternative."""
    alts = reference.classroom.alternative_theses if reference.classroom else []
    if not alts:
        return
    mains = [c for c in reference.claims if c.role is Role.CONCLUSION and c.id not in taken_r]
    free = [c for c in student.claims if c.id not in taken_s and _is_main(student, c)]
    if not mains or not free:
        return
    best = sorted(_candidates(alts, free), key=lambda t: (-t[0], -t[1], t[2], t[3]))
    for score, _iou, _i, j, _how in best:
        if not mains:
            break
        if free[j].id not in taken_s:
            take(mains.pop(0).id, free[j].id, score, "alternative")
