"""Line breaks of plain wording worked out in Python from cached word advances, as QTextLayout breaks them.

QTextLayout (Qt 6, `QTextLine::layout_helper`) breaks a line at every space and at the break
opportunities inside a word (UAX #14: hyphens, slashes, dashes...). A word that follows a space
stays on the line when the line's advance up to the end of that word, plus the ink its last glyph
puts right of its advance (a negative right bearing), is at most the line width; a line's height is
the font's line height (leading included) when every glyph on it comes from the text font.

So for wording whose words hold only characters the text font draws itself, with no break
opportunity inside a word, the line count is a greedy sum of word advances. Everything else (other
scripts, emoji, hyphens and slashes inside a word, tabs, soft hyphens, zero-width spaces, forced line
breaks, runs of spaces) and every break decision closer than `NEAR` px to the line width goes back
to QTextLayout: `lines_at` answers 0 ("ask Qt") for those.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Sequence

from PySide6.QtCore import QTextBoundaryFinder
from PySide6.QtGui import QFont, QFontMetricsF, QRawFont, QTextLayout

NEAR = 0.05
"""Break decisions whose slack (or overflow) is under this many px are left to QTextLayout.

Advances are whole 1/64 px (Qt's fixed point), so sums of them are exact in a float; a word sum
differs from the shaped line only by kerning across a space, and characters that kern with a space
are left out of the safe set (`WordTable`), so the margin only guards the comparison itself."""
UNSURE = math.inf
"""The overhang recorded for a word QTextLayout may break or shape differently from a lone word."""
_CANDIDATES = (
    [chr(c) for c in range(0x21, 0x7F)]
    + [chr(c) for c in range(0xA1, 0x180) if c != 0xAD]  # Latin-1 and Latin Extended-A, no soft hyphen
    + [chr(c) for c in range(0x2010, 0x2028)]  # dashes, quotes, bullets, ellipsis
    + ["\u20ac"]
)
"""Characters that may be measured in Python: the text font must draw each itself (checked per font)."""


class WordTable:
    """Advances of the words of claim wording in one font, and the greedy line count they give.

    `advance[w]` is the width of word `w` (every word; the balanced-width estimate uses them all);
    `overhang[w]` the ink right of its advance at a line end, or `UNSURE` when the word needs
    QTextLayout (a character the font lacks, a break opportunity inside it, an empty word between
    two spaces).
    """

    def __init__(self, font: QFont) -> None:
        self._font = QFont(font)
        self._metrics = QFontMetricsF(self._font)
        self.space = self._metrics.horizontalAdvance(" ")
        self.advance: dict[str, float] = {}
        self.overhang: dict[str, float] = {}
        self.special: set[str] = set()
        """Words with an overhang (or `UNSURE`): wording without any is counted by `plain_lines_at`."""
        raw = QRawFont.fromFont(self._font)
        advance = self._metrics.horizontalAdvance
        space = self.space
        self._safe = frozenset(  # drawn by the text font itself, no kerning with a space on either side
            c
            for c in _CANDIDATES
            if raw.supportsCharacter(ord(c))
            and advance(c + " ") == advance(c) + space
            and advance(" " + c) == space + advance(c)
        )
        self.line_height = self._one_line_height("Ag")
        if self._one_line_height("".join(sorted(self._safe))) != self.line_height:
            self._safe = frozenset()  # a font whose glyphs change the line height: measure all with Qt

    def _one_line_height(self, text: str) -> float:
        layout = QTextLayout(text, self._font)
        layout.beginLayout()
        line = layout.createLine()
        line.setLeadingIncluded(True)
        line.setLineWidth(1e6)
        layout.endLayout()
        return line.height()

    def widths(self, words: Sequence[str]) -> list[float]:
        """Advances of `words`, learning the words not seen before."""
        advance = self.advance
        try:
            return list(map(advance.__getitem__, words))
        except KeyError:
            for word in words:
                if word not in advance:
                    self._learn(word)
            return list(map(advance.__getitem__, words))

    def _learn(self, word: str) -> None:
        if not word or not self._safe.issuperset(word) or (not word.isalnum() and _breaks_inside(word)):
            self.advance[word] = self._metrics.horizontalAdvance(word)
            self.overhang[word] = UNSURE
            self.special.add(word)
            return
        layout = QTextLayout(word, self._font)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(1e6)
        layout.endLayout()
        self.advance[word] = advance = line.horizontalAdvance()
        self.overhang[word] = over = max(0.0, line.naturalTextWidth() - advance)  # last glyph's ink past its advance
        if over:
            self.special.add(word)


def _breaks_inside(word: str) -> bool:
    """Whether Qt's line breaking (UAX #14) finds a break opportunity inside `word` set between spaces."""
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, f" {word} ")
    finder.setPosition(1)
    return finder.toNextBoundary() <= len(word)


def lines_at(ends: Sequence[float], space: float, width: float, overhangs: Sequence[float] = ()) -> int:
    """Lines QTextLayout wraps the words with these `ends` (measure.ends) into at `width`; 0: ask Qt.

    Qt keeps a word on the line when the advance up to its end plus its overhang is at most the
    width, and starts a new line with it otherwise; a line whose only word is wider than the width
    breaks inside the word. A binary search per line finds the last word that fits; 0 when a word
    is `UNSURE`, when any word's end is within `NEAR` px of the width (plus the overhang of the
    last word on the line), or when an overhang could matter before the line's last word.
    """
    if overhangs and max(overhangs) >= space - NEAR:
        return 0  # an unsure word, or an overhang that might stop a line before its last word
    last = len(ends) - 1
    count, start = 1, 0
    while True:
        room = ends[start] + space + width
        sure = bisect_right(ends, room - NEAR, start + 1)
        if sure == start + 1 or bisect_right(ends, room + NEAR, sure) != sure:
            return 0  # the first word does not surely fit, or a word ends within NEAR of the width
        stop = sure - 1
        if overhangs and ends[stop] + overhangs[stop - 1] > room - NEAR:
            return 0  # the line's last word might not fit with its ink
        if stop >= last:
            return count
        count += 1
        start = stop
