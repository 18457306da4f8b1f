"""Lines of PDF text with their place on the page, and the clean-up of their characters.

pypdf hands over what the fonts say: ligature characters, private-use code points
for symbol-font glyphs (bullets), and for glyphs with no Unicode meaning nothing
useful at all. Here ligatures become letters, symbol bullets become "•", and glyphs
without a meaning become one visible placeholder that is counted for a warning.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from argmap.articles.extraction import REPLACEMENT


@dataclass
class Line:
    """One line of a page: its text, baseline height and font size in points."""

    text: str
    y: float
    size: float


@dataclass
class Page:
    """The lines of one page in content order, and the page's top and bottom edges in points."""

    lines: list[Line]
    top: float = 792.0
    bottom: float = 0.0
    height: float = field(init=False)

    def __post_init__(self) -> None:
        self.height = max(self.top - self.bottom, 1.0)


_LIGATURES = re.compile("[\ufb00-\ufb06]")
_SYMBOL_BULLETS = {
    "\uf0b7": "•",  # Symbol font bullet, as Word writes it
    "\uf0a7": "▪",  # Wingdings square
    "\uf06c": "●",
    "\uf0d8": "➢",
    "\uf076": "❖",
    "\uf0fc": "✓",
    "\uf0a8": "□",
}
_UNREADABLE = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff\x00-\x08\x0b-\x1f\x7f\ud800-\udfff\ufffd]")
BULLETS = "•▪●◦‣∙⁃■□➢❖✓–"
"""Characters that open a list item when a line starts with one."""


def clean_line(text: str) -> tuple[str, int]:
    """The line's text with letters for ligatures and symbol bullets, and how many glyphs had no meaning."""
    if _LIGATURES.search(text):
        text = _LIGATURES.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    if max(text, default=" ") >= "\uf000":
        text = "".join(_SYMBOL_BULLETS.get(ch, ch) for ch in text)
    unreadable = len(_UNREADABLE.findall(text))
    if unreadable:
        text = _UNREADABLE.sub(REPLACEMENT, text)
    return text, unreadable


def starts_item(text: str) -> bool:
    """True for a line that opens a list item ("• ...", a symbol-font bullet, "– ...")."""
    return len(text) > 1 and text[0] in BULLETS and text[1] == " "
