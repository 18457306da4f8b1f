"""Word .docx articles: paragraphs, headings, list items and table rows read with python-docx."""

from __future__ import annotations

import io
import zipfile

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph

from argmap.articles.extraction import Extracted, ExtractError, Report, join_paragraphs, no_report, one_line
from argmap.limits import LIMITS, human_bytes

_UNPACKED_LIMIT = 4 * LIMITS.article_file_bytes
"""Refuse a .docx whose parts unpack to more than this (a zip bomb)."""


def extract_docx(data: bytes, report: Report = no_report) -> Extracted:
    """The body of a .docx file; a paragraph styled Title (or the document's title property) is the title."""
    _check_package(data)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as e:  # python-docx raises many kinds for a damaged package
        raise ExtractError(f"is not a readable Word document ({type(e).__name__}: {str(e)[:150]})") from None
    report(0.3)
    title = ""
    paragraphs: list[str] = []
    number = 0
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            text = block.text
            style = block.style.name if block.style is not None else ""
            if not text.strip():
                continue
            if style == "Title" and not title and not paragraphs:
                title = one_line(text)
                continue
            number = number + 1 if style.startswith("List Number") else 0
            if number:
                text = f"{number}. {text}"
            elif style.startswith("List Bullet"):
                text = "• " + text
            paragraphs.append(text)
        elif isinstance(block, Table):
            number = 0
            paragraphs.extend(_table_rows(block))
    report(0.9)
    if not title:
        title = one_line(document.core_properties.title or "")
    return Extracted(join_paragraphs(paragraphs), title)


def _table_rows(table: Table) -> list[str]:
    rows: list[str] = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            text = one_line(cell.text)
            if text and (not cells or cells[-1] != text):  # merged cells repeat their text
                cells.append(text)
        if cells:
            rows.append(" | ".join(cells))
    return rows


def _check_package(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
            unpacked = sum(i.file_size for i in z.infolist())
    except (zipfile.BadZipFile, ValueError):
        raise ExtractError("is not a Word .docx file (damaged, or another format renamed)") from None
    if "word/document.xml" not in names:
        raise ExtractError("is a zip file but not a Word .docx document")
    if unpacked > _UNPACKED_LIMIT:
        raise ExtractError(
            f"unpacks to {human_bytes(unpacked)}, over the limit of {human_bytes(_UNPACKED_LIMIT)}"
        )
