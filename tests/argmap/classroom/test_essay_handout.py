"""Handout HTML: marked passages numbered in reading order and highlighted; the worksheet has blanks, no answers."""

from __future__ import annotations

from argmap.classroom.handout import article_html, handout_html, numbered_claims, worksheet_html
from argmap.model import Argument, ArgumentMap, Article, Claim, Relation, Role, Span

TEXT = "Intro line.\n\nTrees cool streets. Cities should plant trees.\n\nThey cost <little>."


def _map() -> ArgumentMap:
    text = TEXT
    at = text.index
    return ArgumentMap(
        title="Trees",
        article=Article(text=text),
        claims=[
            Claim(
                id="c1",
                text="Cities should plant trees",
                role=Role.CONCLUSION,
                spans=[Span.of(text, at("Cities"), at("Cities") + 25)],
            ),
            Claim(
                id="c2",
                text="Trees cool streets",
                spans=[Span.of(text, at("Trees cool"), at("Trees cool") + 18)],
            ),
            Claim(id="c3", text="They cost little", spans=[Span.of(text, at("They"), len(text) - 1)]),
        ],
        arguments=[
            Argument(id="a1", premises=["c2"], relation=Relation.SUPPORT, target="c1"),
            Argument(id="a2", premises=["c3"], relation=Relation.SUPPORT, target="c1"),
        ],
    )


def test_claims_are_numbered_in_reading_order() -> None:
    assert [(n, c.id) for n, c in numbered_claims(_map())] == [(1, "c2"), (2, "c1"), (3, "c3")]


def test_article_keeps_paragraphs_highlights_passages_and_escapes_text() -> None:
    m = _map()
    html = article_html(m, numbered_claims(m))
    assert html.count("<p>") == 3  # paragraph breaks kept
    assert (
        html.index("[1]") < html.index("Trees cool streets") < html.index("[2]") < html.index("Cities should")
    )
    assert html.count("background-color") == 3
    assert "&lt;little&gt;" in html and "<little>" not in html
    assert "[1]" not in article_html(m)  # the worksheet's article is unmarked


def test_handout_has_the_picture_and_a_key_of_numbers() -> None:
    html = handout_html(_map(), "map.png", 300)
    assert "<img src='map.png' width='300'/>" in html
    assert "<b>[2]</b></td><td>Cities should plant trees <i>(conclusion)</i>" in html


def test_worksheet_has_one_blank_per_box_and_none_of_the_answers() -> None:
    html = worksheet_html(_map())
    assert html.count("<b>Because</b>") == 2
    # two long lines to write on per box, and where to note the paragraph
    assert html.count("_" * 50) >= 2 * 4 and html.count("(paragraph ¶ ____ )") == 4
    assert "Main conclusion 1:" in html and "Therefore," in html
    right = html.split("The argument", 1)[1]
    assert "Cities should plant trees" not in right and "Trees cool streets" not in right


def test_article_paragraphs_are_numbered_and_headings_are_not() -> None:
    from argmap.model import ArgumentMap, Article

    text = "A title line\nFirst paragraph says a thing.\nA heading\nSecond paragraph says more."
    html = article_html(ArgumentMap(article=Article(text=text)))
    assert "¶1</span>&nbsp; First paragraph" in html and "¶2</span>&nbsp; Second paragraph" in html
    assert "<b>A heading</b>" in html and "¶3" not in html


def test_the_worksheet_is_titled_after_the_article_not_the_answer() -> None:
    from argmap.model import Article

    m = _map()
    m.title = "Cities should plant trees"
    m.article = Article(text=m.article.text, title="Trees in town") if m.article else None
    html = worksheet_html(m)
    assert "<h1>Trees in town</h1>" in html and "<h1>Cities should" not in html
