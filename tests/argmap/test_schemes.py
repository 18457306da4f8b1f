"""Scheme sets: loading, AIF-name lookup, and the objection a "no" to a critical question adds."""

from __future__ import annotations

import json

import pytest

from argmap.io.errors import LoadError
from argmap.io.native import dumps
from argmap.model import Answer, Relation, Role
from argmap.ops import OpError
from argmap.schemes import load_scheme_file, load_schemes, objection_op

STARTERS = [
    "Expert Opinion",
    "Positive Consequences",
    "Analogy",
    "Cause To Effect",
    "Example",
    "Popular Opinion",
    "Bias",
]


def test_the_starting_schemes_are_there_with_critical_questions():
    schemes = load_schemes()
    for name in STARTERS:
        s = schemes.find(name)
        assert s is not None, name
        assert s.questions, name
    assert schemes.find("Default Inference").aifdb_id == 72


def test_lookup_accepts_aif_spellings():
    schemes = load_schemes()
    for spelling in ("Argument From Expert Opinion", "ExpertOpinion", "expert opinion"):
        assert schemes.find(spelling).id == "Expert Opinion"
    assert schemes.find("no such scheme") is None
    assert {s.id for s in schemes.for_relation(Relation.ATTACK)} >= {"Bias", "Circumstantial Ad Hominem"}


def test_seed_reason_a5_is_expert_opinion_and_its_undercut_is_bias(sample_map):
    schemes = load_schemes()
    assert schemes.find(sample_map.argument("a5").scheme).id == "Expert Opinion"
    assert schemes.find(sample_map.argument("a6").scheme).kind == "attack"


def test_undercut_question_adds_an_undercut_and_records_no(sample_map):
    before = dumps(sample_map)
    op = objection_op(sample_map, load_schemes(), "a5", "consistency")
    inverse = op.apply(sample_map)
    new_claim = sample_map.claims[-1]
    new_arg = sample_map.arguments[-1]
    assert new_claim.role is Role.OBJECTION and new_claim.text == "Other experts disagree."
    assert (new_arg.premises, new_arg.relation, new_arg.target) == ([new_claim.id], Relation.ATTACK, "a5")
    assert sample_map.argument("a5").answers["consistency"] is Answer.NO
    inverse.apply(sample_map)
    assert dumps(sample_map) == before


def test_premise_question_attacks_that_premise(sample_map):
    objection_op(sample_map, load_schemes(), "a5", "field").apply(sample_map)
    assert sample_map.arguments[-1].target == "c10"


def test_unknown_scheme_or_question_is_refused(sample_map):
    with pytest.raises(OpError, match="no known scheme"):
        objection_op(sample_map, load_schemes(), "a1", "field")
    with pytest.raises(OpError, match="no critical question"):
        objection_op(sample_map, load_schemes(), "a5", "nope")


def test_a_malformed_scheme_file_names_file_and_place(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "argmap-schemes", "schemes": [{"id": "X"}]}), encoding="utf-8")
    with pytest.raises(LoadError) as err:
        load_scheme_file(bad)
    assert "bad.json" in str(err.value) and "schemes.0.label" in str(err.value)
