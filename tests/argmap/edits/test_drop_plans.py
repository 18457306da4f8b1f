"""Drop plans: the kind decides the relation, the label names what the op does, and every plan's op undoes exactly."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from argmap.edits.drop_plans import (
    ATTACK,
    LINKED,
    SUPPORT,
    UNDERCUT,
    DropTarget,
    add_co_premise,
    plan_drop,
)
from argmap.io.native import load
from argmap.model import ArgumentMap, Relation
from tests.conftest import SAMPLE_MAP


def _sample() -> ArgumentMap:
    return load(SAMPLE_MAP)


def _relation_after(m: ArgumentMap, premise: str, target: str) -> Relation:
    [arg] = [a for a in m.arguments if a.premises == [premise] and a.target == target]
    return arg.relation


@pytest.mark.parametrize(
    ("claim", "flip", "label", "relation"),
    [
        ("c10", False, SUPPORT, Relation.SUPPORT),  # a premise supports
        ("c10", True, ATTACK, Relation.ATTACK),  # Shift flips it
        ("c9", False, ATTACK, Relation.ATTACK),  # an objection attacks without Shift (bug 2)
        ("c9", True, SUPPORT, Relation.SUPPORT),
        ("c8", False, ATTACK, Relation.ATTACK),  # so does a rebuttal
    ],
)
def test_onto_a_claim_the_label_says_what_the_op_does(
    claim: str, flip: bool, label: str, relation: Relation
) -> None:
    m = _sample()
    plan = plan_drop(m, [claim], DropTarget(claim_id="c6"), flip=flip)
    assert plan.label == label and plan.valid
    assert plan.op is not None
    plan.op.apply(m)
    assert _relation_after(m, claim, "c6") is relation


def test_onto_a_reason_a_premise_links_and_an_objection_undercuts() -> None:
    m = _sample()
    linked = plan_drop(m, ["c6"], DropTarget(argument_id="a1"), flip=False)
    assert linked.label == LINKED and "linked premise" in linked.message
    cut = plan_drop(m, ["c9"], DropTarget(argument_id="a1"), flip=False)
    assert cut.label == UNDERCUT
    assert plan_drop(m, ["c6"], DropTarget(argument_id="a1"), flip=True).label == UNDERCUT
    assert cut.op is not None
    cut.op.apply(m)
    assert any(a.premises == ["c9"] and a.target == "a1" for a in m.arguments)


def test_invalid_drops_have_no_op_and_no_label() -> None:
    m = _sample()
    assert not plan_drop(m, ["c2"], DropTarget(claim_id="c2"), flip=False).valid  # onto itself
    same = plan_drop(m, ["c2"], DropTarget(claim_id="c1"), flip=False)  # already its reason
    assert not same.valid and same.label == "" and "Already connected" in same.message
    assert not plan_drop(m, ["c3"], DropTarget(argument_id="a2"), flip=False).valid  # already in it
    assert not plan_drop(m, ["c3", "c5"], DropTarget(argument_id="a1"), flip=False).valid
    assert not plan_drop(m, ["zz"], DropTarget(claim_id="c1"), flip=False).valid


def test_several_claims_each_take_their_own_kind() -> None:
    m = _sample()
    plan = plan_drop(m, ["c9", "c10"], DropTarget(claim_id="c6"), flip=False)
    assert plan.label == "support + attack" and plan.op is not None
    plan.op.apply(m)
    assert _relation_after(m, "c9", "c6") is Relation.ATTACK
    assert _relation_after(m, "c10", "c6") is Relation.SUPPORT


def test_co_premise_joins_the_claims_reason() -> None:
    m = _sample()
    assert add_co_premise(m, "c1") is None  # the conclusion is no premise
    made = add_co_premise(m, "c3")
    assert made is not None
    op, new_id = made
    undo = op.apply(m)
    assert m.argument("a2").premises == ["c3", "c4", new_id]
    undo.apply(m)
    assert m.model_dump() == _sample().model_dump()


_IDS = [f"c{i}" for i in range(1, 11)]


@given(
    dragged=st.lists(st.sampled_from(_IDS), min_size=1, max_size=3),
    onto=st.one_of(
        st.sampled_from(_IDS).map(lambda c: DropTarget(claim_id=c)),
        st.sampled_from([f"a{i}" for i in range(1, 9)]).map(lambda a: DropTarget(argument_id=a)),
    ),
    flip=st.booleans(),
    keep=st.booleans(),
)
def test_every_valid_plan_validates_and_undoes(
    dragged: list[str], onto: DropTarget, flip: bool, keep: bool
) -> None:
    m = _sample()
    before = m.model_dump()
    plan = plan_drop(m, dragged, onto, flip=flip, keep=keep)
    assert plan.valid == bool(plan.label)
    if plan.op is None:
        return
    undo = plan.op.apply(m)
    ArgumentMap.model_validate(m.model_dump())
    undo.apply(m)
    assert m.model_dump() == before
