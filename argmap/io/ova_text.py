"""OVA's source text: HTML with `<span id="node{ID}">` anchors, to plain text with offsets and back."""

from __future__ import annotations

import html
from html.parser import HTMLParser

_BLOCK_END = {"p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"}


class _AnchorParser(HTMLParser):
    """Collects the text of an HTML fragment and the offsets of `span id="node..."` elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.length = 0
        self.stack: list[tuple[str | None, int]] = []
        self.anchors: list[tuple[str, int, int]] = []

    def _emit(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._emit("\n")
            return
        if tag == "span":
            span_id = dict(attrs).get("id") or ""
            self.stack.append((span_id[4:] if span_id.startswith("node") else None, self.length))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._emit("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "span" and self.stack:
            node_id, start = self.stack.pop()
            if node_id:
                self.anchors.append((node_id, start, self.length))
        elif tag in _BLOCK_END:
            self._emit("\n")

    def handle_data(self, data: str) -> None:
        self._emit(data.replace("\r\n", "\n").replace("\r", "\n"))


def html_to_text(fragment: str) -> tuple[str, list[tuple[str, int, int]]]:
    """The plain text of OVA's HTML and its anchors as (node id, start, end), in closing order."""
    p = _AnchorParser()
    p.feed(fragment)
    p.close()
    return "".join(p.parts), p.anchors


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
