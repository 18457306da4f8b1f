"""Every op applies itself and returns its inverse; undo restores the map exactly."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from argmap import ops
from argmap.analysis.findings import has_errors, validate
from argmap.io.native import dumps
from argmap.model import Argument, ArgumentMap, Claim, Point, Relation, Tag
from tests.strategies import argument_maps, ops_for


@given(st.data())
def test_op_then_inverse_restores_the_map(data: st.DataObject) -> None:
    m = data.draw(argument_maps())
    op = data.draw(ops_for(m))
    before = dumps(m)
    try:
        inverse = op.apply(m)
    except ops.OpError:
        assert dumps(m) == before, "a failing op must leave the map untouched"
        return
    assert not has_errors(validate(m)), "an op must never make a valid map invalid"
    redo = inverse.apply(m)
    assert dumps(m) == before
    after_undo_redo = redo.apply(m)  # redo after undo works too
    after_undo_redo.apply(m)
    assert dumps(m) == before


@given(st.data())
def test_random_edit_sequence_undo_all_redo_all(data: st.DataObject) -> None:
    m = data.draw(argument_maps(max_claims=6))
    start = dumps(m)
    undo: list[ops.Op] = []
    states = [start]
    for _ in range(data.draw(st.integers(1, 8))):
        op = data.draw(ops_for(m))
        try:
            undo.append(op.apply(m))
        except ops.OpError:
            continue
        states.append(dumps(m))
    redo: list[ops.Op] = []
    for inv in reversed(undo):
        redo.append(inv.apply(m))
    assert dumps(m) == start
    for r, expected in zip(reversed(redo), states[1:], strict=True):
        r.apply(m)
        assert dumps(m) == expected


def test_remove_claim_takes_its_relations_and_undo_puts_them_back(sample_map: ArgumentMap) -> None:
    before = dumps(sample_map)
    inverse = ops.RemoveClaim("c7").apply(sample_map)  # the misuse objection
    ids = {a.id for a in sample_map.arguments}
    assert "a7" not in ids, "the objection's attack on the conclusion goes"
    assert "a8" not in ids, "the rebuttal's attack on the removed objection goes"
    assert any(c.id == "c8" for c in sample_map.claims), "the rebuttal claim itself stays"
    inverse.apply(sample_map)
    assert dumps(sample_map) == before


def test_removing_one_linked_premise_keeps_the_reason(sample_map: ArgumentMap) -> None:
    inverse = ops.RemoveClaim("c4").apply(sample_map)
    assert sample_map.argument("a2").premises == ["c3"]
    inverse.apply(sample_map)
    assert sample_map.argument("a2").premises == ["c3", "c4"]


def test_removing_an_argument_removes_its_undercut(sample_map: ArgumentMap) -> None:
    ops.RemoveArgument("a5").apply(sample_map)
    assert all(a.target != "a5" for a in sample_map.arguments)


def test_ops_refuse_what_does_not_fit(sample_map: ArgumentMap) -> None:
    before = dumps(sample_map)
    with pytest.raises(ops.OpError, match="already used"):
        ops.AddClaim(Claim(id="c1", text="dup")).apply(sample_map)
    with pytest.raises(ops.OpError, match="not claims"):
        ops.AddArgument(Argument(id="z", premises=["nope"], relation=Relation.SUPPORT, target="c1")).apply(
            sample_map
        )
    with pytest.raises(ops.OpError, match="itself"):
        ops.AddArgument(Argument(id="z", premises=["c1"], relation=Relation.SUPPORT, target="c1")).apply(
            sample_map
        )
    with pytest.raises(ops.OpError, match="cannot be edited"):
        ops.EditClaim("c1", {"id": "x"}).apply(sample_map)
    failing = ops.Batch([ops.EditClaim("c1", {"text": "changed"}), ops.RemoveClaim("missing")])
    with pytest.raises(ops.OpError):
        failing.apply(sample_map)
    assert dumps(sample_map) == before, "a failing batch is rolled back"


def test_remove_tag_untags_claims(sample_map: ArgumentMap) -> None:
    inverse = ops.RemoveTag("t2").apply(sample_map)
    assert all("t2" not in c.tags for c in sample_map.claims)
    inverse.apply(sample_map)
    assert sample_map.claim("c7").tags == ["t2"]


def test_labels_read_well_in_the_edit_menu() -> None:
    assert ops.AddClaim(Claim(id="x", text="Open models get safer faster and safer")).label.startswith(
        "Add claim “Open"
    )
    assert ops.SetPin("x", Point(x=1, y=2)).label == "Move"
    assert ops.SetPin("x", None).label == "Unpin"
    assert ops.EditClaim("x", {"text": "t"}).label == "Edit wording"
    assert ops.AddTag(Tag(id="t", name="misuse risk")).label == "Add tag “misuse risk”"


@pytest.mark.parametrize(
    "op",
    [ops.SetCollapsed("c0", True), ops.SetPin("c0", Point(x=1, y=2))],
    ids=["collapse", "pin"],
)
def test_layout_state_of_a_claim_removed_in_the_same_batch_is_refused(op: ops.Op) -> None:
    """Found by the random op test: a batch removing a claim and then collapsing (or pinning) it
    left the layout naming a box that is not in the map."""
    m = ArgumentMap(claims=[Claim(id="c0", text="")])
    before = dumps(m)
    with pytest.raises(ops.OpError, match="'c0'"):
        ops.Batch([ops.RemoveClaim("c0"), op]).apply(m)
    assert dumps(m) == before


def test_a_claim_cannot_be_given_a_tag_the_map_does_not_have() -> None:
    """Found by the property test above: a batch that deletes a tag, then puts it on a claim."""

    m = ArgumentMap(claims=[Claim(id="c0", text="x", tags=["t0"])], tags=[Tag(id="t0", name="a", color="#000000")])
    before = dumps(m)
    step = ops.Batch([ops.RemoveTag("t0"), ops.EditClaim("c0", {"tags": ["t0"]})], "batch")
    with pytest.raises(ops.OpError, match="no tag 't0'"):
        step.apply(m)
    assert dumps(m) == before
