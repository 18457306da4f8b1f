"""Structure coach: each hint on a map that shows it, pointing at the right boxes, and dismissal."""

from __future__ import annotations

from argmap.analysis.coach import coach
from argmap.model import Role
from tests.argmap.analysis.maps import arg, claim, make

CON = Role.CONCLUSION


def codes(m, dismissed=()):
    return [(h.code, h.ids) for h in coach(m, dismissed)]


def test_a_well_formed_map_gets_no_hints():
    m = make(
        [claim("c1", 0, role=CON), claim("c2", 1), claim("c3", 2), claim("c4", 3)],
        [
            arg("a1", ["c2"], "support", "c1"),
            arg("a2", ["c3"], "attack", "c1"),
            arg("a3", ["c4"], "attack", "c3"),
        ],
    )
    assert codes(m) == []


def test_conclusion_without_reasons_and_orphan():
    m = make([claim("c1", 0, role=CON), claim("c2", 1)], [])
    assert codes(m) == [("no-reasons", ("c1",)), ("orphan", ("c2",))]


def test_premise_without_span_unless_implicit():
    m = make(
        [claim("c1", 0, role=CON), claim("c2"), claim("c3", implicit=True), claim("c4", 3)],
        [arg("a1", ["c2"], "support", "c1"), arg("a2", ["c3", "c4"], "support", "c1")],
    )
    assert codes(m) == [("no-span", ("c2",))]


def test_circular_support():
    m = make(
        [claim("c1", 0, role=CON), claim("c2", 1), claim("c3", 2)],
        [
            arg("a1", ["c2"], "support", "c1"),
            arg("a2", ["c3"], "support", "c2"),
            arg("a3", ["c2"], "support", "c3"),
        ],
    )
    hints = [h for h in coach(m) if h.code == "circular"]
    assert len(hints) == 1 and set(hints[0].ids) == {"c2", "c3"}


def test_implicit_premise_drawn_as_a_separate_reason():
    m = make(
        [claim("c1", 0, role=CON), claim("c2", 1), claim("c3", implicit=True)],
        [arg("a1", ["c2"], "support", "c1"), arg("a2", ["c3"], "support", "c1")],
    )
    assert codes(m) == [("should-link", ("c3", "c2"))]


def test_objection_without_response_but_not_the_rebuttal():
    m = make(
        [claim("c1", 0, role=CON), claim("c2", 1), claim("c3", 2), claim("c4", 3)],
        [
            arg("a1", ["c2"], "support", "c1"),
            arg("a2", ["c3"], "attack", "c1"),
        ],
    )
    m.claims[3].role = Role.REBUTTAL
    assert ("no-response", ("c3", "a2")) in codes(m)
    # c4 answers the objection: the hint goes, and c4's own attack is a response, not an objection
    m.arguments.append(arg("a3", ["c4"], "attack", "c3"))
    assert [c for c, _ in codes(m)] == []


def test_reason_that_restates_its_parent():
    m = make(
        [
            claim("c1", 0, role=CON, text="Open source is the better path for AI"),
            claim("c2", 1, text="For AI, open source is the better path"),
        ],
        [arg("a1", ["c2"], "support", "c1")],
    )
    assert codes(m) == [("restates-parent", ("c2", "c1"))]


def test_a_dismissed_hint_stays_dismissed_and_others_remain():
    m = make([claim("c1", 0, role=CON), claim("c2", 1)], [])
    first = coach(m)[0]
    assert first.key == "no-reasons:c1"
    assert codes(m, dismissed={first.key}) == [("orphan", ("c2",))]


def test_sample_map_hint(sample_map):
    # The bias undercut (c9) is not answered in the article: the one thing a teacher would ask about.
    assert codes(sample_map) == [("no-response", ("c9", "a6"))]
