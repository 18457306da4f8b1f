"""DF-QuAD strengths on small maps computed by hand (the working is in each test's comments).

Base scores: none 0.0, weak 0.25, medium 0.5, strong 0.75, unset 0.5.
F(v1..vn) = 1 - prod(1 - vi); C(v0, va, vs) = v0 - v0(va - vs) if va >= vs else v0 + (1 - v0)(vs - va).
"""

from __future__ import annotations

import pytest

from argmap.analysis.dfquad import aggregate, combine, dfquad
from argmap.model import Strength
from tests.argmap.analysis.maps import arg, claim, make

S, M, W, N = Strength.STRONG, Strength.MEDIUM, Strength.WEAK, Strength.NONE


def test_aggregate_and_combine_by_hand():
    assert aggregate([]) == 0.0
    assert aggregate([0.5, 0.5]) == pytest.approx(0.75)  # 1 - 0.5 * 0.5
    assert combine(0.5, 0.75, 0.25) == pytest.approx(0.25)  # 0.5 - 0.5 * 0.5
    assert combine(0.5, 0.25, 0.75) == pytest.approx(0.75)  # 0.5 + 0.5 * 0.5


def test_one_support_and_one_attack():
    # a1 = c2 = 0.75 (strong, no undercut); a2 = c3 = 0.25 (weak).
    # c1: v0 0.5 (unset), va 0.25, vs 0.75 -> vs > va: 0.5 + (1 - 0.5)(0.75 - 0.25) = 0.75
    m = make(
        [claim("c1", 0), claim("c2", 1, strength=S), claim("c3", 2, strength=W)],
        [arg("a1", ["c2"], "support", "c1"), arg("a2", ["c3"], "attack", "c1")],
    )
    r = dfquad(m)
    assert r.strength["a1"] == pytest.approx(0.75)
    assert r.strength["a2"] == pytest.approx(0.25)
    assert r.strength["c1"] == pytest.approx(0.75)
    assert "C(0.5, 0.25, 0.75) = 0.75" in r.working("c1")
    assert not r.cyclic and r.converged


def test_relevance_scales_a_reason_before_aggregation():
    # a1 = c2 (medium 0.5) x relevance 0.5 = 0.25; a2 = c3 (medium) = 0.5.
    # vs = 1 - (1 - 0.25)(1 - 0.5) = 1 - 0.375 = 0.625; c1 strong v0 0.75, va 0:
    # 0.75 + 0.25 * 0.625 = 0.90625
    m = make(
        [claim("c1", 0, strength=S), claim("c2", 1, strength=M), claim("c3", 2, strength=M)],
        [arg("a1", ["c2"], "support", "c1", relevance=0.5), arg("a2", ["c3"], "support", "c1")],
    )
    r = dfquad(m)
    assert r.strength["a1"] == pytest.approx(0.25)
    assert r.strength["c1"] == pytest.approx(0.90625)
    assert "x relevance 0.5 = 0.25" in r.working("a1")


def test_linked_premises_count_as_their_weakest():
    # a1: c2 (strong 0.75) + c3 (weak 0.25) linked -> min 0.25, attacks c1 (medium 0.5):
    # va 0.25 >= vs 0: 0.5 - 0.5 * 0.25 = 0.375
    m = make(
        [claim("c1", 0, strength=M), claim("c2", 1, strength=S), claim("c3", 2, strength=W)],
        [arg("a1", ["c2", "c3"], "attack", "c1")],
    )
    assert dfquad(m).strength["c1"] == pytest.approx(0.375)


def test_an_undercut_weakens_the_inference_not_the_premise():
    # a1: c2 (strong 0.75) supports c1 (none 0.0); a2: c3 (medium 0.5) undercuts a1.
    # a1 = C(0.75, 0.5, 0) = 0.75 - 0.75 * 0.5 = 0.375; c2 stays 0.75.
    # c1 = 0.0 + (1 - 0.0)(0.375 - 0) = 0.375
    m = make(
        [claim("c1", 0, strength=N), claim("c2", 1, strength=S), claim("c3", 2, strength=M)],
        [arg("a1", ["c2"], "support", "c1"), arg("a2", ["c3"], "attack", "a1")],
    )
    r = dfquad(m)
    assert r.strength["c2"] == pytest.approx(0.75)
    assert r.strength["a1"] == pytest.approx(0.375)
    assert r.strength["c1"] == pytest.approx(0.375)


def test_strength_flows_down_a_chain():
    # c3 (strong 0.75) attacks c2 (medium 0.5): c2 = 0.5 - 0.5 * 0.75 = 0.125.
    # c2 supports c1 (weak 0.25): c1 = 0.25 + 0.75 * 0.125 = 0.34375
    m = make(
        [claim("c1", 0, strength=W), claim("c2", 1, strength=M), claim("c3", 2, strength=S)],
        [arg("a1", ["c2"], "support", "c1"), arg("a2", ["c3"], "attack", "c2")],
    )
    r = dfquad(m)
    assert r.strength["c2"] == pytest.approx(0.125)
    assert r.strength["c1"] == pytest.approx(0.34375)


def test_circular_support_is_iterated_to_its_fixpoint():
    # c1 and c2 (both unset 0.5) support each other: x = 0.5 + 0.5x has the fixpoint x = 1.
    m = make(
        [claim("c1", 0), claim("c2", 1)],
        [arg("a1", ["c2"], "support", "c1"), arg("a2", ["c1"], "support", "c2")],
    )
    r = dfquad(m)
    assert r.cyclic and r.converged
    assert r.strength["c1"] == pytest.approx(1.0, abs=1e-6)
    assert "go round in a circle" in r.working("c1")


def test_sample_map_main_conclusion(sample_map):
    # All bases unset (0.5). a1: c2 is supported by a2 (c3 + c4 linked, min 0.5):
    #   c2 = 0.5 + 0.5 * 0.5 = 0.75, so a1 = 0.75. a3 = a4 = 0.5.
    # a5: c10 0.5 undercut by a6 (c9 0.5): 0.5 - 0.5 * 0.5 = 0.25.
    # vs = 1 - 0.25 * 0.5 * 0.5 * 0.75 = 0.953125.
    # c7 = 0.5 - 0.5 * 0.5 = 0.25 (attacked by a8 = c8 = 0.5), so va = 0.25.
    # c1 = 0.5 + 0.5 * (0.953125 - 0.25) = 0.8515625
    r = dfquad(sample_map)
    assert r.strength["a5"] == pytest.approx(0.25)
    assert r.strength["c1"] == pytest.approx(0.8515625)
