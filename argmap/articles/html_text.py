"""Saved web pages: the main article (title, byline, body) found by trafilatura, offline."""

from __future__ import annotations

import re

import trafilatura

from argmap.articles.extraction import Extracted, ExtractError, Report, join_paragraphs, no_report, one_line
from argmap.articles.plain_text import decode_text

_RULE = re.compile(r"^\s*\|[\s:|-]+\|\s*$")
"""The `|---|---|` line trafilatura writes under a table's header row."""
_BY = re.compile(r"^(written\s+|posted\s+)?by\s+", re.IGNORECASE)
_NOT_AUTHOR = re.compile(
    r"^(unknown|anonymous|admin(istrator)?|author|posted|by|staff|editor|editorial( team| staff)?|guest|"
    r"user|root|webmaster|wordpress|none|null|n/?a|[-_.\d\s]+)$",
    re.IGNORECASE,
)
_MAX_AUTHOR = 200
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)


def extract_html(data: bytes, report: Report = no_report) -> Extracted:
    """The article of an .html page, paragraphs separated by blank lines.

    trafilatura gets the decoded string, never a URL, so nothing is fetched: remote
    images, style sheets and scripts are ignored. Navigation, ads, related-article
    boxes, comments and scripts are dropped the way reader modes drop them. The author
    and publication date found in the page's metadata are kept apart from the text.
    """
    found = _META_CHARSET.search(data[:4096])
    html = decode_text(data, found.group(1).decode("ascii") if found else None)
    report(0.2)
    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        deduplicate=False,
        # Only a date the page states: no guessing from copyright lines or URLs.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    report(0.9)
    title = one_line(_field(doc, "title"))
    body = _field(doc, "text")
    if not body.strip():
        body = trafilatura.html2txt(html)
    paragraphs = [_plain(line) for line in body.split("\n") if line.strip() and not _RULE.match(line)]
    if not paragraphs:
        raise ExtractError("has no article text (the page is empty or only navigation and scripts)")
    if title and one_line(paragraphs[0]) == title:
        paragraphs.pop(0)
    return Extracted(join_paragraphs(paragraphs), title, _author(doc), _date(doc))


def _author(doc: object) -> str:
    """The page's author, unless it is a placeholder ("Unknown", "Admin", "Posted by")."""
    author = one_line(_field(doc, "author"))
    author = _BY.sub("", author).strip(" ,;:|-")
    names = [name for name in re.split(r"\s*[;|]\s*", author) if name and not _NOT_AUTHOR.match(name)]
    return "; ".join(names) if len(" ".join(names)) <= _MAX_AUTHOR else ""


def _date(doc: object) -> str:
    date = _field(doc, "date")
    return date if _ISO_DATE.match(date) else ""


def _field(doc: object, name: str) -> str:
    """A metadata field of trafilatura's result (a Document since 2.0, a dict before)."""
    value = doc.get(name) if isinstance(doc, dict) else getattr(doc, name, None)
    return str(value or "")


def _plain(line: str) -> str:
    """A table row as `a | b` and a list item as `• item`, the way the other formats write them."""
    stripped = line.strip()
    if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
        return " | ".join(cell.strip() for cell in stripped[1:-1].split("|"))
    if stripped.startswith("- "):
        return "• " + stripped[2:]
    return line
