"""One meaning per gesture: connect, drop, link, undercut, detach, flip, remove; unknown ids refused alike."""

import pytest

from argmap import edits
from argmap.model import Relation, Role
from argmap.ops import OpError


def _args(m):
    return {a.id: a for a in m.arguments}


def test_dropping_a_claim_on_another_makes_a_new_reason(sample_map):
    op = edits.connect(sample_map, "c6", "c7", Relation.SUPPORT, keep=True)
    inverse = op.apply(sample_map)
    added = [a for a in sample_map.arguments if a.premises == ["c6"] and a.target == "c7"]
    assert len(added) == 1 and added[0].relation == Relation.SUPPORT
    inverse.apply(sample_map)
    assert not [a for a in sample_map.arguments if a.target == "c7" and a.premises == ["c6"]]


def test_dropping_a_lone_reason_elsewhere_reconnects_it(sample_map):
    op = edits.connect(sample_map, "c6", "c2", Relation.ATTACK)
    op.apply(sample_map)
    a4 = _args(sample_map)["a4"]
    assert (a4.target, a4.relation) == ("c2", Relation.ATTACK)


def test_dropping_on_itself_or_same_target_changes_nothing(sample_map):
    assert edits.connect(sample_map, "c6", "c6", Relation.SUPPORT) is None
    assert edits.connect(sample_map, "c6", "c1", Relation.SUPPORT) is None


def test_link_premise_joins_the_reason_and_absorbs_the_lone_one(sample_map):
    op = edits.link_premise(sample_map, "c5", "a1")
    op.apply(sample_map)
    args = _args(sample_map)
    assert args["a1"].premises == ["c2", "c5"]
    assert "a3" not in args  # c5's own reason for c1 merged into the linked one


def test_undercut_attacks_the_inference(sample_map):
    edits.undercut(sample_map, "c8", "a1").apply(sample_map)
    assert any(a.target == "a1" and a.relation == Relation.ATTACK for a in sample_map.arguments)


def test_disconnect_takes_a_linked_premise_out_and_removes_lone_reasons(sample_map):
    edits.detach(sample_map, ["c3", "c6"]).apply(sample_map)
    args = _args(sample_map)
    assert args["a2"].premises == ["c4"]
    assert "a4" not in args


def test_remove_deletes_claims_with_relations_and_undoes(sample_map):
    before = sample_map.model_copy(deep=True)
    inverse = edits.remove(sample_map, ["c7", "a5", "a6"]).apply(sample_map)
    ids = {c.id for c in sample_map.claims}
    assert "c7" not in ids
    assert {"a5", "a6", "a7", "a8"}.isdisjoint(_args(sample_map))
    inverse.apply(sample_map)
    assert sample_map == before


def test_add_objection_to_an_objection_is_a_rebuttal(sample_map):
    op, new_id = edits.add_reason(sample_map, "c7", Relation.ATTACK)
    op.apply(sample_map)
    assert sample_map.claim(new_id).role == Role.REBUTTAL
    op, new_id = edits.add_reason(sample_map, "c1", Relation.SUPPORT, "More jobs.")
    op.apply(sample_map)
    assert sample_map.claim(new_id).role == Role.PREMISE
    assert any(a.premises == [new_id] and a.target == "c1" for a in sample_map.arguments)


def test_relayout_unpins_everything_in_one_step(sample_map):
    edits.move({"c2": (10.0, 20.0), "c3": (500.0, 20.0)}).apply(sample_map)
    assert set(sample_map.layout.pins) == {"c2", "c3"}
    inverse = edits.relayout(sample_map).apply(sample_map)
    assert sample_map.layout.pins == {}
    inverse.apply(sample_map)
    assert sample_map.layout.pins["c2"].x == 10.0


def test_connect_selected_makes_the_last_the_target(sample_map):
    edits.connect_selected(sample_map, ["c9", "c8", "c6"], Relation.ATTACK).apply(sample_map)
    new = [a for a in sample_map.arguments if a.target == "c6"]
    assert sorted(p for a in new for p in a.premises) == ["c8", "c9"]
    assert all(a.relation == Relation.ATTACK for a in new)


def test_collapse_only_claims_with_reasons(sample_map):
    assert edits.set_collapsed(sample_map, ["c10"], True) is None
    edits.set_collapsed(sample_map, ["c1"], True).apply(sample_map)
    assert sample_map.layout.collapsed == ["c1"]


def test_connect_as_objection_on_a_supporting_pair_switches_it_never_doubles_it(sample_map):
    """Regression (issue 12): c2 supports c1; c2 then c1, Ctrl+Shift+K: c2 attacks c1, once."""
    op = edits.connect_selected(sample_map, ["c2", "c1"], Relation.ATTACK)
    assert op.label == "Turn into objection"
    inverse = op.apply(sample_map)
    between = [a for a in sample_map.arguments if a.premises == ["c2"] and a.target == "c1"]
    assert [a.relation for a in between] == [Relation.ATTACK]
    inverse.apply(sample_map)
    assert _args(sample_map)["a1"].relation is Relation.SUPPORT
    assert edits.connect_selected(sample_map, ["c9", "c1"], Relation.ATTACK).label == "Connect as objection"


