"""Map Match alignment: span IoU >= 0.5, one-to-one best first, wording for unanchored claims, teacher overrides.

Sentences in maps.TEXT are 33 characters with one space between: sentence 0 is [0, 33),
sentence 1 is [34, 67).
"""

from __future__ import annotations

from argmap.analysis.align import align
from argmap.analysis.spans import span_iou
from argmap.model import Span
from tests.argmap.analysis.maps import TEXT, claim, make


def test_iou_of_overlapping_and_split_spans():
    a = [Span.of(TEXT, 0, 33)]
    # [0, 60) overlaps [0, 33) on 33 characters; union 60: 33 / 60 = 0.55
    assert span_iou(a, [Span.of(TEXT, 0, 60)]) == 33 / 60
    # two spans [0, 10) + [20, 33) cover 23 characters, all inside [0, 33): 23 / 33
    assert span_iou(a, [Span.of(TEXT, 0, 10), Span.of(TEXT, 20, 33)]) == 23 / 33
    assert span_iou(a, []) == 0.0


def test_threshold_is_half_the_union():
    ref = make([claim("r1", span=(0, 33))], [])
    # IoU 33 / 67 = 0.4925: below 0.5, no match.
    below = make([claim("s1", span=(0, 67))], [])
    assert align(ref, below).missing == ["r1"]
    # IoU 33 / 60 = 0.55: a match.
    above = make([claim("s1", span=(0, 60))], [])
    pair = align(ref, above).pairs[0]
    assert (pair.ref, pair.student, pair.how, pair.score) == ("r1", "s1", "span", 0.55)


def test_one_to_one_best_overlap_first():
    ref = make([claim("r1", 0)], [])
    # s1 covers [10, 33): IoU 23 / 33 = 0.70; s2 covers all of sentence 0: IoU 1.0 wins.
    stu = make([claim("s1", span=(10, 33)), claim("s2", 0)], [])
    al = align(ref, stu)
    assert al.to_ref == {"s2": "r1"}
    assert al.extra == ["s1"]


def test_teacher_override_confirms_another_pair_or_no_match():
    ref = make([claim("r1", 0), claim("r2", 1)], [])
    stu = make([claim("s1", span=(10, 33)), claim("s2", 0), claim("s3", 1)], [])
    al = align(ref, stu, overrides={"r1": "s1", "r2": None})
    assert [(p.ref, p.student, p.how) for p in al.pairs] == [("r1", "s1", "teacher")]
    assert al.missing == ["r2"]
    assert al.extra == ["s2", "s3"]


def test_unanchored_claims_match_on_wording():
    ref = make([claim("r1", text="Open models are audited by everyone", span=None, implicit=True)], [])
    ref.claims[0].spans = []
    stu = make([claim("s1", text="open models are audited by everyone.", implicit=True)], [])
    stu.claims[0].spans = []
    al = align(ref, stu)
    assert [(p.ref, p.student, p.how) for p in al.pairs] == [("r1", "s1", "wording")]
