"""Reading hints: tag against arrow, flat maps, headings and fragments, advertisements tagged."""

from __future__ import annotations

from argmap.analysis.coach import coach
from argmap.model import ArgumentMap, Article, Claim, Role, Span
from tests.argmap.analysis.maps import arg, claim, make


def codes(m: ArgumentMap, code: str) -> list[tuple[str, ...]]:
    return [h.ids for h in coach(m) if h.code == code]


def test_an_objection_drawn_as_a_reason_and_a_reason_drawn_as_an_objection():
    m = make(
        [
            claim("c1", 0, role=Role.CONCLUSION),
            claim("c2", 1, role=Role.OBJECTION),
            claim("c3", 2, role=Role.PREMISE),
        ],
        [arg("a1", ["c2"], "support", "c1"), arg("a2", ["c3"], "attack", "c1")],
    )
    assert codes(m, "tag-vs-arrow") == [("c2", "a1"), ("c3", "a2")]
    message = next(h.message for h in coach(m) if h.ids == ("c2", "a1"))
    assert message.startswith("“claim c2c2c2” is tagged as an objection but drawn as a reason")


def test_a_flat_map_and_one_with_depth():
    reasons = [claim(f"r{i}", i) for i in range(1, 6)]
    flat = make(
        [claim("c1", 0, role=Role.CONCLUSION), *reasons],
        [arg(f"a{i}", [f"r{i}"], "support", "c1") for i in range(1, 6)],
    )
    assert codes(flat, "flat") == [("c1", "r1", "r2", "r3", "r4", "r5")]
    deeper = flat.model_copy(deep=True)
    deeper.arguments[4].target = "r1"  # r5 now supports r1
    assert codes(deeper, "flat") == []


TEXT = (
    "Open source wins, he says.\n"
    "Why open source is safer\n"
    "Open models get safer faster because everyone audits them.\n"
    "ANOTHER MUST-READ ON ICN.LIVE:\n"
    "Bank of Korea creates crypto asset division to lead stablecoin strategy\n"
    "Subscribe to our newsletter for more.\n"
)


def _on(cid: str, quote: str) -> Claim:
    start = TEXT.index(quote)
    return Claim(id=cid, text=quote, spans=[Span.of(TEXT, start, start + len(quote))], role=Role.PREMISE)


def test_headings_fragments_and_advertisements_tagged():
    m = ArgumentMap(
        article=Article(text=TEXT),
        claims=[
            _on("ok", "Open models get safer faster because everyone audits them."),
            _on("heading", "Why open source is safer"),
            _on("fragment", "safer faster"),
            _on("ad", "ANOTHER MUST-READ ON ICN.LIVE:"),
            _on("link", "Bank of Korea creates crypto asset division to lead stablecoin strategy"),
            _on("subscribe", "Subscribe to our newsletter for more."),
        ],
    )
    assert codes(m, "heading") == [("heading",), ("fragment",)]
    assert codes(m, "boilerplate") == [("ad",), ("link",), ("subscribe",)]


def test_the_sample_maps_reading_gets_none_of_these(sample_map):
    assert not [h for h in coach(sample_map) if h.code in ("tag-vs-arrow", "flat", "heading", "boilerplate")]


def test_the_seed_articles_advertisement_tagged_is_flagged():
    """The seed article as scraped still has its advertisement (the shipped sample leaves it out)."""
    from tests.conftest import SAMPLE_ARTICLE

    text = SAMPLE_ARTICLE.read_text(encoding="utf-8")
    start = text.index("ANOTHER MUST-READ")
    end = text.index("\n", text.index("Bank of Korea"))
    m = ArgumentMap(
        article=Article(text=text),
        claims=[Claim(id="x1", text="Bank of Korea", spans=[Span.of(text, start, end)])],
    )
    assert [h.ids for h in coach(m) if h.code == "boilerplate"] == [("x1",)]


def test_the_shipped_sample_leaves_the_advertisement_out(sample_map):
    assert "MUST-READ" not in sample_map.article.text and "Bank of Korea" not in sample_map.article.text
