"""The overlay bundle the UI shows: badges per box, hints, and Map Match marks for the side-by-side view."""

from __future__ import annotations

import pytest

from argmap.analysis.dung import Label
from argmap.analysis.map_match import map_match
from argmap.analysis.overlay import evaluate, match_marks
from argmap.ops import RemoveClaim


def test_every_box_gets_a_badge_with_its_reasons(sample_map):
    ov = evaluate(sample_map)
    assert set(ov.badges) == {c.id for c in sample_map.claims} | {a.id for a in sample_map.arguments}
    c1 = ov.badges["c1"]
    assert c1.label is Label.IN and c1.strength == pytest.approx(0.8515625)
    assert ov.because("c1").startswith("IN because") and ov.working("c1").startswith("c1: base 0.5")
    assert [h.code for h in ov.hints_for("c9")] == ["no-response"]
    assert evaluate(sample_map, dismissed={ov.hints[0].key}).hints == []


def test_match_marks_for_both_sides(sample_map):
    student = sample_map.model_copy(deep=True)
    RemoveClaim("c6").apply(student)
    ref, stu = match_marks(map_match(sample_map, student))
    assert ref["c6"] == "missing" and ref["c1"] == "matched"
    assert "c6" not in stu and set(stu.values()) == {"matched"}
