"""Running headers, footers and page numbers of a PDF: found by place on the page and by text without numbers.

A running line sits in the top or bottom margin band of the page, at the edge of
the page's content, and either is a page number, or comes back on other pages at the
same height (its numbers may change: "Chapter 3", "Page 4 of 9"), or fills the same
header slot on most pages (a header that changes per chapter or alternates between
odd and even pages). Documents of 3 pages or fewer are judged much more strictly,
and a page is never emptied.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter, defaultdict

from argmap.articles.pdf_lines import Line, Page

PAGE_NUMBER = re.compile(r"^(page\s*)?[-–(]?\s*\d+\s*[-–)]?(\s*(of|/)\s*\d+)?$", re.IGNORECASE)
_ROMAN = re.compile(r"^(?=[ivxlc])c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$", re.IGNORECASE)
"""A page number in roman numerals (front matter): "iv", "XII"; not a word like "civil"."""
_BAND = 0.08
"""Share of the page height at the top and bottom where running lines sit."""
_SAME_HEIGHT = 2.0
"""Points: two lines this close in height are at the same place."""
_EDGE = 2
"""Lines from the top and bottom of a page's content that may be running lines."""
_SHORT_DOCUMENT = 3
_SLOT_SHARE = 0.5


def drop_running_lines(pages: list[Page]) -> list[list[Line]]:
    """Each page's lines without its running lines; a page that would be left empty keeps all its lines."""
    long = len(pages) > _SHORT_DOCUMENT
    seen: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for n, page in enumerate(pages):
        for line in _edge_lines(page):
            if _in_band(line, page):
                seen[_key(line.text)].append((n, line.y))
    slots = _header_slots(pages) if long else set()
    out: list[list[Line]] = []
    for n, page in enumerate(pages):
        edge = {id(line) for line in _edge_lines(page)}
        keep = [
            line
            for line in page.lines
            if not (id(line) in edge and _running(line, page, n, seen, slots, len(pages)))
        ]
        out.append(keep if keep else list(page.lines))
    return out


def _running(
    line: Line,
    page: Page,
    n: int,
    seen: dict[str, list[tuple[int, float]]],
    slots: set[int],
    pages: int,
) -> bool:
    text = line.text.strip()
    long = pages > _SHORT_DOCUMENT
    if not _in_band(line, page):
        return bool(long and PAGE_NUMBER.match(text))  # a page number set inside the text area
    if PAGE_NUMBER.match(text) or _ROMAN.match(text):
        return True
    if long and round(line.y) in slots:
        return True
    others = {m for m, y in seen[_key(text)] if m != n and abs(y - line.y) <= _SAME_HEIGHT}
    if long:
        return len(others) >= 1
    # 3 pages or fewer: on every page, at the same height, and short or numbered (a real footer)
    if len(others) < pages - 1 or pages < 2:
        return False
    return _key(text) != text.lower() or (len(text.split()) <= 6 and not text.endswith((".", "!", "?")))


def _header_slots(pages: list[Page]) -> set[int]:
    """Heights where most pages have a line set apart in the margin band: the running header or footer slot."""
    counts: Counter[int] = Counter()
    for page in pages:
        lines = page.lines
        if len(lines) < 3:
            continue
        gaps = [a.y - b.y for a, b in itertools.pairwise(lines) if a.y - b.y > 0]
        pitch = statistics.median(gaps) if gaps else 0.0
        first, last = lines[0], lines[-1]
        if _in_band(first, page) and first.y - lines[1].y > 1.5 * pitch:
            counts[round(first.y)] += 1
        if _in_band(last, page) and lines[-2].y - last.y > 1.5 * pitch:
            counts[round(last.y)] += 1
    slots: set[int] = set()
    for y, c in counts.items():
        near = sum(counts[y + d] for d in range(-2, 3))
        if near >= _SLOT_SHARE * len(pages) and c:
            slots.update(range(y - 2, y + 3))
    return slots


def _edge_lines(page: Page) -> list[Line]:
    lines = page.lines
    return lines[:_EDGE] + lines[max(_EDGE, len(lines) - _EDGE) :]


def _in_band(line: Line, page: Page) -> bool:
    band = _BAND * page.height
    return line.y >= page.top - band or line.y <= page.bottom + band


def _key(text: str) -> str:
    return " ".join(re.sub(r"\d+", "#", text.lower()).split())
