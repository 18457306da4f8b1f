"""PDF handouts: reading order, paragraphs, running headers and page numbers dropped, clear refusals."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from argmap.articles import load_article
from argmap.io.errors import LoadError
from tests.argmap.articles.builders import (
    TITLE,
    assert_in_order,
    seed_paragraphs,
    sentences,
    write_pdf,
    write_scanned_pdf,
    write_two_column_pdf,
)


def test_handout_gives_sentences_in_order_without_header_and_page_numbers(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "handout.pdf")
    assert len(PdfReader(path).pages) >= 3
    art = load_article(path)
    assert art.format == "pdf"
    assert art.title == TITLE
    assert_in_order(art.text, sentences(seed_paragraphs()))
    assert "ICN Weekly" not in art.text
    assert "Page 2" not in art.text


def test_paragraphs_and_headings_become_blank_line_separated(tmp_path: Path) -> None:
    art = load_article(write_pdf(tmp_path / "handout.pdf"))
    assert art.text.split("\n\n") == seed_paragraphs()


def test_two_columns_read_column_by_column(tmp_path: Path) -> None:
    art = load_article(write_two_column_pdf(tmp_path / "columns.pdf"))
    assert art.text.split("\n\n") == seed_paragraphs()


def test_words_hyphenated_at_line_ends_are_joined(tmp_path: Path) -> None:
    para = "Open models get safer faster because every re-\nsearcher can audit them, and the commu-\nnity fixes bugs."
    art = load_article(write_pdf(tmp_path / "hyphen.pdf", paragraphs=[para]))
    assert "every researcher can audit them, and the community fixes bugs." in art.text


def test_junk_metadata_title_falls_back_to_the_file_name(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "lecture-3.pdf", title="Microsoft Word - lecture3.docx", paragraphs=["Text."])
    assert load_article(path).title == "lecture-3"


def test_scanned_pdf_without_text_layer(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match=r"has no text layer .*OCR"):
        load_article(write_scanned_pdf(tmp_path / "scan.pdf"))


def _encrypted(src: Path, dst: Path, user_password: str) -> Path:
    writer = PdfWriter(clone_from=src)
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    dst.write_bytes(buf.getvalue())
    return dst


def test_password_protected_pdf(tmp_path: Path) -> None:
    src = write_pdf(tmp_path / "plain.pdf", paragraphs=["Secret handout text."])
    with pytest.raises(LoadError, match="is password-protected"):
        load_article(_encrypted(src, tmp_path / "locked.pdf", "s3cret"))


def test_pdf_with_only_an_owner_password_is_read(tmp_path: Path) -> None:
    src = write_pdf(tmp_path / "plain.pdf", paragraphs=["Permissions only, readable by anyone."])
    art = load_article(_encrypted(src, tmp_path / "restricted.pdf", ""))
    assert "Permissions only, readable by anyone." in art.text


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"<html>not a pdf at all</html>", "is not a PDF file"),
        (b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n%%EOF garbage", "is not a readable PDF|has no pages"),
    ],
)
def test_damaged_or_renamed_pdf(tmp_path: Path, data: bytes, problem: str) -> None:
    p = tmp_path / "broken.pdf"
    p.write_bytes(data)
    with pytest.raises(LoadError, match=problem):
        load_article(p)


@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256"])
def test_aes_encrypted_pdf_without_user_password_is_read(tmp_path: Path, algorithm: str) -> None:
    src = write_pdf(tmp_path / "plain.pdf", paragraphs=["Edit-restricted handout text."])
    writer = PdfWriter(clone_from=src)
    writer.encrypt(user_password="", owner_password="owner", algorithm=algorithm)
    buf = io.BytesIO()
    writer.write(buf)
    (tmp_path / "aes.pdf").write_bytes(buf.getvalue())
    assert "Edit-restricted handout text." in load_article(tmp_path / "aes.pdf").text