def test_a_dropped_objection_attacks_and_the_modifier_flips_it(sample_map):
    """Regression (issue 13, bug 2): a claim's kind decides the default relation of a drop."""
    edits.drop_on_claim(sample_map, ["c9"], "c6", flip=False, keep=True).apply(sample_map)
    assert [a.relation for a in sample_map.arguments if a.premises == ["c9"] and a.target == "c6"] == [
        Relation.ATTACK
    ]
    edits.drop_on_claim(sample_map, ["c5"], "c6", flip=False, keep=True).apply(sample_map)
    edits.drop_on_claim(sample_map, ["c3"], "c6", flip=True, keep=True).apply(sample_map)
    rel = {a.premises[0]: a.relation for a in sample_map.arguments if a.target == "c6"}
    assert rel == {"c9": Relation.ATTACK, "c5": Relation.SUPPORT, "c3": Relation.ATTACK}
    assert edits.drop_relation(sample_map, "c8", flip=False) is Relation.ATTACK  # a rebuttal attacks


def test_an_objection_dropped_on_a_junction_undercuts(sample_map):
    edits.drop_on_reason(sample_map, "c7", "a4", flip=False).apply(sample_map)
    assert any(a.premises == ["c7"] and a.target == "a4" for a in sample_map.arguments)
    edits.drop_on_reason(sample_map, "c5", "a4", flip=False).apply(sample_map)
    assert _args(sample_map)["a4"].premises == ["c6", "c5"]


def test_link_selected_joins_co_premises_into_one_reason(sample_map):
    before = sample_map.model_copy(deep=True)
    inverse = edits.link_selected(sample_map, ["c5", "c6", "c1"]).apply(sample_map)
    reasons = [a for a in sample_map.arguments if a.target == "c1" and {"c5", "c6"} & set(a.premises)]
    assert [sorted(a.premises) for a in reasons] == [["c5", "c6"]]
    inverse.apply(sample_map)
    assert sample_map == before
    with pytest.raises(OpError):
        edits.link_selected(sample_map, ["c5", "c1"])


def test_undercut_selected_attacks_the_selected_reason(sample_map):
    edits.undercut_selected(sample_map, ["a4", "c8"]).apply(sample_map)
    assert any(a.premises == ["c8"] and a.target == "a4" for a in sample_map.arguments)
    with pytest.raises(OpError):
        edits.undercut_selected(sample_map, ["c8", "c1"])


def test_flip_switches_selected_reasons_or_the_reasons_of_selected_claims(sample_map):
    edits.flip(sample_map, ["a1"]).apply(sample_map)
    assert _args(sample_map)["a1"].relation is Relation.ATTACK
    edits.flip(sample_map, ["c6"]).apply(sample_map)
    assert _args(sample_map)["a4"].relation is Relation.ATTACK


def test_detach_removes_selected_reasons_but_keeps_their_claims(sample_map):
    edits.detach(sample_map, ["a4"]).apply(sample_map)
    assert "a4" not in _args(sample_map) and "c6" in {c.id for c in sample_map.claims}
    with pytest.raises(OpError):
        edits.detach(sample_map, ["c6"])  # no longer a reason for anything


@pytest.mark.parametrize(
    "build",
    [
        lambda m: edits.connect(m, "zz", "c1", Relation.SUPPORT),
        lambda m: edits.connect_selected(m, ["zz", "c1"], Relation.SUPPORT),
        lambda m: edits.drop_on_claim(m, ["zz"], "c1", flip=False, keep=False),
        lambda m: edits.drop_on_reason(m, "c5", "zz", flip=False),
        lambda m: edits.link_premise(m, "zz", "a1"),
        lambda m: edits.undercut(m, "c5", "zz"),
        lambda m: edits.link_selected(m, ["c5", "zz", "c1"]),
        lambda m: edits.undercut_selected(m, ["zz", "a1"]),
        lambda m: edits.detach(m, ["zz"]),
        lambda m: edits.flip(m, ["zz"]),
        lambda m: edits.remove(m, ["c1", "zz"]),
        lambda m: edits.add_reason(m, "zz", Relation.SUPPORT),
        lambda m: edits.set_wording(m, "zz", "x"),
        lambda m: edits.set_role(m, "zz", Role.PREMISE),
        lambda m: edits.set_tag(m, ["c1"], "zz", True),
        lambda m: edits.add_span(m, "zz", 0, 3),
    ],
)
def test_an_unknown_id_is_refused_the_same_way_everywhere(sample_map, build):
    before = sample_map.model_copy(deep=True)
    with pytest.raises(OpError, match=r"no longer in the map|no article"):
        build(sample_map)
    assert sample_map == before


def test_every_new_id_comes_from_the_one_allocator(sample_map):
    op, claim_id = edits.add_reason(sample_map, "c1", Relation.SUPPORT)
    op.apply(sample_map)
    assert claim_id not in {"c1", "c2"} and len({*sample_map.ids()}) == len(sample_map.claims) + len(
        sample_map.arguments
    ) + len(sample_map.tags)
    assert sample_map.new_id("a", {"a12", "a13"}) not in {"a12", "a13", *sample_map.ids()}
