"""PDF articles: the text layer read with pypdf, rebuilt into paragraphs in reading order.

pypdf gives the lines of each page in content order with their positions; this module
drops running headers, footers and page numbers (`pdf_running`), joins words
hyphenated at line ends (keeping the hyphen of a word the document spells with one),
joins Chinese and Japanese lines without a space, and starts a new paragraph at a
wider line gap, a change of font size, a list bullet, or a short line that ends a sentence.
"""

from __future__ import annotations

import io
import itertools
import re
import statistics
from typing import Any

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

from argmap.articles.extraction import (
    REPLACEMENT,
    Extracted,
    ExtractError,
    Report,
    join_paragraphs,
    no_report,
    one_line,
)
from argmap.articles.pdf_lines import Line, Page, clean_line, starts_item
from argmap.articles.pdf_running import drop_running_lines
from argmap.limits import LIMITS

_ENCRYPTED = (
    "is password-protected: open it in a PDF reader, save or print an unprotected copy, and import that"
)
_NO_TEXT = (
    "has no text layer (a scanned document?): run OCR on it first, for example with ocrmypdf, "
    "and import the result"
)
_SENTENCE_END = tuple(".!?:;\"'”’»)。！？」』")
_JUNK_TITLE = re.compile(
    r"^(microsoft (word|powerpoint|excel)\b|untitled|doi:|arxiv:|https?://|www\.|"
    r"(document|book|presentation|slide|layout|title|chart|sheet)[ _-]?\d*$|powerpoint presentation$|"
    r"print$|none$|null$|[\W\d_]*$)|\.(docx?|pdf|tex|dvi|ps|eps|odt|indd|pptx?|xlsx?|rtf|qxd|pages|key)$",
    re.IGNORECASE,
)
_GARBLED_SHARE = 0.02
"""Above this share of unreadable glyphs the whole text layer is called garbled."""
_HYPHENATED = re.compile(r"\b\w+(?:-\w+)+\b")
_CJK = re.compile("[\u2e80-\u2fdf\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
"""Chinese and Japanese characters and punctuation: lines of them join without a space.
Korean is left out: Hangul text puts spaces between words, so its lines break at spaces."""


def extract_pdf(data: bytes, report: Report = no_report) -> Extracted:
    """The text of a PDF, paragraphs separated by blank lines; the metadata title when it looks real."""
    reader = _open(data)
    pages: list[Page] = []
    chars = 0
    unreadable = 0
    n = len(reader.pages)
    for i, page in enumerate(reader.pages):
        lines, bad = _page_lines(page)
        unreadable += bad
        chars += sum(len(line.text) for line in lines)
        if chars > LIMITS.article_chars:
            raise ExtractError(f"has more than {LIMITS.article_chars:,} characters of text, over the limit")
        pages.append(_page(page, lines))
        report((i + 1) / max(n, 1))
    if n == 0:
        raise ExtractError("has no pages")
    if not any(line.text.strip(" " + REPLACEMENT) for page in pages for line in page.lines):
        raise ExtractError(_NO_TEXT)
    kept = drop_running_lines(pages)
    text = join_paragraphs(_paragraphs(kept, _hyphenated_words(kept)))
    meta = reader.metadata
    title = one_line(str(meta.title or "")) if meta is not None else ""
    warnings = (_garbled(unreadable, chars),) if unreadable else ()
    return Extracted(text, "" if _JUNK_TITLE.search(title) else title, warnings=warnings)


def _garbled(unreadable: int, chars: int) -> str:
    """The warning for glyphs without a Unicode meaning: a few places to check, or a garbled text layer."""
    what = "1 character" if unreadable == 1 else f"{unreadable:,} characters"
    if unreadable > _GARBLED_SHARE * max(chars, 1):
        return (
            f"has {what} whose font gives no meaning, shown as {REPLACEMENT}: the text looks garbled; "
            "run OCR on the PDF (for example with ocrmypdf --force-ocr) and import the result"
        )
    return (
        f"has {what} whose font gives no meaning, shown as {REPLACEMENT}: check those places against the PDF"
    )


def _page(page: Any, lines: list[Line]) -> Page:
    try:
        box = page.mediabox
        return Page(lines, float(box.top), float(box.bottom))
    except (AttributeError, TypeError, ValueError, KeyError):
        return Page(lines)


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


def _page_lines(page: Any) -> tuple[list[Line], int]:
    """The page's lines in content order (height and font size of their first glyphs), and unreadable glyphs."""
    lines: list[Line] = []
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
    unreadable = 0
    for line in lines:
        line.text, bad = clean_line(line.text)
        unreadable += bad
    return lines, unreadable


def _finish(lines: list[Line], current: list[str], pos: list[float]) -> None:
    text = " ".join("".join(current).split())
    if text and pos:
        lines.append(Line(text, pos[0], pos[1]))
    current.clear()
    pos.clear()


def _hyphenated_words(pages: list[list[Line]]) -> set[str]:
    """Words the document spells with a hyphen inside a line ("open-sourcing"), lower case."""
    found: set[str] = set()
    for lines in pages:
        for line in lines:
            found.update(w.lower() for w in _HYPHENATED.findall(line.text))
    return found


def _paragraphs(pages: list[list[Line]], hyphenated: set[str] | None = None) -> list[str]:
    paragraphs: list[str] = []
    current = ""
    prev: Line | None = None
    prev_width = 0.0
    for lines in pages:
        gaps = [a.y - b.y for a, b in itertools.pairwise(lines) if a.y - b.y > 0]
        pitch = statistics.median(gaps) if gaps else 0.0
        width = statistics.median(len(line.text) for line in lines) if len(lines) >= 3 else 0.0
        for i, line in enumerate(lines):
            if current and prev is not None:
                if i == 0:  # a new page: a change of size, a short last line, or a line set apart
                    apart = len(lines) > 1 and bool(pitch) and line.y - lines[1].y > 1.4 * pitch
                    ended = prev.text.endswith(_SENTENCE_END)
                    new = _size_changes(prev, line) or _ends_short(prev, prev_width) or (ended and apart)
                else:
                    new = _breaks(prev, line, pitch, width)
                if starts_item(line.text) or (new and not current.endswith("-")):
                    paragraphs.append(current)
                    current = ""
            current = _join(current, line.text, hyphenated or set())
            prev = line
        prev_width = width
    if current:
        paragraphs.append(current)
    return paragraphs


def _breaks(prev: Line, line: Line, pitch: float, width: float) -> bool:
    """True when `line` starts a new paragraph after `prev` on the same page."""
    gap = prev.y - line.y
    if gap <= 0 or (pitch and gap > 1.4 * pitch):
        return True
    return _size_changes(prev, line) or _ends_short(prev, width)


def _size_changes(a: Line, b: Line) -> bool:
    return abs(a.size - b.size) > 0.05 * max(a.size, b.size)


def _ends_short(line: Line, width: float) -> bool:
    return bool(width) and line.text.endswith(_SENTENCE_END) and len(line.text) < 0.7 * width


def _join(current: str, text: str, hyphenated: set[str]) -> str:
    """`current` and the next line's text: a word hyphenated at the line end is joined, CJK lines meet."""
    if not current:
        return text
    if len(current) > 1 and current.endswith("-") and current[-2].isalpha() and text[:1].islower():
        head = re.search(r"[\w-]+-$", current)
        tail = re.match(r"\w+", text)
        if head and tail and (head.group() + tail.group()).lower() in hyphenated:
            return current + text  # the document writes this word with its hyphen
        return current[:-1] + text
    if _CJK.match(current[-1]) and _CJK.match(text[0]):
        return current + text
    return current + " " + text
