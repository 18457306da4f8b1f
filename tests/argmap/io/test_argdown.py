"""Argdown export and import: statements, arguments, relations, PCS, tags, anchors, awkward syntax."""

from __future__ import annotations

from typing import Any

import pytest

from argmap.io.argdown_read import read
from argmap.io.argdown_write import write
from argmap.io.errors import LoadError
from argmap.model import Argument, ArgumentMap, Claim, Relation
from tests.argmap.io.aif_builders import Nodeset
from tests.argmap.io.roundtrip import compare, signature


def _text(m: ArgumentMap) -> str:
    return write(m).data.decode("utf-8")


def test_seed_map_round_trips_with_article_spans_tags_and_notes(sample_map: ArgumentMap) -> None:
    again = read(write(sample_map).data, "seed.argdown").map
    assert compare(signature(sample_map), signature(again)) == "same"
    assert again.article is not None and sample_map.article is not None
    assert again.article.text == sample_map.article.text
    after_by_id = {c.id: c for c in again.claims}
    for before in sample_map.claims:
        after = after_by_id[before.id]
        assert (after.id, after.text, after.role, after.note, after.spans) == (
            before.id,
            before.text,
            before.role,
            before.note,
            before.spans,
        )
        assert [again.tag(t).name for t in after.tags] == [sample_map.tag(t).name for t in before.tags]
    assert {t.name: t.color for t in again.tags} == {t.name: t.color for t in sample_map.tags}


def test_linked_premises_become_a_premise_conclusion_structure(sample_map: ArgumentMap) -> None:
    text = _text(sample_map)
    linked = next(a for a in sample_map.arguments if len(a.premises) > 1 and a.relation is Relation.SUPPORT)
    block = text[text.index(f"\n<{linked.id}>") + 1 :]
    assert block.split("\n")[2].startswith("(1) ") and "\n----\n" in block


def _small() -> ArgumentMap:
    return ArgumentMap(
        title="t",
        claims=[
            Claim(id="c1", text="Phones should be banned [in class] #really"),
            Claim(id="c2", text="They distract"),
            Claim(id="c3", text="Distraction is <measurable>"),
            Claim(id="c4", text="Teachers use them well\nsometimes"),
        ],
        arguments=[
            Argument(id="a1", premises=["c2"], relation=Relation.SUPPORT, target="c1"),
            Argument(id="a2", premises=["c3"], relation=Relation.ATTACK, target="a1"),
            Argument(
                id="a3", premises=["c4", "c3"], relation=Relation.ATTACK, target="c1", note="a rebuttal"
            ),
        ],
    )


def test_support_attack_and_undercut_are_written_and_read_back() -> None:
    m = _small()
    text = _text(m)
    assert "    <_ [Distraction is measurable]" in text and "\\[in class\\] \\#really" in text
    again = read(text.encode(), "x.argdown").map
    assert compare(signature(m), signature(again)) == "same"
    assert again.claim("c4").text == "Teachers use them well\nsometimes"
    assert again.argument("a3").note == "a rebuttal"


def test_cross_format_aif_to_argdown_keeps_claims_and_relations() -> None:
    from argmap.io.aif_read import read as read_aif

    ns = Nodeset("mixed")
    a, b, c, d = (ns.node("I", t) for t in ("A claim", "B [x]", "C #y", "D"))
    ra = ns.infer([b, c], a)
    ns.infer([d], ra, "CA")
    ns.infer([d], b, "CA")
    m = read_aif(ns.data(), "x.json").map
    again = read(write(m).data, "x.argdown").map
    assert compare(signature(m, "aif"), signature(again, "aif")) == "same"
    assert {c.origin.id for c in again.claims if c.origin} == {a, b, c, d}


def test_hand_written_argdown_is_read() -> None:
    doc = """===
title: Phones
color:
    tagColors:
        pro: "#00aa00"
===

// a comment
[Ban]: Schools should ban phones. #pro
  + <Distraction>: Phones distract. {source: "study"}
  - [Tools]: Phones are tools
    for learning.
    <_ [Misuse]: They are misused.
  >< [Allow]: Schools should allow phones.

<Distraction>

(1) [Attention]: Attention is limited.
(2) Phones take attention.
-- Modus ponens --
(3) [Ban]
"""
    result = read(doc.replace("\n", "\r\n").encode(), "p.argdown")
    m = result.map
    by_title = {c.origin.id: c for c in m.claims if c.origin}
    assert by_title["Ban"].text == "Schools should ban phones."
    assert by_title["Tools"].text == "Phones are tools for learning."
    assert m.tag(by_title["Ban"].tags[0]).color == "#00aa00"
    distraction = next(a for a in m.arguments if a.origin and a.origin.id == "Distraction")
    assert distraction.target == by_title["Ban"].id and len(distraction.premises) == 2
    assert distraction.note == "Phones distract."
    assert distraction.origin is not None and distraction.origin.data["inference"] == "Modus ponens"
    assert "\n-- Modus ponens --\n" in write(m).data.decode()
    attacks = [a for a in m.arguments if a.relation is Relation.ATTACK]
    assert {(tuple(a.premises), a.target) for a in attacks} >= {
        ((by_title["Tools"].id,), by_title["Ban"].id),
        ((by_title["Allow"].id,), by_title["Ban"].id),
        ((by_title["Ban"].id,), by_title["Allow"].id),
    }
    assert any("contradictions" in w for w in result.warnings)


@pytest.mark.parametrize(
    "doc",
    ["just some prose\n\nmore prose\n", "===\ntitle: x\n===\n", "# Heading\n", "@include(other.argdown)\n"],
)
def test_fragments_without_statements_are_refused(doc: str) -> None:
    with pytest.raises(LoadError, match=r"x\.argdown: .*(no statements|@include)"):
        read(doc.encode(), "x.argdown")


def test_empty_map_written_by_argmap_reads_back_empty() -> None:
    empty: Any = ArgumentMap(title="empty")
    assert read(write(empty).data, "e.argdown").map.claims == []


def test_article_author_and_date_travel_in_the_front_matter(sample_map: ArgumentMap) -> None:
    assert sample_map.article is not None
    article = sample_map.article.model_copy(update={"author": "Eva Kiss", "date": "2024-03-05"})
    written = write(sample_map.model_copy(update={"article": article})).data
    assert b'article-author: "Eva Kiss"' in written and b'article-date: "2024-03-05"' in written
    again = read(written, "seed.argdown").map.article
    assert again is not None and (again.author, again.date) == ("Eva Kiss", "2024-03-05")
    assert b"article-author" not in write(sample_map).data, "nothing is written when the file said nothing"
