from argmap.model import Relation, Role
from ui.map import intents


def _args(m):
    return {a.id: a for a in m.arguments}


def test_dropping_a_claim_on_another_makes_a_new_reason(sample_map):
    op = intents.connect(sample_map, "c6", "c7", Relation.SUPPORT, keep=True)
    inverse = op.apply(sample_map)
    added = [a for a in sample_map.arguments if a.premises == ["c6"] and a.target == "c7"]
    assert len(added) == 1 and added[0].relation == Relation.SUPPORT
    inverse.apply(sample_map)
    assert not [a for a in sample_map.arguments if a.target == "c7" and a.premises == ["c6"]]


def test_dropping_a_lone_reason_elsewhere_reconnects_it(sample_map):
    op = intents.connect(sample_map, "c6", "c2", Relation.ATTACK)
    op.apply(sample_map)
    a4 = _args(sample_map)["a4"]
    assert (a4.target, a4.relation) == ("c2", Relation.ATTACK)


def test_dropping_on_itself_or_same_target_changes_nothing(sample_map):
    assert intents.connect(sample_map, "c6", "c6", Relation.SUPPORT) is None
    assert intents.connect(sample_map, "c6", "c1", Relation.SUPPORT) is None


def test_link_premise_joins_the_reason_and_absorbs_the_lone_one(sample_map):
    op = intents.link_premise(sample_map, "c5", "a1")
    op.apply(sample_map)
    args = _args(sample_map)
    assert args["a1"].premises == ["c2", "c5"]
    assert "a3" not in args  # c5's own reason for c1 merged into the linked one


def test_undercut_attacks_the_inference(sample_map):
    intents.undercut(sample_map, "c8", "a1").apply(sample_map)
    assert any(a.target == "a1" and a.relation == Relation.ATTACK for a in sample_map.arguments)


def test_disconnect_takes_a_linked_premise_out_and_removes_lone_reasons(sample_map):
    intents.disconnect(sample_map, ["c3", "c6"]).apply(sample_map)
    args = _args(sample_map)
    assert args["a2"].premises == ["c4"]
    assert "a4" not in args


def test_remove_deletes_claims_with_relations_and_undoes(sample_map):
    before = sample_map.model_copy(deep=True)
    inverse = intents.remove(sample_map, ["c7"], ["a5", "a6"]).apply(sample_map)
    ids = {c.id for c in sample_map.claims}
    assert "c7" not in ids
    assert {"a5", "a6", "a7", "a8"}.isdisjoint(_args(sample_map))
    inverse.apply(sample_map)
    assert sample_map == before


def test_add_objection_to_an_objection_is_a_rebuttal(sample_map):
    op, new_id = intents.add_reason(sample_map, "c7", Relation.ATTACK)
    op.apply(sample_map)
    assert sample_map.claim(new_id).role == Role.REBUTTAL
    op, new_id = intents.add_reason(sample_map, "c1", Relation.SUPPORT, "More jobs.")
    op.apply(sample_map)
    assert sample_map.claim(new_id).role == Role.PREMISE
    assert any(a.premises == [new_id] and a.target == "c1" for a in sample_map.arguments)


def test_relayout_unpins_everything_in_one_step(sample_map):
    intents.move({"c2": (10.0, 20.0), "c3": (500.0, 20.0)}).apply(sample_map)
    assert set(sample_map.layout.pins) == {"c2", "c3"}
    inverse = intents.relayout(sample_map).apply(sample_map)
    assert sample_map.layout.pins == {}
    inverse.apply(sample_map)
    assert sample_map.layout.pins["c2"].x == 10.0


def test_connect_selected_makes_the_last_the_target(sample_map):
    intents.connect_selected(sample_map, ["c9", "c8", "c6"], Relation.ATTACK).apply(sample_map)
    new = [a for a in sample_map.arguments if a.target == "c6"]
    assert sorted(p for a in new for p in a.premises) == ["c8", "c9"]
    assert all(a.relation == Relation.ATTACK for a in new)


def test_collapse_only_claims_with_reasons(sample_map):
    assert intents.set_collapsed(sample_map, ["c10"], True) is None
    intents.set_collapsed(sample_map, ["c1"], True).apply(sample_map)
    assert sample_map.layout.collapsed == ["c1"]
