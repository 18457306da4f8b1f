"""Load an article file (txt, md, html, pdf, docx) or pasted text into an Article, with clear errors."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from argmap.articles.extraction import Extracted, ExtractError, Report, clean_field, normalise_text
from argmap.articles.isolation import ImportCancelled, run_isolated
from argmap.io.errors import LoadError
from argmap.io.files import read_limited
from argmap.limits import LIMITS

if TYPE_CHECKING:
    from argmap.model import Article

FORMATS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
}
"""File extension -> article format."""

ARTICLE_EXTENSIONS: tuple[str, ...] = tuple(FORMATS)
"""Extensions `load_article` reads (lower case, with the dot), for file dialogs and drops."""

_ISOLATED = {
    "html": "argmap.articles.html_text:extract_html",
    "pdf": "argmap.articles.pdf_text:extract_pdf",
    "docx": "argmap.articles.docx_text:extract_docx",
}
_IN_PROCESS = {
    "txt": "argmap.articles.plain_text:extract_txt",
    "md": "argmap.articles.markdown_text:extract_md",
}
"""Formats read in this process: their parsers are safe and fast, and a child process costs 0.1-0.4 s."""
_REFUSED = {
    ".doc": "is an old Word .doc file: save it as .docx (File > Save As) and import that",
    ".rtf": "is an RTF file: save it as .docx or .txt and import that",
    ".odt": "is an OpenDocument file: save it as .docx and import that",
    ".epub": "is an e-book: argmap imports .txt, .md, .html, .pdf and .docx articles",
}
_READ_SHARE = 0.05
_EXTRACT_SHARE = 0.9


@dataclass(frozen=True)
class Imported:
    """An article read from a file, and what the file holds that its text cannot show."""

    article: Article
    warnings: tuple[str, ...] = ()


def load_article(
    path: str | Path,
    progress: Report | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Article:
    """The article of `import_article`, without its warnings."""
    return import_article(path, progress, cancelled).article


def import_article(
    path: str | Path,
    progress: Report | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Imported:
    """Read an article file into an Article (text normalised, title apart, source = file name).

    `progress` gets 0..1 as the import advances; when `cancelled()` turns true the
    import stops and raises ImportCancelled. Any unreadable input raises LoadError with
    one message naming the file and the problem. PDF, HTML and Word files are read in
    a child process with a time limit, so a hostile file cannot hang the caller.
    `progress` and `cancelled` are called on the calling thread; from a UI, call this
    from a worker thread and hand progress to the window through a signal.
    """
    p = Path(path)
    report = progress or _ignore
    is_cancelled = cancelled or _never
    suffix = p.suffix.lower()
    data = read_limited(p, LIMITS.article_file_bytes)
    if suffix in _REFUSED:
        raise LoadError(p, _REFUSED[suffix])
    if not data.strip():
        raise LoadError(p, "is empty: there is no text to import")
    fmt = _format_of(p, suffix, data)
    _check_signature(p, fmt, data)
    report(_READ_SHARE)
    if is_cancelled():
        raise ImportCancelled()

    def scaled(fraction: float) -> None:
        report(_READ_SHARE + _EXTRACT_SHARE * min(max(fraction, 0.0), 1.0))

    try:
        if fmt in _ISOLATED:
            # The article model (pydantic, ~0.1 s to import) loads while the child starts.
            extracted = run_isolated(_ISOLATED[fmt], data, scaled, is_cancelled, meanwhile=_model)
        else:
            extracted = _in_process(fmt)(data, scaled)
    except ExtractError as e:
        raise LoadError(p, e.problem) from None
    if is_cancelled():
        raise ImportCancelled()
    article = _article(extracted.text, extracted.title or p.stem, p.name, fmt)
    author, date = clean_field(extracted.author), clean_field(extracted.date)
    if author or date:
        article = article.model_copy(update={"author": author, "date": date})
    report(1.0)
    return Imported(article, extracted.warnings)


def article_from_text(text: str, title: str = "", source: str = "clipboard", fmt: str = "paste") -> Article:
    """An Article from text the user pasted or typed; LoadError when it is empty or too long."""
    return _article(text, title, source, fmt)


def _model() -> type[Article]:
    from argmap.model import Article

    return Article


def _article(text: str, title: str, source: str, fmt: str) -> Article:
    model = _model()  # imported on first use: `argmap import` of a web page starts its reader sooner
    text = normalise_text(text)
    if not text.strip():
        raise LoadError(source, "has no text to import")
    if len(text) > LIMITS.article_chars:
        raise LoadError(
            source, f"has {len(text):,} characters of text, over the limit of {LIMITS.article_chars:,}"
        )
    return model(text=text, title=clean_field(title), source=clean_field(source), format=fmt)


def _in_process(fmt: str) -> Callable[[bytes, Report], Extracted]:
    """The extractor of a format read in this process, imported on first use."""
    module, _, name = _IN_PROCESS[fmt].partition(":")
    extractor: Callable[[bytes, Report], Extracted] = getattr(importlib.import_module(module), name)
    return extractor


def _format_of(p: Path, suffix: str, data: bytes) -> str:
    """The format by extension; for an unknown or missing extension, by content."""
    if suffix in FORMATS:
        return FORMATS[suffix]
    head = data[:1024].lstrip().lower()
    if b"%pdf-" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04") and b"word/" in data[:65536]:
        return "docx"
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    if data.startswith(b"PK\x03\x04") or (b"\x00" in data[:4096] and not _has_text_bom(data)):
        known = ", ".join(ARTICLE_EXTENSIONS)
        raise LoadError(p, f"is not an article format argmap reads ({known})")
    return "txt"


def _check_signature(p: Path, fmt: str, data: bytes) -> None:
    """Refuse a file whose content does not match its extension, before any parser sees it."""
    if fmt == "pdf" and b"%PDF-" not in data[:1024]:
        raise LoadError(p, "is not a PDF file (it does not start with %PDF)")
    if fmt == "docx":
        if data.startswith(b"\xd0\xcf\x11\xe0"):
            raise LoadError(
                p, "is a password-protected Word file or an old .doc file: save an unprotected .docx copy"
            )
        if not data.startswith(b"PK"):
            raise LoadError(p, "is not a Word .docx file (damaged, or another format renamed)")


def _has_text_bom(data: bytes) -> bool:
    return data.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf"))


def _ignore(fraction: float) -> None:
    del fraction


def _never() -> bool:
    return False
