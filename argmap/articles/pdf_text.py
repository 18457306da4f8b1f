"""PDF articles: the text layer read with pypdf, rebuilt into paragraphs in reading order.

pypdf gives the lines of each page in content order with their positions; this module
drops running headers, footers and page numbers, joins words hyphenated at line ends,
and starts a new paragraph at a wider line gap, a change of font size, or a short line
that ends a sentence.
"""

from __future__ import annotations

import io
import itertools
import re
import statistics
from collections import Counter
from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

from argmap.articles.extraction import Extracted, ExtractError, Report, join_paragraphs, no_report, one_line
from argmap.limits import LIMITS

_ENCRYPTED = (
    "is password-protected: open it in a PDF reader, save or print an unprotected copy, and import that"
)
_NO_TEXT = (
    "has no text layer (a scanned document?): run OCR on it first, for example with ocrmypdf, "
    "and import the result"
)
_PAGE_NUMBER = re.compile(r"^(page\s*)?[-–(]?\s*\d+\s*[-–)]?(\s*(of|/)\s*\d+)?$", re.IGNORECASE)
_SENTENCE_END = tuple(".!?:;\"'”’»)")
_JUNK_TITLE = re.compile(r"^(microsoft word|untitled|document\d*$)|\.(docx?|pdf|tex|odt)$", re.IGNORECASE)


@dataclass
class _Line:
    text: str
    y: float
    size: float


def extract_pdf(data: bytes, report: Report = no_report) -> Extracted:
    """The text of a PDF, paragraphs separated by blank lines; the metadata title when it looks real."""
    reader = _open(data)
    pages: list[list[_Line]] = []
    chars = 0
    n = len(reader.pages)
    for i, page in enumerate(reader.pages):
        lines = _page_lines(page)
        chars += sum(len(line.text) for line in lines)
        if chars > LIMITS.article_chars:
            raise ExtractError(f"has more than {LIMITS.article_chars:,} characters of text, over the limit")
        pages.append(lines)
        report((i + 1) / max(n, 1))
    if n == 0:
        raise ExtractError("has no pages")
    if not any(line.text.strip() for lines in pages for line in lines):
        raise ExtractError(_NO_TEXT)
    text = join_paragraphs(_paragraphs(_drop_running_lines(pages)))
    meta = reader.metadata
    title = one_line(str(meta.title or "")) if meta is not None else ""
    return Extracted(text, "" if _JUNK_TITLE.search(title) else title)


def _open(data: bytes) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ExtractError(_ENCRYPTED)
        return reader
    except (FileNotDecryptedError, DependencyError):
        raise ExtractError(_ENCRYPTED) from None
    except PdfReadError as e:
        raise ExtractError(f"is not a readable PDF (damaged?): {str(e)[:150]}") from None


def _page_lines(page: Any) -> list[_Line]:
    """The page's lines in content order, each with the height and font size of its first glyphs."""
    lines: list[_Line] = []
    current: list[str] = []
    pos: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        del font
        parts = text.split("\n")
        for k, part in enumerate(parts):
            if k:
                _finish(lines, current, pos)
            if part.strip() and not pos:
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                scale = abs(tm[3] * cm[3]) or 1.0
                pos.extend((y, size * scale))
            current.append(part)

    page.extract_text(visitor_text=visit)
    _finish(lines, current, pos)
    return lines


def _finish(lines: list[_Line], current: list[str], pos: list[float]) -> None:
    text = " ".join("".join(current).split())
    if text and pos:
        lines.append(_Line(text, pos[0], pos[1]))
    current.clear()
    pos.clear()


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower())


def _drop_running_lines(pages: list[list[_Line]]) -> list[list[_Line]]:
    """Without page numbers, and without lines repeated at the top or bottom of many pages."""
    edge_counts: Counter[str] = Counter()
    for lines in pages:
        edges = {_key(line.text) for line in lines[:2] + lines[-2:]}
        edge_counts.update(edges)
    threshold = max(2, 0.4 * len(pages))
    running = {k for k, c in edge_counts.items() if c >= threshold} if len(pages) > 1 else set()
    out: list[list[_Line]] = []
    for lines in pages:
        keep: list[_Line] = []
        for i, line in enumerate(lines):
            at_edge = i < 2 or i >= len(lines) - 2
            if at_edge and (_key(line.text) in running or _PAGE_NUMBER.match(line.text)):
                continue
            keep.append(line)
        out.append(keep)
    return out


def _paragraphs(pages: list[list[_Line]]) -> list[str]:
    paragraphs: list[str] = []
    current = ""
    prev: _Line | None = None
    prev_width = 0.0
    for lines in pages:
        gaps = [a.y - b.y for a, b in itertools.pairwise(lines) if a.y - b.y > 0]
        pitch = statistics.median(gaps) if gaps else 0.0
        width = statistics.median(len(line.text) for line in lines) if len(lines) >= 3 else 0.0
        for i, line in enumerate(lines):
            if current and prev is not None:
                if i == 0:  # a new page: only a change of size or a short last line ends the paragraph
                    new = _size_changes(prev, line) or _ends_short(prev, prev_width)
                else:
                    new = _breaks(prev, line, pitch, width)
                if new and not current.endswith("-"):
                    paragraphs.append(current)
                    current = ""
            current = _join(current, line.text)
            prev = line
        prev_width = width
    if current:
        paragraphs.append(current)
    return paragraphs


def _breaks(prev: _Line, line: _Line, pitch: float, width: float) -> bool:
    """True when `line` starts a new paragraph after `prev` on the same page."""
    gap = prev.y - line.y
    if gap <= 0 or (pitch and gap > 1.4 * pitch):
        return True
    return _size_changes(prev, line) or _ends_short(prev, width)


def _size_changes(a: _Line, b: _Line) -> bool:
    return abs(a.size - b.size) > 0.05 * max(a.size, b.size)


def _ends_short(line: _Line, width: float) -> bool:
    return bool(width) and line.text.endswith(_SENTENCE_END) and len(line.text) < 0.7 * width


def _join(current: str, text: str) -> str:
    if not current:
        return text
    if len(current) > 1 and current.endswith("-") and current[-2].isalpha() and text[:1].islower():
        return current[:-1] + text
    return current + " " + text
