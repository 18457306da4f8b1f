"""Map Match lines on hand-checked maps, with the expected numbers worked out in comments."""

from __future__ import annotations

import pytest

from argmap.analysis.map_match import DifferentArticle, Weights, map_match
from argmap.model import Article, Relation, Role
from argmap.ops import EditArgument, RemoveClaim
from tests.argmap.analysis.maps import arg, claim, make

CON = Role.CONCLUSION


def reference():
    """c1 conclusion; c2 supports c1; c3 + c4 linked support c1; c5 attacks c1; c6 attacks c5.

    Edges (premise, target, relation): (c2,c1,s) (c3,c1,s) (c4,c1,s) (c5,c1,a) (c6,c5,a): 5.
    Linked pairs: {c3, c4}. Stances: c2 c3 c4 pro, c5 con, c6 pro.
    """
    return make(
        [claim("c1", 0, role=CON), *(claim(f"c{i}", i - 1) for i in range(2, 7))],
        [
            arg("a1", ["c2"], "support", "c1"),
            arg("a2", ["c3", "c4"], "support", "c1"),
            arg("a3", ["c5"], "attack", "c1"),
            arg("a4", ["c6"], "attack", "c5"),
        ],
    )


def test_a_partly_right_student_map():
    # Student: s1..s5 on the sentences of c1..c5; c6 missing; s7 extra (sentence 7);
    # c3 and c4 drawn as separate reasons; c5 drawn as a SUPPORT; s7 supports s1.
    student = make(
        [claim("s1", 0), claim("s2", 1), claim("s3", 2), claim("s4", 3), claim("s5", 4), claim("s7", 7)],
        [
            arg("b1", ["s2"], "support", "s1"),
            arg("b2", ["s3"], "support", "s1"),
            arg("b3", ["s4"], "support", "s1"),
            arg("b4", ["s5"], "support", "s1"),
            arg("b5", ["s7"], "support", "s1"),
        ],
    )
    r = map_match(reference(), student)
    # conclusion: c1 -> s1, and s1 is a root of the student map: 1.0
    assert r.line("conclusion").score == 1.0
    # units: 5 matched; precision 5/6 (s7 extra), recall 5/6 (c6 missing): F1 5/6
    assert r.line("units").score == pytest.approx(5 / 6)
    assert r.line("units").ids == ("c6",)
    # polarity: c2 c3 c4 c5 compared (c6 missing); c5 is con in the reference, pro here: 3/4
    assert r.line("polarity").score == pytest.approx(0.75)
    assert r.line("polarity").ids == ("c5",)
    # attachment: student edges (c2,c1,s) (c3,c1,s) (c4,c1,s) (c5,c1,s) (s7,c1,s);
    # 3 agree: precision 3/5, recall 3/5, F1 0.6; missed: c5's attack and c6's
    assert r.line("attachment").score == pytest.approx(0.6)
    assert r.line("attachment").ids == ("c5", "c6")
    # linked: reference pair {c3, c4}; the student links nothing: F1 0
    assert r.line("linked").score == 0.0
    # total: 0.2*1 + 0.3*5/6 + 0.15*0.75 + 0.25*0.6 + 0.1*0 = 0.2 + 0.25 + 0.1125 + 0.15 = 0.7125
    assert r.total == pytest.approx(0.7125)


def test_only_the_conclusion_scores_no_reason_for_or_against():
    student = make([claim("s1", 0)], [])
    r = map_match(reference(), student)
    # units: precision 1/1, recall 1/6: F1 = 2 * 1 * 1/6 / (1 + 1/6) = 2/7
    assert r.line("units").score == pytest.approx(2 / 7)
    # polarity: the reference has reasons, the student found none: 0, not n/a (leaving
    # things out must not take the line out of the total)
    assert r.line("polarity").score == 0.0
    # attachment 0 (no edges), linked 0 (the pair is missed)
    # total = 0.2*1 + 0.3*2/7 + 0.15*0 + 0.25*0 + 0.1*0 = 2/7
    assert r.total == pytest.approx(2 / 7)


def test_conclusion_found_but_drawn_as_a_reason_scores_half():
    # s1 (c1's sentence) is drawn as a premise for s2: found, but not as the main conclusion.
    student = make([claim("s1", 0), claim("s2", 1)], [arg("b1", ["s1"], "support", "s2")])
    assert map_match(reference(), student).line("conclusion").score == 0.5


