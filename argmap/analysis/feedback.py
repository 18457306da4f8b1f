"""A student's feedback report for Map Match as a self-contained HTML document (Qt-free), in plain words.

`feedback_html(reference, student, result, name)` returns HTML that QTextDocument can
render (ui/report_pdf.py turns it into a PDF) and a browser can open: the total, one
row per line with its explanation, the claims the student missed quoted from their
paragraph of the article (cut on word boundaries), and the student's boxes that are not
in the teacher's map. A map with next to nothing on it gets one short "nothing to grade
yet" page instead. Nothing a student reads names an internal id or a statistic.
"""

from __future__ import annotations

from html import escape

from argmap.analysis.map_match import MatchResult, shorten
from argmap.analysis.spans import merged, overlap
from argmap.model import ArgumentMap, Claim

CONTEXT = 120
"""Characters of article shown around a missed claim's passage, at most (cut on words, within its paragraph)."""
MARK = "background:#ffe08a"


def _pct(score: float | None) -> str:
    return "does not apply" if score is None else f"{score:.0%}"


def excerpt(text: str, start: int, end: int) -> str:
    """The passage [start, end) highlighted, with up to CONTEXT characters around it from its paragraph, cut on words."""
    para_lo = text.rfind("\n", 0, start) + 1
    para_hi = text.find("\n", end)
    para_hi = len(text) if para_hi < 0 else para_hi
    lo = max(para_lo, start - CONTEXT)
    hi = min(para_hi, end + CONTEXT)
    if lo > para_lo:
        space = text.find(" ", lo, start)
        lo = start if space < 0 else space + 1
    if hi < para_hi:
        space = text.rfind(" ", end, hi)
        hi = end if space < 0 else space
    before = ("… " if lo > para_lo else "") + text[lo:start]
    after = text[end:hi] + (" …" if hi < para_hi else "")
    return f"{escape(before)}<b style='{MARK}'>{escape(text[start:end])}</b>{escape(after)}"


def is_near_empty(student: ArgumentMap) -> bool:
    """Too little on the map to compare: at most one box and no arrows."""
    return len(student.claims) <= 1 and not student.arguments


def _title(reference: ArgumentMap, student: ArgumentMap) -> str:
    for m in (reference, student):
        if m.article is not None and m.article.title:
            return m.article.title
    return "the article"


def _head(name: str) -> list[str]:
    return [
        "<html><head><meta charset='utf-8'>",
        f"<title>Feedback: {escape(name)}</title></head><body style='font-family:sans-serif'>",
        f"<h1>Feedback for {escape(name)}</h1>",
    ]


def feedback_html(reference: ArgumentMap, student: ArgumentMap, result: MatchResult, name: str) -> str:
    """The whole report as one HTML document (UTF-8, inline styles only)."""
    title = _title(reference, student)
    parts = _head(name)
    if is_near_empty(student):
        boxes = "no boxes" if not student.claims else "one box and no arrows"
        parts += [
            "<h2>Nothing to grade yet</h2>",
            f"<p>Your map of “{escape(title)}” has {boxes}, so there is nothing to compare yet.</p>",
            "<p>Read the article again, select the sentences where the author argues, and tag each "
            "one as the conclusion, a reason or an objection. Then draw arrows from each reason to "
            "what it supports. Hand it in again when your map shows the argument.</p>",
            "</body></html>",
        ]
        return "\n".join(parts)
    rows = "".join(
        f"<tr><td>{escape(line.title)}</td><td align='right'><b>{_pct(line.score)}</b></td>"
        f"<td>{escape(line.detail)}</td></tr>"
        for line in result.lines
    )
    parts += [
        f"<p>Your map of “{escape(title)}”, compared with your teacher's map.</p>",
        f"<h2>Total: {result.total:.0%}</h2>",
        "<table border='1' cellspacing='0' cellpadding='4' width='100%'>",
        "<tr><th align='left'>What was checked</th><th>Score</th><th align='left'>Why</th></tr>",
        rows,
        "</table>",
    ]
    near = _near_boxes(reference, student, result)
    parts += _missing(reference, student, result, near)
    parts += _extra(student, result, {s for ss in near.values() for s in ss})
    parts.append("</body></html>")
    return "\n".join(parts)


def _near_boxes(reference: ArgumentMap, student: ArgumentMap, result: MatchResult) -> dict[str, list[str]]:
    """Missed reference claim id -> the student's unmatched boxes whose selection overlaps it."""
    return _overlapping(reference, student, result, result.alignment.extra)


def _shared_boxes(reference: ArgumentMap, student: ArgumentMap, result: MatchResult) -> dict[str, list[str]]:
    """Missed reference claim id -> the student's boxes matched to another claim whose selection also covers it."""
    return _overlapping(reference, student, result, list(result.alignment.to_ref))


def _overlapping(
    reference: ArgumentMap, student: ArgumentMap, result: MatchResult, ids: list[str]
) -> dict[str, list[str]]:
    boxes = [student.claim(i) for i in ids]
    out: dict[str, list[str]] = {}
    for r_id in result.alignment.missing:
        r = merged(reference.claim(r_id).spans)
        hits = [c.id for c in boxes if r and overlap(r, merged(c.spans))]
        if hits:
            out[r_id] = hits
    return out


def _quote(c: Claim) -> str:
    return escape(shorten(c.text, 80))


def _missing(
    reference: ArgumentMap, student: ArgumentMap, result: MatchResult, near: dict[str, list[str]]
) -> list[str]:
    missing = [reference.claim(i) for i in result.alignment.missing]
    if not missing:
        return ["<h2>What you missed</h2><p>Nothing: you found every claim in your teacher's map.</p>"]
    shared = _shared_boxes(reference, student, result)
    out = ["<h2>What you missed</h2>", "<p>Where the article says each one:</p>", "<ol>"]
    text = reference.article.text if reference.article else ""
    for c in missing:
        out.append(f"<li><p><b>{escape(c.text)}</b></p>")
        for start, end in merged(c.spans):
            if end <= len(text):
                out.append(f"<p style='margin-left:1em'>{excerpt(text, start, end)}</p>")
        if c.implicit:
            out.append(
                "<p style='margin-left:1em'><i>The author does not say this one; the argument needs it.</i></p>"
            )
        for s_id in shared.get(c.id, []):
            out.append(
                f"<p style='margin-left:1em'><i>Your box “{_quote(student.claim(s_id))}” covers this "
                "claim together with another one: give each claim a box of its own.</i></p>"
            )
        for s_id in near.get(c.id, []):
            out.append(
                f"<p style='margin-left:1em'><i>Your box “{_quote(student.claim(s_id))}” is on this "
                "passage, but it covers too little or too much of it to count: select the words that "
                "make the claim.</i></p>"
            )
        out.append("</li>")
    out.append("</ol>")
    return out


def _extra(student: ArgumentMap, result: MatchResult, shown: set[str]) -> list[str]:
    extra = [student.claim(i) for i in result.alignment.extra if i not in shown]
    if not extra:
        return []
    out = [
        "<h2>Boxes that are not in your teacher's map</h2>",
        "<p>Not wrong in themselves: check whether the author argues them, or whether they are "
        "background, a heading or an advertisement.</p>",
        "<ul>",
    ]
    out += [f"<li>{_quote(c)}</li>" for c in extra]
    out.append("</ul>")
    return out
