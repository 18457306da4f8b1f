"""Markdown articles: parsed with markdown-it-py (CommonMark) and shown as text without markup."""

from __future__ import annotations

import re
from collections.abc import Sequence

from markdown_it import MarkdownIt
from markdown_it.token import Token

from argmap.articles.extraction import Extracted, Report, join_paragraphs, no_report, one_line
from argmap.articles.plain_text import decode_text

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_TITLE = re.compile(r"^title:[ \t]*(.+?)[ \t]*$", re.MULTILINE)
_TAG = re.compile(r"<[^>]*>")


def extract_md(data: bytes, report: Report = no_report) -> Extracted:
    """A .md article: paragraphs, headings, list items and table rows as plain paragraphs.

    Emphasis, link targets, images and HTML tags go; link text and code stay. A YAML
    front-matter `title:` or a first-level heading at the very top becomes the title.
    """
    source = decode_text(data)
    title = ""
    front = _FRONT_MATTER.match(source.replace("\r\n", "\n"))
    if front:
        found = _FRONT_TITLE.search(front.group(1))
        title = found.group(1).strip("\"'") if found else ""
        source = source.replace("\r\n", "\n")[front.end() :]
    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    blocks, heading = _blocks(md.parse(source))
    if heading is not None and not title:
        title = blocks.pop(0)
    report(1.0)
    return Extracted(join_paragraphs(blocks), one_line(title))


def _blocks(tokens: Sequence[Token]) -> tuple[list[str], int | None]:
    """Text of each block, and 0 when the first block is a level-1 heading (else None)."""
    blocks: list[str] = []
    first_h1: int | None = None
    prefix = ""
    counters: list[int] = []
    row: list[str] | None = None
    for i, tok in enumerate(tokens):
        if tok.type == "ordered_list_open":
            counters.append(int(tok.attrGet("start") or 1))
        elif tok.type == "bullet_list_open":
            counters.append(0)
        elif tok.type in ("ordered_list_close", "bullet_list_close"):
            counters.pop()
        elif tok.type == "list_item_open":
            if counters and counters[-1]:
                prefix = f"{counters[-1]}. "
                counters[-1] += 1
            else:
                prefix = "• "
        elif tok.type == "tr_open":
            row = []
        elif tok.type == "tr_close" and row is not None:
            blocks.append(" | ".join(row))
            row = None
        elif tok.type == "inline":
            text = _inline_text(tok.children or [])
            if row is not None:
                row.append(one_line(text))
            elif text.strip():
                if (
                    not blocks
                    and i > 0
                    and tokens[i - 1].type == "heading_open"
                    and tokens[i - 1].tag == "h1"
                ):
                    first_h1 = 0
                blocks.append(prefix + text)
                prefix = ""
        elif tok.type in ("fence", "code_block"):
            blocks.extend(p for p in tok.content.split("\n\n") if p.strip())
        elif tok.type == "html_block":
            text = _TAG.sub(" ", tok.content)
            if text.strip():
                blocks.append(text)
    return blocks, first_h1


def _inline_text(children: Sequence[Token]) -> str:
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts)
