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
BLANK = "_" * 34


def numbered_claims(m: ArgumentMap) -> list[tuple[int, Claim]]:
    """Claims marked in the article, numbered 1.. in the order their first passage appears."""
    marked = [c for c in m.claims if c.spans]
    marked.sort(key=lambda c: min(s.start for s in c.spans))
    return list(enumerate(marked, 1))


def article_html(m: ArgumentMap, numbers: list[tuple[int, Claim]] | None = None) -> str:
    """The article as paragraphs; with `numbers`, each marked passage highlighted with its claim's number."""
    text = m.article.text if m.article is not None else ""
    starts: dict[int, list[int]] = {}
    covered: list[tuple[int, int]] = []
    for n, claim in numbers or []:
        for span in claim.spans:
            if span.end <= len(text) and span.start < span.end:
                starts.setdefault(span.start, []).append(n)
                covered.append((span.start, span.end))
    cuts = sorted({0, len(text)} | {a for a, _ in covered} | {b for _, b in covered})
    out: list[str] = []
    for a, b in pairwise(cuts):
        piece = escape(text[a:b])
        marks = "".join(
            f'<sup style="color:{NUMBER_COLOR}"><b>[{n}]</b></sup>' for n in sorted(set(starts.get(a, [])))
        )
        if any(s <= a and b <= e for s, e in covered):
            piece = f'<span style="background-color:{HIGHLIGHT}">{piece}</span>'
        out.append(marks + piece)
    paragraphs = "".join(out).split("\n\n")
    return "".join(f"<p>{p.replace(chr(10), '<br/>')}</p>" for p in paragraphs if p.strip())


def _key(numbers: list[tuple[int, Claim]]) -> str:
    rows = "".join(
        f"<tr><td valign='top'><b>[{n}]</b></td><td>{escape(c.text)}"
        f"{' <i>(' + c.role.value + ')</i>' if c.role.value != 'none' else ''}</td></tr>"
        for n, c in numbers
    )
    return f"<table cellspacing='2' cellpadding='2'>{rows}</table>"


def _title(m: ArgumentMap, what: str) -> str:
    title = m.title or (m.article.title if m.article else "") or "Untitled map"
    source = m.article.source if m.article is not None and m.article.source else ""
    sub = f"<p style='color:#555'>{escape(what)}{' · ' + escape(source) if source else ''}</p>"
    return f"<h1>{escape(title)}</h1>{sub}"


def _two_columns(left: str, right: str) -> str:
    return (
        "<table width='100%' cellspacing='0' cellpadding='8'><tr>"
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
        body = f"<h3>The map</h3>{picture}" + _two_columns(article, key)
    return f"<html><body style='font-size:10pt'>{_title(m, 'Handout')}{body}</body></html>"


def worksheet_html(m: ArgumentMap) -> str:
    """A blank skeleton: the article beside the map's shape, every box a line to fill in."""
    outline = essay_outline(m)
    rows: list[str] = []
    for n, section in enumerate(outline.sections, 1):
        rows.append(f"<p><b>Main conclusion {n}:</b> {BLANK}</p>")
        for point in section.points:
            indent = 18 * (point.depth + 1)
            rows.append(f"<p style='margin-left:{indent}px'><b>{escape(point.connective)}</b> {BLANK}</p>")
        rows.append(f"<p><b>Therefore,</b> {BLANK}</p>")
    if not outline.sections:
        rows.append(f"<p><b>Main conclusion:</b> {BLANK}</p>")
        rows += [f"<p style='margin-left:18px'><b>Because</b> {BLANK}</p>"] * 3
        rows.append(f"<p style='margin-left:18px'><b>However,</b> {BLANK}</p>")
    steps = (
        "<p style='color:#555'>Read the article. Find the main conclusion, the reasons given for it "
        "and the objections; write each in your own words on a line, and the paragraph it comes from.</p>"
    )
    right = "<h3>The argument</h3>" + steps + "".join(rows)
    body = _title(m, "Worksheet") + _two_columns(f"<h3>The article</h3>{article_html(m)}", right)
    return f"<html><body style='font-size:10pt'>{body}</body></html>"
