"""What every article extractor returns, its error, and the text rules all formats share."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

Report = Callable[[float], None]
"""Progress of one extraction, 0..1."""

PARAGRAPH_BREAK = "\n\n"
"""How extracted formats (md, html, pdf, docx) separate paragraphs; .txt keeps its own lines."""


class ExtractError(Exception):
    """A file that cannot be turned into article text; `problem` is the user-facing reason."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


@dataclass(frozen=True)
class Extracted:
    """Text, title and metadata found in one file (text not yet normalised).

    `warnings` name what the file holds that the text cannot show (an equation, a
    chart, glyphs without a Unicode meaning), in words a student reads.
    """

    text: str
    title: str = ""
    author: str = ""
    date: str = ""
    warnings: tuple[str, ...] = ()


def no_report(fraction: float) -> None:
    """A progress callback that ignores the progress."""
    del fraction


# Invisible characters that only get in the way of selecting and searching text.
_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u00ad\u200b"), None)
# C0/C1 control characters other than tab and newline.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_TRAILING_SPACE = re.compile(r"[ \t\u00a0\u3000]+$", re.MULTILINE)
_MANY_BLANK_LINES = re.compile(r"\n{3,}")
_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"
"""What stands for a character that cannot be read or cannot be saved."""


def normalise_text(text: str) -> str:
    """The stable form of an article text: LF newlines, NFC, no control or invisible characters.

    Trailing spaces at line ends and blank lines at both ends go; more than one blank
    line in a row becomes one. The same input always gives the same output, so span
    offsets computed on it stay valid.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\f", "\n").replace("\v", "\n")
    text = _CONTROL.sub("", text.translate(_INVISIBLE))
    text = _SURROGATE.sub(REPLACEMENT, text)  # a lone surrogate cannot be written as UTF-8
    text = unicodedata.normalize("NFC", text)  # last: a removed character may have split a pair
    text = _TRAILING_SPACE.sub("", text)
    text = _MANY_BLANK_LINES.sub("\n\n", text)
    return text.strip("\n")


def join_paragraphs(paragraphs: Iterable[str]) -> str:
    """Paragraphs separated by one blank line; inner whitespace runs become single spaces."""
    out = (" ".join(p.split()) for p in paragraphs)
    return PARAGRAPH_BREAK.join(p for p in out if p)


def one_line(text: str) -> str:
    """A title or heading on one line with single spaces."""
    return " ".join(text.split())


def clean_field(text: str) -> str:
    """A title, author or date as stored: normalised like article text, on one line."""
    return one_line(normalise_text(text))