def test_undercut_attachment_names_the_argument_attacked():
    # Reference: c2 supports c1 (a1); c3 undercuts a1. Student: c3 attacks c1 instead.
    ref = make(
        [claim("c1", 0, role=CON), claim("c2", 1), claim("c3", 2)],
        [arg("a1", ["c2"], "support", "c1"), arg("a2", ["c3"], "attack", "a1")],
    )
    same = make(
        [claim("s1", 0), claim("s2", 1), claim("s3", 2)],
        [arg("x1", ["s2"], "support", "s1"), arg("x2", ["s3"], "attack", "x1")],
    )
    assert map_match(ref, same).line("attachment").score == 1.0
    wrong = make(
        [claim("s1", 0), claim("s2", 1), claim("s3", 2)],
        [arg("x1", ["s2"], "support", "s1"), arg("x2", ["s3"], "attack", "s1")],
    )
    # edges: (c2,c1,s) agrees, (c3,c1,a) is not (c3,[a1],a): precision 1/2, recall 1/2
    assert map_match(ref, wrong).line("attachment").score == pytest.approx(0.5)
    # polarity still agrees: c3 is con c1 either way (undercutting a pro reason is con)
    assert map_match(ref, wrong).line("polarity").score == 1.0


def test_weights_are_normalised_and_adjustable():
    student = make([claim("s1", 0)], [])
    only_units = Weights(conclusion=0, units=1, polarity=0, attachment=0, linked=0)
    assert map_match(reference(), student, only_units).total == pytest.approx(2 / 7)


def test_a_map_of_another_article_is_refused():
    other = make([claim("s1", 0)], [])
    other.article = Article(text="A different article altogether.")
    with pytest.raises(DifferentArticle, match="different article"):
        map_match(reference(), other)


def test_seed_map_against_itself_scores_full_marks(sample_map):
    r = map_match(sample_map, sample_map.model_copy(deep=True))
    assert r.total == 1.0 and all(x.score == 1.0 for x in r.lines)


def test_seed_map_against_a_perturbed_copy(sample_map):
    # Perturb: ids renamed (alignment must not rely on them); claim c6 removed (with a4);
    # the misuse objection a7 flipped from attack to support.
    student = sample_map.model_copy(deep=True)
    RemoveClaim("c6").apply(student)
    EditArgument("a7", {"relation": Relation.SUPPORT}).apply(student)
    rename = {c.id: "s" + c.id for c in student.claims}
    for c in student.claims:
        c.id = rename[c.id]
    for a in student.arguments:
        a.premises = [rename[p] for p in a.premises]
        a.target = rename.get(a.target, a.target)
    r = map_match(sample_map, student)
    # conclusion: c1 found as a root: 1.0
    assert r.line("conclusion").score == 1.0
    # units: 9 of 10 found, all 9 of the student's match: F1 = 2 * 0.9 / 1.9 = 18/19
    assert r.line("units").score == pytest.approx(18 / 19)
    assert r.line("units").ids == ("c6",)
    # polarity: compared c2 c3 c4 c5 c10 c9 c7 c8 (8); c7 is now pro, so c8 (attacking c7) is con:
    # 2 wrong: 6/8
    assert r.line("polarity").score == pytest.approx(0.75)
    assert set(r.line("polarity").ids) == {"c7", "c8"}
    # attachment: reference 9 edges; student 8 (a4 gone), of which 7 agree (a7 flipped):
    # precision 7/8, recall 7/9, F1 = 2*(7/8)(7/9) / (7/8 + 7/9) = 98/119
    assert r.line("attachment").score == pytest.approx(98 / 119)
    # linked: {c3, c4} kept: 1.0
    assert r.line("linked").score == 1.0
    # total: 0.2 + 0.3*18/19 + 0.15*0.75 + 0.25*98/119 + 0.1 = 0.90259...
    expected = 0.2 + 0.3 * 18 / 19 + 0.15 * 0.75 + 0.25 * 98 / 119 + 0.1
    assert r.total == pytest.approx(expected)
    assert r.as_dict()["total"] == round(expected, 4)
