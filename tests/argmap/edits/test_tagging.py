"""Tagging attaches: each kind lands where a student expects, says so in plain words, and undoes in one step."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from argmap.edits.tagging import Attached, quote, tag_and_attach
from argmap.io.native import load
from argmap.model import ArgumentMap, Relation, Role
from argmap.ops import OpError
from tests.conftest import SAMPLE_MAP


def _sample() -> ArgumentMap:
    return load(SAMPLE_MAP)


def _sentence(m: ArgumentMap, words: str) -> tuple[int, int]:
    assert m.article is not None
    start = m.article.text.index(words)
    return start, start + len(words)


def _apply(m: ArgumentMap, role: Role, selected: str | None, words: str) -> Attached:
    s, e = _sentence(m, words)
    done = tag_and_attach(m, s, e, role, selected)
    done.op.apply(m)
    return done


def _links(m: ArgumentMap, claim_id: str) -> list[tuple[str, Relation]]:
    return [(a.target, a.relation) for a in m.arguments if claim_id in a.premises]


def test_a_premise_tagged_with_a_claim_selected_becomes_its_reason() -> None:
    m = _sample()
    done = _apply(m, Role.PREMISE, "c2", "Meta, in contrast, is betting on openness")
    assert _links(m, done.claim_id) == [("c2", Relation.SUPPORT)]
    assert done.message == "Premise added as a reason for “Open models get safer faster.”"
    assert done.select == "c2"  # the target stays selected: the next premise joins it too


def test_an_objection_attacks_the_selected_claim() -> None:
    m = _sample()
    done = _apply(m, Role.OBJECTION, "c1", "Meta, in contrast, is betting on openness")
    assert _links(m, done.claim_id) == [("c1", Relation.ATTACK)]
    assert done.message.startswith("Objection added against “Open source is the better path")


def test_a_rebuttal_attacks_the_selected_objection() -> None:
    m = _sample()
    done = _apply(m, Role.REBUTTAL, "c9", "Meta, in contrast, is betting on openness")
    assert _links(m, done.claim_id) == [("c9", Relation.ATTACK)]


def test_a_rebuttal_with_a_claim_selected_answers_its_one_objection() -> None:
    m = _sample()
    obj = _apply(m, Role.OBJECTION, "c2", "Meta, in contrast, is betting on openness")
    done = _apply(m, Role.REBUTTAL, "c2", "Many worry about misuse")
    assert _links(m, done.claim_id) == [(obj.claim_id, Relation.ATTACK)]
    assert done.target_id == obj.claim_id


def test_a_rebuttal_never_attacks_the_students_own_claim() -> None:
    m = _sample()
    done = _apply(m, Role.REBUTTAL, "c5", "Meta, in contrast, is betting on openness")  # c5 has no objection
    assert _links(m, done.claim_id) == []
    assert done.target_id is None and done.select == done.claim_id
    assert "a rebuttal answers an objection" in done.message
    two = _apply(m, Role.REBUTTAL, "c1", "Many worry about misuse")  # c1 has one objection: c7
    assert _links(m, two.claim_id) == [("c7", Relation.ATTACK)]
    _apply(m, Role.OBJECTION, "c1", "Running top-tier models")
    three = _apply(
        m, Role.REBUTTAL, "c1", "Meta stands ready to offer that"
    )  # now two objections: which one?
    assert _links(m, three.claim_id) == []
    assert "select the objection it answers" in three.message


def test_a_conclusion_starts_a_new_root_and_becomes_the_selection() -> None:
    m = _sample()
    done = _apply(m, Role.CONCLUSION, "c2", "Meta, in contrast, is betting on openness")
    assert _links(m, done.claim_id) == []
    assert done.claim_id in {c.id for c in m.roots()}
    assert done.select == done.claim_id  # premises tagged next attach to it
    assert "new main claim" in done.message


@pytest.mark.parametrize("selected", [None, "gone"])
def test_with_nothing_selected_the_claim_waits_in_the_tray(selected: str | None) -> None:
    m = _sample()
    done = _apply(m, Role.PREMISE, selected, "Meta, in contrast, is betting on openness")
    assert _links(m, done.claim_id) == []
    assert "not connected yet" in done.message


def test_one_undo_takes_the_claim_and_its_link_back() -> None:
    m = _sample()
    before = m.model_dump()
    s, e = _sentence(m, "Meta, in contrast, is betting on openness")
    done = tag_and_attach(m, s, e, Role.PREMISE, "c1")
    undo = done.op.apply(m)
    assert len(m.claims) == 11 and len(m.arguments) == 9
    undo.apply(m)
    assert m.model_dump() == before
    assert done.op.label == "Add premise as a reason"


def test_no_article_is_one_clear_error() -> None:
    with pytest.raises(OpError, match="no article"):
        tag_and_attach(ArgumentMap(), 0, 3, Role.PREMISE, None)


def test_quote_cuts_long_wording_with_an_ellipsis() -> None:
    assert quote("Open models get safer faster.") == "“Open models get safer faster.”"
    assert (
        quote("one two three four five six seven eight nine") == "“one two three four five six seven eight…”"
    )


@given(
    role=st.sampled_from(list(Role)),
    selected=st.sampled_from([None, "c1", "c2", "c7", "c8", "c9", "zz"]),
    start=st.integers(0, 3000),
    width=st.integers(0, 200),
)
def test_every_tag_validates_and_undoes_exactly(
    role: Role, selected: str | None, start: int, width: int
) -> None:
    m = _sample()
    before = m.model_dump()
    try:
        done = tag_and_attach(m, start, start + width, role, selected)
    except OpError:  # only where there is no text to tag (past the end, or a caret on a blank line)
        assert m.article is not None and not m.article.text[start : start + max(width, 1)].strip()
        return
    undo = done.op.apply(m)
    ArgumentMap.model_validate(m.model_dump())
    assert done.claim_id in {c.id for c in m.claims}
    assert done.select in {c.id for c in m.claims}
    links = _links(m, done.claim_id)
    assert len(links) == (0 if done.target_id is None else 1)
    undo.apply(m)
    assert m.model_dump() == before
