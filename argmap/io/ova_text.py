"""OVA's source text: HTML with `<span id="node{ID}">` anchors, to plain text with offsets and back."""

from __future__ import annotations

import html
import re

_BLOCK_END = {"p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"}


_TAG_START = re.compile(r"<(?=[A-Za-z/!])")
_ID = re.compile(r"""\bid\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)


def html_to_text(fragment: str) -> tuple[str, list[tuple[str, int, int]]]:
    """The plain text of OVA's HTML and its anchors as (node id, start, end), in closing order.

    A small linear scanner rather than html.parser, whose run time on hostile input (a file
    of `<` characters) grows too fast for a 64 MB limit.
    """
    parts: list[str] = []
    length = 0
    stack: list[tuple[str | None, int]] = []
    anchors: list[tuple[str, int, int]] = []
    pos = 0
    next_gt = -2

    def emit(raw: str) -> None:
        nonlocal length
        if raw:
            text = html.unescape(raw).replace("\r\n", "\n").replace("\r", "\n")
            parts.append(text)
            length += len(text)

    text_start = 0
    while pos < len(fragment):
        found_lt = _TAG_START.search(fragment, pos)
        if found_lt is None:
            break
        lt = found_lt.start()
        if fragment.startswith("<!--", lt):
            emit(fragment[text_start:lt])
            end = fragment.find("-->", lt + 4)
            pos = text_start = len(fragment) if end < 0 else end + 3
            continue
        if next_gt < lt and next_gt != -1:
            next_gt = fragment.find(">", lt)
        if next_gt == -1:
            break  # no ">" anywhere after: the rest is text
        first = fragment[lt + 1 : lt + 2]
        following = fragment.find("<", lt + 1)
        if not (first.isalpha() or first in ("/", "!")) or 0 <= following < next_gt:
            pos = lt + 1  # a literal "<" (no tag closes before the next "<")
            continue
        inner = fragment[lt + 1 : next_gt]
        emit(fragment[text_start:lt])
        pos = text_start = next_gt + 1
        closing = inner.startswith("/")
        words = inner.lstrip("/!").split(None, 1)
        name = words[0].rstrip("/").lower() if words else ""
        if name == "br" or (closing and name in _BLOCK_END):
            parts.append("\n")
            length += 1
        elif name == "span" and not closing:
            found = _ID.search(inner)
            span_id = next((g for g in found.groups() if g is not None), "") if found else ""
            stack.append((span_id[4:] if span_id.startswith("node") else None, length))
        elif name == "span" and stack:
            node_id, start = stack.pop()
            if node_id:
                anchors.append((html.unescape(node_id), start, length))
    emit(fragment[text_start:])
    return "".join(parts), anchors


def text_to_html(text: str, anchors: list[tuple[str, int, int]]) -> tuple[str, int]:
    """OVA's HTML for plain text with `(node id, start, end)` anchors; also how many were left out.

    Anchors that overlap an earlier one without nesting in it cannot be written as HTML
    spans and are left out (the count is returned so the exporter can report it).
    """
    chosen: list[tuple[str, int, int]] = []
    dropped = 0
    open_ends: list[int] = []
    for node_id, start, end in sorted(anchors, key=lambda a: (a[1], -a[2])):
        if end <= start:
            dropped += 1
            continue
        while open_ends and open_ends[-1] <= start:
            open_ends.pop()
        if open_ends and end > open_ends[-1]:
            dropped += 1
            continue
        chosen.append((node_id, start, end))
        open_ends.append(end)
    opens: dict[int, list[str]] = {}
    closes: dict[int, int] = {}
    for node_id, start, end in chosen:
        opens.setdefault(start, []).append(node_id)
        closes[end] = closes.get(end, 0) + 1
    out: list[str] = []
    for i in range(len(text) + 1):
        out.extend("</span>" for _ in range(closes.get(i, 0)))
        out.extend(f'<span id="node{html.escape(n)}" class="highlighted">' for n in opens.get(i, []))
        if i < len(text):
            ch = text[i]
            out.append("<br>" if ch == "\n" else html.escape(ch, quote=False))
    return "".join(out), dropped
