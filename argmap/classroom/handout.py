"""Printable handouts as HTML: the article with numbered highlighted spans beside the map, or a blank worksheet.

    html = handout_html(m, map_image="file:///tmp/map.png")   # article + numbered spans + map + key
    html = worksheet_html(m)                                   # article + the map's shape with blanks

The HTML is plain enough for Qt's QTextDocument (tables, inline styles, <img>), which
the app renders to PDF; argmap itself never draws.
"""

from __future__ import annotations

from html import escape
from itertools import pairwise

from argmap.classroom.essay import essay_outline
from argmap.model import ArgumentMap, Claim

HIGHLIGHT = "#fff0a0"
NUMBER_COLOR = "#8a4b00"
PARAGRAPH_COLOR = "#666666"
LINE_CHARS = 56
"""Underscores in an answer line at the outermost level (long enough to write a sentence on)."""


def numbered_claims(m: ArgumentMap) -> list[tuple[int, Claim]]:
    """Claims marked in the article, numbered 1.. in the order their first passage appears."""
    marked = [c for c in m.claims if c.spans]
    marked.sort(key=lambda c: min(s.start for s in c.spans))
    return list(enumerate(marked, 1))


def is_heading(line: str) -> bool:
    """A short line that does not end like a sentence: a title or section heading."""
    line = line.strip()
    return bool(line) and len(line) < 100 and line[-1] not in '.?!…"”’):;'


def article_html(m: ArgumentMap, numbers: list[tuple[int, Claim]] | None = None) -> str:
    """The article, one paragraph per line, numbered ¶1, ¶2... (headings in bold, unnumbered).

    With `numbers`, each marked passage is highlighted with its claim's number [n].
    """
    text = m.article.text if m.article is not None else ""
    starts: dict[int, list[int]] = {}
    covered: list[tuple[int, int]] = []
    for n, claim in numbers or []:
        for span in claim.spans:
            if span.end <= len(text) and span.start < span.end:
                starts.setdefault(span.start, []).append(n)
                covered.append((span.start, span.end))
    out: list[str] = []
    paragraph = 0
    line_start = 0
    for line in text.split("\n"):
        ls, le = line_start, line_start + len(line)
        line_start = le + 1
        if not line.strip():
            continue
        inside = {a for a, _ in covered if ls < a < le} | {b for _, b in covered if ls < b < le}
        cuts = sorted({ls, le} | inside)
        pieces: list[str] = []
        for a, b in pairwise(cuts):
            piece = escape(text[a:b])
            marks = "".join(
                f'<sup style="color:{NUMBER_COLOR}"><b>[{n}]</b></sup>'
                for n in sorted(set(starts.get(a, [])))
            )
            if any(s <= a and b <= e for s, e in covered):
                piece = f'<span style="background-color:{HIGHLIGHT}">{piece}</span>'
            pieces.append(marks + piece)
        body = "".join(pieces)
        if is_heading(line):
            out.append(f"<p style='margin-top:10px'><b>{body}</b></p>")
        else:
            paragraph += 1
            out.append(f"<p><span style='color:{PARAGRAPH_COLOR}'>¶{paragraph}</span>&nbsp; {body}</p>")
    return "".join(out)


def _key(numbers: list[tuple[int, Claim]]) -> str:
    rows = "".join(
        f"<tr><td valign='top'><b>[{n}]</b></td><td>{escape(c.text)}"
        f"{' <i>(' + c.role.value + ')</i>' if c.role.value != 'none' else ''}</td></tr>"
        for n, c in numbers
    )
    return f"<table cellspacing='2' cellpadding='2'>{rows}</table>"


def _title(m: ArgumentMap, what: str, *, answer: bool = True) -> str:
    """The page title: the map's title on answer sheets, the article's on a worksheet (the map's states the answer)."""
    article_title = m.article.title if m.article else ""
    title = (m.title if answer else "") or article_title or "Untitled"
    source = m.article.source if m.article is not None and m.article.source else ""
    sub = f"<p style='color:#555'>{escape(what)}{' · ' + escape(source) if source else ''}</p>"
    return f"<h1>{escape(title)}</h1>{sub}"


def _two_columns(left: str, right: str, *, new_page: bool = False) -> str:
    brk = " style='page-break-before:always'" if new_page else ""
    return (
        f"<table width='100%' cellspacing='0' cellpadding='8'{brk}><tr>"
        f"<td width='52%' valign='top'>{left}</td><td width='48%' valign='top'>{right}</td>"
        "</tr></table>"
    )


def handout_html(
    m: ArgumentMap, map_image: str | None = None, image_width: int = 430, *, beside: bool = True
) -> str:
    """The article with numbered highlighted passages, the map picture and a key of the numbers.

    `beside`: the map in the column next to the article (a tall map); otherwise a wide
    map spans the page above the article and its key.
    """
    numbers = numbered_claims(m)
    picture = (
        f"<p><img src='{escape(map_image, quote=True)}' width='{image_width}'/></p>" if map_image else ""
    )
    article = f"<h3>The article</h3>{article_html(m, numbers)}"
    key = f"<h3>Numbered passages</h3>{_key(numbers)}"
    if beside or not picture:
        body = _two_columns(article, f"<h3>The map</h3>{picture}{key}")
    else:
        # a wide map fills the first page; the article and its key start the next (no heading left at a page foot)
        body = f"<h3>The map</h3>{picture}" + _two_columns(article, key, new_page=True)
    return f"<html><body style='font-size:10pt'>{_title(m, 'Handout')}{body}</body></html>"


def _blank(label: str, depth: int) -> str:
    """A connective with a space for the paragraph number, then a long line to write on."""
    indent = 18 * depth
    line = "_" * (LINE_CHARS - 3 * depth)
    return (
        f"<p style='margin-left:{indent}px; margin-top:10px; margin-bottom:0px'><b>{escape(label)}</b>"
        f"&nbsp;&nbsp;<span style='color:{PARAGRAPH_COLOR}'>(paragraph ¶ ____ )</span></p>"
        f"<p style='margin-left:{indent}px; margin-top:14px; margin-bottom:0px'>{line}</p>"
        f"<p style='margin-left:{indent}px; margin-top:14px'>{line}</p>"
    )


def worksheet_html(m: ArgumentMap) -> str:
    """A blank skeleton: the numbered article beside the map's shape, every box two lines to fill in."""
    outline = essay_outline(m)
    rows: list[str] = []
    for n, section in enumerate(outline.sections, 1):
        rows.append(_blank(f"Main conclusion {n}:", 0))
        rows += [_blank(point.connective, point.depth + 1) for point in section.points]
        rows.append(_blank("Therefore,", 0))
    if not outline.sections:
        rows.append(_blank("Main conclusion:", 0))
        rows += [_blank("Because", 1)] * 3
        rows.append(_blank("However,", 1))
    steps = (
        "<p style='color:#555'>Read the article. Find the main conclusion, the reasons given for it "
        "and the objections; write each in your own words on the lines, and the number (¶) of the "
        "paragraph it comes from.</p>"
    )
    right = "<h3>The argument</h3>" + steps + "".join(rows)
    body = _title(m, "Worksheet", answer=False) + _two_columns(
        f"<h3>The article</h3>{article_html(m)}", right
    )
    return f"<html><body style='font-size:10pt'>{body}</body></html>"
