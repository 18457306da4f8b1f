"""Map Match, step 1: align a student's claims with the reference's by span overlap.

Two claims match when the characters they cover overlap with IoU >= 0.5 (claims with
no span, or only empty ones, such as implicit premises, match on wording instead: word-set Jaccard >= 0.5).
Matching is one-to-one, best overlap first. A teacher can confirm or override any
pair: `overrides` maps a reference claim id to the student claim id it matches, or to
None for "this reference claim has no match".

    al = align(reference, student)
    al.pairs        # [Pair(ref="c1", student="s3", score=0.92, how="span"), ...]
    al.missing      # reference claims the student did not find
    al.extra        # student claims that match nothing in the reference
    al.to_ref["s3"] # "c1"
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from argmap.analysis.spans import covered, merged, overlap
from argmap.model import ArgumentMap, Claim

IOU_THRESHOLD = 0.5
"""Span IoU from which a student claim is the same unit as a reference claim."""
WORDING_THRESHOLD = 0.5
"""Word-set Jaccard from which two unanchored claims match."""


@dataclass(frozen=True)
class Pair:
    """A reference claim and the student claim aligned with it."""

    ref: str
    student: str
    score: float
    """Span IoU (or wording overlap); 1.0 for a teacher's decision."""
    how: Literal["span", "wording", "teacher"]


@dataclass(frozen=True)
class Alignment:
    """The one-to-one alignment of a student map's claims with the reference's."""

    pairs: list[Pair]
    missing: list[str]
    extra: list[str]
    to_ref: dict[str, str] = field(default_factory=dict)
    to_student: dict[str, str] = field(default_factory=dict)


_WORD = re.compile(r"\w+")


def _words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(text) if len(w) > 2)


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    union = a | b
    return len(a & b) / len(union) if union else 0.0


def _candidates(ref: list[Claim], student: list[Claim]) -> list[tuple[float, int, int, str]]:
    """(score, ref index, student index, how) for every pair over its threshold."""
    out: list[tuple[float, int, int, str]] = []
    r_ranges = [merged(c.spans) for c in ref]
    s_ranges = [merged(c.spans) for c in student]
    r_len = [covered(r) for r in r_ranges]
    s_len = [covered(s) for s in s_ranges]
    r_bounds = [(r[0][0], r[-1][1]) if r else (0, 0) for r in r_ranges]
    for j, sr in enumerate(s_ranges):
        if not sr:
            continue
        lo, hi = sr[0][0], sr[-1][1]
        for i, rr in enumerate(r_ranges):
            if not rr or r_bounds[i][1] <= lo or r_bounds[i][0] >= hi:
                continue
            inter = overlap(rr, sr)
            if inter:
                iou = inter / (r_len[i] + s_len[j] - inter)
                if iou >= IOU_THRESHOLD:
                    out.append((iou, i, j, "span"))
    r_words = [_words(c.text) if not r else frozenset() for c, r in zip(ref, r_ranges, strict=True)]
    s_words = [_words(c.text) if not r else frozenset() for c, r in zip(student, s_ranges, strict=True)]
    for j, sw in enumerate(s_words):
        if not sw:
            continue
        for i, rw in enumerate(r_words):
            if rw:
                score = _jaccard(rw, sw)
                if score >= WORDING_THRESHOLD:
                    out.append((score, i, j, "wording"))
    return out


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
    for r_id, s_id in overrides.items():
        taken_r.add(r_id)
        if s_id is not None and s_id in stu_ids and s_id not in taken_s:
            pairs.append(Pair(r_id, s_id, 1.0, "teacher"))
            taken_s.add(s_id)
    cands = sorted(_candidates(ref, stu), key=lambda t: (-t[0], t[1], t[2]))
    for score, i, j, how in cands:
        r_id, s_id = ref[i].id, stu[j].id
        if r_id in taken_r or s_id in taken_s:
            continue
        pairs.append(Pair(r_id, s_id, round(score, 4), "span" if how == "span" else "wording"))
        taken_r.add(r_id)
        taken_s.add(s_id)
    order = {c.id: n for n, c in enumerate(ref)}
    pairs.sort(key=lambda p: order.get(p.ref, len(order)))
    to_ref = {p.student: p.ref for p in pairs}
    to_student = {p.ref: p.student for p in pairs}
    missing = [c.id for c in ref if c.id not in to_student]
    extra = [c.id for c in stu if c.id not in to_ref]
    return Alignment(pairs, missing, extra, to_ref, to_student)
