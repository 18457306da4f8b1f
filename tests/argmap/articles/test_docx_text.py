"""Word documents: title apart, headings and paragraphs in order, lists and tables, page headers left out."""

from __future__ import annotations

from pathlib import Path

import pytest

from argmap.articles import load_article
from argmap.io.errors import LoadError
from tests.argmap.articles.builders import TITLE, assert_in_order, seed_paragraphs, sentences, write_docx


def test_word_document_gives_the_article_in_order(tmp_path: Path) -> None:
    art = load_article(write_docx(tmp_path / "article.docx"))
    assert art.format == "docx"
    assert art.title == TITLE
    assert not art.text.startswith(TITLE + "\n")
    assert_in_order(art.text, sentences(seed_paragraphs()))
    assert "CONFIDENTIAL" not in art.text
    paragraphs = art.text.split("\n\n")
    assert "A long-term play for trust and leadership" in paragraphs
    assert paragraphs[-6:] == [
        "• Open models are audited by many.",
        "• Closed models are audited by few.",
        "1. Publish the weights.",
        "2. Invite the audits.",
        "Model | Licence",
        "Llama 3.5 | open weights",
    ]


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("renamed.docx", b"just some text, not a zip", "is not a Word .docx file"),
        (
            "old.docx",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500),
            "password-protected Word file or an old .doc",
        ),
        ("old.doc", b"\xd0\xcf\x11\xe0", "old Word .doc file: save it as .docx"),
    ],
)
def test_files_that_are_not_docx(tmp_path: Path, name: str, data: bytes, problem: str) -> None:
    p = tmp_path / name
    p.write_bytes(data)
    with pytest.raises(LoadError, match=problem):
        load_article(p)


def test_zip_without_a_document(tmp_path: Path) -> None:
    import zipfile

    p = tmp_path / "archive.docx"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("readme.txt", "hello")
    with pytest.raises(LoadError, match=r"is a zip file but not a Word \.docx document"):
        load_article(p)
