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


def test_iou_of_half_the_union_is_a_full_match():
    ref = make([claim("r1", span=(0, 33))], [])
    # IoU 33 / 60 = 0.55: a match with full credit.
    above = make([claim("s1", span=(0, 60))], [])
    pair = align(ref, above).pairs[0]
    assert (pair.ref, pair.student, pair.how, pair.score) == ("r1", "s1", "span", 1.0)


def test_a_shorter_selection_inside_the_reference_is_a_full_match():
    ref = make([claim("r1", span=(0, 33))], [])
    # 10 of the 33 characters, all inside: IoU 0.3 but the same sentence
    inside = make([claim("s1", span=(20, 33))], [])
    assert align(ref, inside).pairs[0].score == 1.0
    # a few characters only are not the claim
    sliver = make([claim("s1", span=(28, 33))], [])
    assert align(ref, sliver).missing == ["r1"]


def test_a_box_over_several_claims_gets_partial_credit():
    ref = make([claim("r1", 0), claim("r2", 1), claim("r3", 2)], [])
    # one box over sentences 0-2 (101 characters) covers each 33-character claim fully:
    # it matches one of them, for the share of the box that claim is
    stu = make([claim("s1", 0, 1, 2)], [])
    stu.claims[0].spans = [stu.claims[0].spans[0].of(stu.article.text, 0, 101)]  # type: ignore[union-attr]
    al = align(ref, stu)
    assert [(p.ref, p.score) for p in al.pairs] == [("r1", round(33 / 101, 4))]
    assert al.missing == ["r2", "r3"]
    # covering only two thirds of a claim (and much more) is no match
    wide = make([claim("s1", span=(11, 101))], [])
    assert align(make([claim("r1", 0)], []), wide).missing == ["r1"]


def test_wording_helps_an_anchored_claim_that_overlaps_little():
    ref = make([claim("r1", 0, 1, text="Open models get safer faster")], [])
    stu = make([claim("s1", span=(50, 120), text="open models get safer faster!")], [])
    pair = align(ref, stu).pairs[0]
    assert (pair.how, pair.score) == ("span", 1.0)


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
