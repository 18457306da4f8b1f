"""Intent builders: tagging snaps to words and prefills wording; every built op undoes exactly."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from argmap import edits
from argmap.model import ArgumentMap, Article, Claim, Relation, Role, Span
from argmap.ops import OpError

TEXT = "Open models get safer faster. They improve through mass contributions!\nA heading\nLast one"


def _map(text: str = TEXT) -> ArgumentMap:
    return ArgumentMap(article=Article(text=text))


def test_snap_widens_half_words_and_trims_spaces() -> None:
    start = TEXT.index("models") + 2  # "dels get saf"
    end = TEXT.index("safer") + 3
    s, e = edits.snap_to_words(TEXT, start - 1, end)
    assert TEXT[s:e] == "models get safer"
    s, e = edits.snap_to_words(TEXT, 0, TEXT.index("faster") + 2)
    assert TEXT[s:e] == "Open models get safer faster."  # the full stop comes along
    s, e = edits.snap_to_words(TEXT, TEXT.index(" get"), TEXT.index(" get") + 1)
    assert s == e


@given(st.text(alphabet="ab .\n’-", max_size=40), st.integers(0, 45), st.integers(0, 45))
def test_snapped_range_never_cuts_a_word(text: str, a: int, b: int) -> None:
    s, e = edits.snap_to_words(text, min(a, b), max(a, b))
    assert 0 <= s <= e <= len(text)
    if s < e:
        assert not text[s].isspace() and not text[e - 1].isspace()
        assert s == 0 or not (text[s - 1].isalnum() and text[s].isalnum())
        assert e == len(text) or not (text[e - 1].isalnum() and text[e].isalnum())


def test_tag_selection_makes_an_anchored_claim_with_tidy_wording() -> None:
    m = _map()
    start = TEXT.index("they") if "they" in TEXT else TEXT.index("They")
    op, cid = edits.tag_span(m, start + 1, TEXT.index("mass") + 2, Role.PREMISE)
    op.apply(m)
    claim = m.claim(cid)
    assert claim.role is Role.PREMISE
    assert claim.spans[0].quote == "They improve through mass"
    assert claim.text == "They improve through mass"


def test_tag_with_caret_only_takes_the_whole_sentence() -> None:
    m = _map()
    op, cid = edits.tag_span(m, TEXT.index("mass"), TEXT.index("mass"), Role.CONCLUSION)
    op.apply(m)
    assert m.claim(cid).spans[0].quote == "They improve through mass contributions!"
    op, cid = edits.tag_span(m, TEXT.index("heading"), TEXT.index("heading"), Role.PREMISE)
    op.apply(m)
    assert m.claim(cid).spans[0].quote == "A heading"


def test_wording_is_capitalised_one_line() -> None:
    text = "the first\nline and more"
    m = _map(text)
    op, cid = edits.tag_span(m, 0, len(text), Role.PREMISE)
    op.apply(m)
    assert m.claim(cid).text == "The first line and more"


def test_tagging_without_article_or_text_is_refused() -> None:
    with pytest.raises(OpError):
        edits.tag_span(ArgumentMap(), 0, 3, Role.PREMISE)
    with pytest.raises(OpError):
        edits.tag_span(_map("   "), 0, 3, Role.PREMISE)


def test_add_and_remove_span_then_undo() -> None:
    m = _map()
    op, cid = edits.tag_span(m, 0, 4, Role.PREMISE)
    op.apply(m)
    before = m.model_dump()
    inv = edits.add_span(m, cid, TEXT.index("Last"), len(TEXT)).apply(m)
    assert [sp.quote for sp in m.claim(cid).spans] == ["Open", "Last one"]
    with pytest.raises(OpError):
        edits.add_span(m, cid, 0, 4)
    edits.remove_span(m, cid, 0).apply(m)
    assert [sp.quote for sp in m.claim(cid).spans] == ["Last one"]
    with pytest.raises(OpError):
        edits.remove_span(m, cid, 5)
    edits.add_span(m, cid, 0, 4).apply(m)
    edits.remove_span(m, cid, 1).apply(m)
    inv.apply(m)
    assert m.model_dump() == before


def test_claims_at_prefers_the_shortest_span() -> None:
    m = _map()
    m.claims = [
        Claim(id="long", text="x", spans=[Span.of(TEXT, 0, 29)]),
        Claim(id="short", text="y", spans=[Span.of(TEXT, 5, 11)]),
    ]
    assert edits.claims_at(m, 6) == ["short", "long"]
    assert edits.claims_at(m, 1) == ["long"]
    assert edits.claims_at(m, 40) == []


def test_connect_convergent_linked_and_duplicates() -> None:
    m = _map()
    m.claims = [Claim(id=i, text=i) for i in ("c1", "c2", "c3", "c4")]
    before = m.model_dump()
    inv = edits.connect_selected(m, ["c2", "c3", "c1"], Relation.SUPPORT).apply(m)
    assert [(a.premises, a.target) for a in m.arguments] == [(["c2"], "c1"), (["c3"], "c1")]
    with pytest.raises(OpError):
        edits.connect_selected(m, ["c2", "c1"], Relation.SUPPORT)
    linked = edits.link_selected(m, ["c2", "c3", "c4", "c1"])
    linked_inv = linked.apply(m)
    assert [(a.premises, a.target) for a in m.arguments] == [(["c2", "c3", "c4"], "c1")]
    linked_inv.apply(m)
    inv.apply(m)
    assert m.model_dump() == before
    with pytest.raises(OpError):
        edits.connect_selected(m, ["c1", "c1"], Relation.SUPPORT)


def test_wording_note_role_edits() -> None:
    m = _map()
    m.claims = [Claim(id="c1", text="Old")]
    assert edits.set_wording(m, "c1", " Old ") is None
    op = edits.set_wording(m, "c1", "New  wording")
    assert op is not None
    op.apply(m)
    assert m.claim("c1").text == "New wording"
    with pytest.raises(OpError):
        edits.set_wording(m, "c1", "  ")
    note = edits.set_note(m, "c1", "why")
    assert note is not None
    note.apply(m)
    role = edits.set_role(m, "c1", Role.OBJECTION)
    assert role is not None
    role.apply(m)
    assert (m.claim("c1").note, m.claim("c1").role) == ("why", Role.OBJECTION)


def test_tag_lifecycle_and_undo() -> None:
    m = _map()
    m.claims = [Claim(id="c1", text="a"), Claim(id="c2", text="b")]
    before = m.model_dump()
    undo = []
    op, tid = edits.new_tag(m, "Safety", "#56B4E9")
    undo.append(op.apply(m))
    with pytest.raises(OpError):
        edits.new_tag(m, "safety", "#000000")
    assign = edits.set_tag(m, ["c1", "c2"], tid, True)
    assert assign is not None
    undo.append(assign.apply(m))
    assert edits.set_tag(m, ["c1"], tid, True) is None
    undo.append(edits.rename_tag(m, tid, "Risk").apply(m))
    undo.append(edits.recolour_tag(m, tid, "#E69F00").apply(m))
    assert m.tag(tid).name == "Risk" and m.tag(tid).color == "#e69f00"
    undo.append(edits.delete_tag(m, tid).apply(m))
    assert m.claim("c1").tags == [] and m.tags == []
    for inv in reversed(undo):
        inv.apply(m)
    assert m.model_dump() == before


def test_new_tag_on_selected_claims_is_one_step() -> None:
    m = _map()
    m.claims = [Claim(id="c1", text="a", tags=[]), Claim(id="c2", text="b")]
    before = m.model_dump()
    op, tid = edits.new_tag(m, "risk", "#000000", ["c2", "c1", "c2"])
    inv = op.apply(m)
    assert m.claim("c1").tags == [tid] and m.claim("c2").tags == [tid]
    assert op.label == "Add tag “risk”"
    inv.apply(m)
    assert m.model_dump() == before


def test_remove_claims_is_one_step() -> None:
    m = _map()
    m.claims = [Claim(id=i, text=i) for i in ("c1", "c2", "c3")]
    edits.connect_selected(m, ["c2", "c1"], Relation.SUPPORT).apply(m)
    before = m.model_dump()
    inv = edits.remove(m, ["c1", "c2"]).apply(m)
    assert [c.id for c in m.claims] == ["c3"] and m.arguments == []
    inv.apply(m)
    assert m.model_dump() == before
