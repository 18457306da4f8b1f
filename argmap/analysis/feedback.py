"""A student's feedback report for Map Match as a self-contained HTML document (Qt-free).

`feedback_html(reference, student, result, name)` returns HTML that QTextDocument can
render (ui/report_pdf.py turns it into a PDF) and a browser can open: the total, one
row per line with its explanation, the reference claims the student missed with their
sentences highlighted in the article, and the student's claims that match nothing.
"""

from __future__ import annotations

from html import escape

from argmap.analysis.map_match import MatchResult
from argmap.analysis.spans import merged
from argmap.model import ArgumentMap

CONTEXT = 120
"""Characters of article shown around a missed claim's sentence."""


def _pct(score: float | None) -> str:
    return "n/a" if score is None else f"{score:.0%}"


def _excerpt(text: str, start: int, end: int) -> str:
    lo = max(0, start - CONTEXT)
    hi = min(len(text), end + CONTEXT)
    before = ("…" if lo else "") + text[lo:start]
    after = text[end:hi] + ("…" if hi < len(text) else "")
    return f"{escape(before)}<b style='background:#ffe08a'>{escape(text[start:end])}</b>{escape(after)}"


def feedback_html(reference: ArgumentMap, student: ArgumentMap, result: MatchResult, name: str) -> str:
    """The whole report as one HTML document (UTF-8, inline styles only)."""
    title = reference.title or (reference.article.title if reference.article else "") or "Map Match"
    rows = "".join(
        f"<tr><td>{escape(line.title)}</td><td align='right'><b>{_pct(line.score)}</b></td>"
        f"<td>{escape(line.detail)}</td></tr>"
        for line in result.lines
    )
    parts = [
        "<html><head><meta charset='utf-8'>",
        f"<title>Feedback: {escape(name)}</title></head><body style='font-family:sans-serif'>",
        f"<h1>Feedback for {escape(name)}</h1>",
        f"<p>{escape(title)}. Compared with the teacher's reference map, given the maps as drawn.</p>",
        f"<h2>Total: {result.total:.0%}</h2>",
        "<table border='1' cellspacing='0' cellpadding='4' width='100%'>",
        "<tr><th align='left'>Line</th><th>Score</th><th align='left'>Why</th></tr>",
        rows,
        "</table>",
    ]
    parts += _missing(reference, result)
    parts += _extra(student, result)
    parts.append("</body></html>")
    return "\n".join(parts)


def _missing(reference: ArgumentMap, result: MatchResult) -> list[str]:
    missing = [reference.claim(i) for i in result.alignment.missing]
    if not missing:
        return ["<h2>Claims you missed</h2><p>None: you found every claim of the reference.</p>"]
    out = ["<h2>Claims you missed</h2>", "<p>Where the article makes each one:</p>", "<ol>"]
    text = reference.article.text if reference.article else ""
    for c in missing:
        out.append(f"<li><p><b>{escape(c.text)}</b></p>")
        for start, end in merged(c.spans):
            if end <= len(text):
                out.append(f"<p style='margin-left:1em'>{_excerpt(text, start, end)}</p>")
        if c.implicit:
            out.append(
                "<p style='margin-left:1em'><i>An unstated premise: the article does not say it.</i></p>"
            )
        out.append("</li>")
    out.append("</ol>")
    return out


def _extra(student: ArgumentMap, result: MatchResult) -> list[str]:
    extra = [student.claim(i) for i in result.alignment.extra]
    if not extra:
        return []
    out = [
        "<h2>Your claims that the reference does not have</h2>",
        "<p>Not wrong in themselves: check whether the author argues them, or whether your "
        "selection covers much more or less text than the claim.</p>",
        "<ul>",
    ]
    out += [f"<li>{escape(c.text)}</li>" for c in extra]
    out.append("</ul>")
    return out
