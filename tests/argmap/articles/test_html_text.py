"""Saved web pages: the article comes out in order, title apart, with none of the page's boilerplate."""

from __future__ import annotations

from pathlib import Path

import pytest

from argmap.articles import load_article
from argmap.io.errors import LoadError
from tests.argmap.articles.builders import (
    BOILERPLATE,
    TITLE,
    assert_in_order,
    seed_paragraphs,
    sentences,
    write_html,
)


def test_news_page_gives_the_article_without_boilerplate(tmp_path: Path) -> None:
    art = load_article(write_html(tmp_path / "page.html"))
    assert art.format == "html"
    assert art.title == TITLE
    assert_in_order(art.text, sentences(seed_paragraphs()))
    for junk in BOILERPLATE:
        assert junk not in art.text
    assert art.author == "Jane Reporter"
    assert "By Jane Reporter" not in art.text, "the author is metadata, never text added to the article"
    assert not art.text.count(TITLE + "\n"), "the title is kept apart, not repeated in the text"
    assert "\n\n" in art.text and "\n\n\n" not in art.text


def test_paragraph_breaks_are_blank_lines(tmp_path: Path) -> None:
    art = load_article(write_html(tmp_path / "page.htm"))
    paragraphs = art.text.split("\n\n")
    assert "Open models, Zuckerberg argues, allow for global safety auditing." in [
        p[: len("Open models, Zuckerberg argues, allow for global safety auditing.")] for p in paragraphs
    ]
    assert all("\n" not in p for p in paragraphs)


def test_declared_legacy_charset_is_honoured(tmp_path: Path) -> None:
    body = "<p>" + "Les modèles ouverts sont vérifiés par beaucoup de chercheurs, déjà. " * 6 + "</p>"
    page = f'<html><head><meta charset="windows-1252"><title>Été</title></head><body>{body}</body></html>'
    p = tmp_path / "fr.html"
    p.write_bytes(page.encode("cp1252"))
    art = load_article(p)
    assert "Les modèles ouverts sont vérifiés" in art.text
    assert art.title == "Été"


def test_page_without_text_gets_a_message(tmp_path: Path) -> None:
    p = tmp_path / "empty.html"
    p.write_text("<html><head><script>var x = 1;</script></head><body><nav></nav></body></html>")
    with pytest.raises(LoadError, match="has no article text"):
        load_article(p)


def test_lists_and_tables_read_like_the_other_formats(tmp_path: Path) -> None:
    intro = "<p>" + "Open models are audited by many researchers around the world. " * 5 + "</p>"
    page = (
        f"<html><head><title>Lists</title></head><body><article><h1>Lists</h1>{intro}"
        "<ul><li>First point about audits.</li><li>Second point about misuse.</li></ul>"
        "<table><tr><th>Model</th><th>Licence</th></tr><tr><td>Llama</td><td>open</td></tr></table>"
        "</article></body></html>"
    )
    p = tmp_path / "lists.html"
    p.write_text(page, encoding="utf-8")
    paragraphs = load_article(p).text.split("\n\n")
    assert paragraphs[1:] == [
        "• First point about audits.",
        "• Second point about misuse.",
        "Model | Licence",
        "Llama | open",
    ]


def _page(meta: str) -> str:
    body = "<p>" + "Open models are audited by many researchers around the world. " * 5 + "</p>"
    return f"<html><head><title>Audits</title>{meta}</head><body><article>{body}</article></body></html>"


@pytest.mark.parametrize(
    ("meta", "author", "date"),
    [
        ('<meta name="author" content="Ada Lovelace">', "Ada Lovelace", ""),
        ('<meta name="author" content="By Ada Lovelace">', "Ada Lovelace", ""),
        ('<meta name="author" content="Unknown">', "", ""),
        ('<meta name="author" content="admin">', "", ""),
        ('<meta name="author" content="Posted">', "", ""),
        (
            '<meta property="article:published_time" content="2024-07-23T10:00:00Z">'
            '<meta name="author" content="Grace Hopper">',
            "Grace Hopper",
            "2024-07-23",
        ),
    ],
)
def test_author_and_date_are_metadata_never_text(tmp_path: Path, meta: str, author: str, date: str) -> None:
    p = tmp_path / "page.html"
    p.write_text(_page(meta), encoding="utf-8")
    art = load_article(p)
    assert (art.author, art.date) == (author, date)
    assert art.text.startswith("Open models are audited"), "no 'By ...' line is put into the article"
    assert "Unknown" not in art.text and "admin" not in art.text


def test_a_utf8_page_with_a_few_bad_bytes_stays_utf8(tmp_path: Path) -> None:
    good = "Die Überprüfung für alle Modelle ist öffentlich und gründlich. " * 40
    page = f'<html><head><meta charset="utf-8"><title>Prüfung</title></head><body><article><p>{good}</p>'
    data = (
        page.encode("utf-8")
        + b"<p>Ein Wort f\xfcr alle, einmal falsch gespeichert.</p></article></body></html>"
    )
    p = tmp_path / "mixed.html"
    p.write_bytes(data)
    art = load_article(p)
    assert "Die Überprüfung für alle" in art.text and "Ã" not in art.text
    assert "Ein Wort f\ufffdr alle" in art.text, "only the bad byte is replaced"
