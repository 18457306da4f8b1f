"""Grounded labelling: hand-checked maps, and random frameworks against python-argumentation (py_arg)."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from argmap.analysis.dung import Label, grounded_labelling, grounded_map
from tests.argmap.analysis.maps import arg, claim, make

IN, OUT, UND = Label.IN, Label.OUT, Label.UNDECIDED


def test_a_chain_of_attacks_alternates_out_and_in():
    # a <- b <- c : c has no attacker (IN), so b is OUT, so a is IN.
    labels = grounded_labelling(["a", "b", "c"], [("b", "a"), ("c", "b")])
    assert labels == {"a": IN, "b": OUT, "c": IN}


def test_mutual_attack_and_self_attack_are_undecided():
    # a <-> b: neither is ever unattacked; s attacks itself; t is attacked only by s.
    labels = grounded_labelling(["a", "b", "s", "t"], [("a", "b"), ("b", "a"), ("s", "s"), ("s", "t")])
    assert labels == {"a": UND, "b": UND, "s": UND, "t": UND}


def test_an_in_attacker_settles_a_cycle_member():
    # a <-> b, and c (unattacked) attacks b: c IN, b OUT, so a IN.
    labels = grounded_labelling(["a", "b", "c"], [("a", "b"), ("b", "a"), ("c", "b")])
    assert labels == {"a": IN, "b": OUT, "c": IN}


def test_map_rebutted_objection_leaves_the_conclusion_in():
    # c1 <- a1 (attack, premise c2) <- a2 (attack on c2, premise c3).
    # c3 unattacked: IN; a2's premise IN, not undercut: IN; c2 OUT; a1 loses its premise: OUT;
    # c1's only attack OUT: IN.
    m = make(
        [claim("c1", 0), claim("c2", 1), claim("c3", 2)],
        [arg("a1", ["c2"], "attack", "c1"), arg("a2", ["c3"], "attack", "c2")],
    )
    g = grounded_map(m)
    assert [g.labels[x] for x in ("c1", "c2", "c3", "a1", "a2")] == [IN, OUT, IN, OUT, IN]
    assert g.explain("c2") == f"OUT because the objection “{m.claim('c3').text}” stands"
    assert g.explain("a1") == f"OUT because its premise “{m.claim('c2').text}” does not stand"
    assert g.explain("c1") == f"IN because the objection “{m.claim('c2').text}” does not stand"
    assert not any(f"{i} " in g.explain(i) for i in ("c1", "c2", "a1"))  # no internal ids


def test_map_undercut_knocks_out_the_inference_but_not_its_premise():
    # a1: c2 supports c1; a2: c3 undercuts a1. a1 OUT (undercut IN), c2 still IN.
    m = make(
        [claim("c1", 0), claim("c2", 1), claim("c3", 2)],
        [arg("a1", ["c2"], "support", "c1"), arg("a2", ["c3"], "attack", "a1")],
    )
    g = grounded_map(m)
    assert g.labels["a1"] is OUT and g.labels["c2"] is IN and g.labels["c1"] is IN
    assert g.explain("a1") == f"OUT because the undercut “{m.claim('c3').text}” stands"


def test_map_mutual_attack_is_undecided_with_a_reason():
    # c1 and c2 attack each other: both UNDECIDED, and so are both attack arguments.
    m = make(
        [claim("c1", 0), claim("c2", 1)],
        [arg("a1", ["c2"], "attack", "c1"), arg("a2", ["c1"], "attack", "c2")],
    )
    g = grounded_map(m)
    assert {g.labels[x] for x in ("c1", "c2", "a1", "a2")} == {UND}
    assert "undecided" in g.explain("c1")
    assert g.explain("a1").startswith(f"UNDECIDED because its premise “{m.claim('c2').text}")


def test_linked_attack_fails_when_one_premise_is_out():
    # a1: c2 + c3 (linked) attack c1; a2: c4 attacks c3. c3 OUT, so a1 OUT, so c1 IN.
    m = make(
        [claim("c1", 0), claim("c2", 1), claim("c3", 2), claim("c4", 3)],
        [arg("a1", ["c2", "c3"], "attack", "c1"), arg("a2", ["c4"], "attack", "c3")],
    )
    g = grounded_map(m)
    assert (g.labels["c3"], g.labels["a1"], g.labels["c1"]) == (OUT, OUT, IN)


def test_sample_map_labels(sample_map):
    g = grounded_map(sample_map)
    # The misuse objection c7 is rebutted by c8, so c1 stands; the bias undercut a6 knocks out a5.
    assert g.labels["c1"] is IN and g.labels["c7"] is OUT and g.labels["a5"] is OUT
    assert g.explain("a5").startswith("OUT because the undercut “")
    assert "Meta stands to benefit" in g.explain("a5") or "a6" not in g.explain("a5")


# --- against python-argumentation ----------------------------------------------


def _reference_grounded(nodes: list[str], attacks: list[tuple[str, str]]) -> dict[str, Label]:
    from py_arg.abstract_argumentation_classes.abstract_argumentation_framework import (
        AbstractArgumentationFramework,
    )
    from py_arg.abstract_argumentation_classes.argument import Argument
    from py_arg.abstract_argumentation_classes.defeat import Defeat
    from py_arg.algorithms.semantics.get_grounded_extension import get_grounded_extension

    objs = {n: Argument(n) for n in nodes}
    af = AbstractArgumentationFramework(
        "af", list(objs.values()), [Defeat(objs[a], objs[b]) for a, b in attacks]
    )
    ext = {a.name for a in get_grounded_extension(af)}
    out = {b for a, b in attacks if a in ext}
    return {n: IN if n in ext else OUT if n in out else UND for n in nodes}


@st.composite
def frameworks(draw: st.DrawFn) -> tuple[list[str], list[tuple[str, str]]]:
    n = draw(st.integers(1, 9))
    nodes = [f"n{i}" for i in range(n)]
    pairs = [(a, b) for a in nodes for b in nodes]
    attacks = draw(st.lists(st.sampled_from(pairs), max_size=2 * n, unique=True))
    return nodes, attacks


@given(frameworks())
def test_grounded_labelling_agrees_with_python_argumentation(fw):
    nodes, attacks = fw
    assert grounded_labelling(nodes, attacks) == _reference_grounded(nodes, attacks)


def test_larger_random_frameworks_agree_with_python_argumentation():
    rng = random.Random(7)
    for _ in range(20):
        nodes = [f"n{i}" for i in range(40)]
        attacks = list({(rng.choice(nodes), rng.choice(nodes)) for _ in range(60)})
        assert grounded_labelling(nodes, attacks) == _reference_grounded(nodes, attacks)
