"""load_article and article_from_text: format by extension or content, progress, cancel, limits, paste."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import argmap.articles.loader as loader
from argmap.articles import ARTICLE_EXTENSIONS, ImportCancelled, article_from_text, load_article
from argmap.articles.extraction import normalise_text
from argmap.io.errors import LoadError
from argmap.limits import Limits
from tests.argmap.articles.builders import write_docx, write_html, write_pdf


def test_extensions_cover_every_format() -> None:
    assert {".txt", ".md", ".html", ".htm", ".pdf", ".docx"} <= set(ARTICLE_EXTENSIONS)
    assert all(e == e.lower() and e.startswith(".") for e in ARTICLE_EXTENSIONS)


@pytest.mark.parametrize(
    ("writer", "fmt"),
    [(write_pdf, "pdf"), (write_docx, "docx"), (write_html, "html")],
)
def test_unknown_extension_is_read_by_content(tmp_path: Path, writer, fmt: str) -> None:  # type: ignore[no-untyped-def]
    path = writer(tmp_path / "download")
    assert load_article(path).format == fmt


def test_text_without_extension_is_plain_text(tmp_path: Path) -> None:
    p = tmp_path / "README"
    p.write_text("Plain words.\n", encoding="utf-8")
    assert (load_article(p).format, load_article(p).text) == ("txt", "Plain words.")


def test_unknown_binary_is_refused_naming_the_formats(tmp_path: Path) -> None:
    p = tmp_path / "photo.jpg"
    p.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(300))
    with pytest.raises(LoadError, match=r"photo.jpg: is not an article format argmap reads \(.txt, "):
        load_article(p)


def test_progress_rises_to_one(tmp_path: Path) -> None:
    seen: list[float] = []
    load_article(write_pdf(tmp_path / "a.pdf"), progress=seen.append)
    assert seen == sorted(seen)
    assert seen[0] > 0 and seen[-1] == 1.0
    assert len(seen) >= 4, "PDF pages report progress one by one"


def test_cancel_before_extraction(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("words", encoding="utf-8")
    with pytest.raises(ImportCancelled):
        load_article(p, cancelled=lambda: True)


def test_cancel_during_pdf_extraction(tmp_path: Path) -> None:
    calls = iter(range(1000))
    with pytest.raises(ImportCancelled):
        load_article(write_pdf(tmp_path / "a.pdf"), cancelled=lambda: next(calls) >= 1)


def test_text_over_the_character_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loader, "LIMITS", Limits(article_chars=100))
    p = tmp_path / "long.txt"
    p.write_text("word " * 50, encoding="utf-8")
    with pytest.raises(LoadError, match=r"long.txt: has 249 characters of text, over the limit of 100"):
        load_article(p)


def test_paste_is_normalised_like_a_file() -> None:
    art = article_from_text("  Pasted\r\nline\u00ad one.  \r\n\r\n\r\nSecond.\x00\n", title=" My  paste ")
    assert art.text == "  Pasted\nline one.\n\nSecond."
    assert (art.title, art.source, art.format) == ("My paste", "clipboard", "paste")


def test_empty_paste_is_refused() -> None:
    with pytest.raises(LoadError, match=r"^clipboard: has no text to import$"):
        article_from_text(" \n\t\n")


@pytest.mark.parametrize("writer", [write_pdf, write_docx, write_html])
def test_same_file_gives_the_same_article(tmp_path: Path, writer) -> None:  # type: ignore[no-untyped-def]
    path = writer(tmp_path / "article")
    first, second = load_article(path), load_article(path)
    assert first == second
    assert first.text == first.text.strip() and "\r" not in first.text and "\n\n\n" not in first.text


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
@example("e\x00\u0301 \u00ad\n\x07\n\n")
def test_normalised_text_is_stable_under_normalising_again(raw: str) -> None:
    once = normalise_text(raw)
    assert normalise_text(once) == once
    assert "\r" not in once and "\n\n\n" not in once
    assert once == once.strip("\n")
