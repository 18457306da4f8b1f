"""The document model: spans, articles, lookups and the rules pydantic enforces."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from argmap.model import Argument, ArgumentMap, Article, Claim, Relation, Span, text_hash


def test_span_of_keeps_quote_and_context() -> None:
    text = "Intro. Open models get safer faster. End."
    start = text.index("Open")
    span = Span.of(text, start, start + len("Open models get safer faster"))
    assert span.quote == "Open models get safer faster"
    assert span.before == "Intro. "
    assert span.after == ". End."
    assert span.matches(text)
    assert not span.matches("x" + text)


def test_span_offsets_are_code_points_so_an_emoji_does_not_shift_them() -> None:
    text = "\U0001f600 Open models win."
    span = Span.of(text, 2, 13)
    assert span.quote == "Open models"


def test_context_is_capped_at_32_characters() -> None:
    text = "a" * 100 + "claim" + "b" * 100
    span = Span.of(text, 100, 105)
    assert len(span.before) == 32 and len(span.after) == 32


def test_span_outside_text_and_reversed_span_are_refused() -> None:
    with pytest.raises(ValueError, match="outside"):
        Span.of("short", 2, 10)
    with pytest.raises(ValidationError, match="before its start"):
        Span(start=5, end=2, quote="")


def test_article_normalises_newlines_and_hashes_its_text() -> None:
    art = Article(text="one\r\ntwo\rthree\n")
    assert art.text == "one\ntwo\nthree\n"
    assert art.sha256 == text_hash("one\ntwo\nthree\n")


def test_unknown_fields_are_errors() -> None:
    with pytest.raises(ValidationError, match="Extra inputs"):
        Claim.model_validate({"id": "c", "text": "t", "colour": "red"})


def test_argument_needs_a_premise() -> None:
    with pytest.raises(ValidationError):
        Argument(id="a", premises=[], relation=Relation.SUPPORT, target="c")


def test_lookups_and_new_ids(sample_map: ArgumentMap) -> None:
    assert sample_map.claim("c1").role == "conclusion"
    assert sample_map.node("a6").target == "a5"
    assert [c.id for c in sample_map.roots()] == ["c1"]
    new = sample_map.new_id("c")
    assert new not in sample_map.ids()
    with pytest.raises(KeyError):
        sample_map.claim("missing")
