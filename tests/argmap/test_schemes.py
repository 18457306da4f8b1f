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


YES_NO = (
    "Is ",
    "Are ",
    "Does ",
    "Do ",
    "Did ",
    "Can ",
    "Could ",
    "Has ",
    "Have ",
    "Was ",
    "Were ",
    "Would ",
    "Will ",
    "Even if ",
)


def test_every_critical_question_is_a_yes_no_question_with_its_doubt_raising_answer():
    schemes = load_schemes()
    questions = [(s.id, q) for s in schemes.all for q in s.questions]
    assert len(questions) >= 50
    for sid, q in questions:
        assert q.text.startswith(YES_NO) and q.text.endswith("?"), (sid, q.text)
        assert q.doubt in ("yes", "no") and q.suggestion, (sid, q.id)
        assert not q.text.startswith(("How ", "What ", "Which ")), (sid, q.text)


def test_questions_worded_so_that_yes_raises_the_doubt_say_so():
    schemes = load_schemes()
    yes = {(s.id, q.id) for s in schemes.all for q in s.questions if q.doubt == "yes"}
    assert ("Positive Consequences", "opposite-consequences") in yes
    assert ("Negative Consequences", "opposite-consequences") in yes
    assert ("Analogy", "differences") in yes and ("Analogy", "counter-analogy") in yes
    assert ("Cause To Effect", "interference") in yes
    assert ("Example", "special-circumstances") in yes
    assert ("Popular Opinion", "good-reason") in yes
    assert ("Expert Opinion", "trustworthiness") not in yes


def test_the_schemes_real_articles_need_are_there_with_their_sources():
    schemes = load_schemes()
    for name in (
        "Practical Reasoning",
        "Sign",
        "Verbal Classification",
        "Slippery Slope",
        "Witness Testimony",
        "Correlation To Cause",
        "Inconsistent Commitment",
    ):
        s = schemes.find(name)
        assert s is not None and s.id == name and s.questions, name
        assert "Walton, Reed & Macagno (2008)" in s.source
    # Inconsistent Commitment is its own scheme, not another name for the circumstantial ad hominem
    assert schemes.find("Argument From Inconsistent Commitment").id == "Inconsistent Commitment"  # type: ignore[union-attr]


def test_a_yes_that_raises_the_doubt_adds_the_objection(sample_map):
    schemes = load_schemes()
    sample_map.argument("a1").scheme = "Positive Consequences"
    op = objection_op(sample_map, schemes, "a1", "opposite-consequences")
    op.apply(sample_map)
    assert sample_map.argument("a1").answers["opposite-consequences"] is Answer.YES
    assert any(c.text == "Bad consequences outweigh the good ones." for c in sample_map.claims)


def test_aif_export_names_only_schemes_aif_has(sample_map):
    from argmap.io.aif_write import write_aifdb

    doc = json.loads(write_aifdb(sample_map).data)
    schemes = {n.get("scheme") for n in doc["nodes"] if n["type"] in ("RA", "CA")}
    assert "Expert Opinion" in schemes  # a5
    assert "Bias" not in schemes  # a6: argmap's pattern, not an AIF scheme
    assert not any(n["text"] == "Bias" for n in doc["nodes"])
