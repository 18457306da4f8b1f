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
from itertools import accumulate
from typing import cast

from PySide6.QtCore import QTextBoundaryFinder
from PySide6.QtGui import QFont, QFontMetricsF, QRawFont, QTextLayout, QTextLine

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

    `step[w]` is the advance of word `w` and the space after it (every word: the balanced-width
    estimate uses them all); `overhang[w]` the ink right of its advance at a line end, or `UNSURE`
    when the word needs QTextLayout (a character the font lacks, a break opportunity inside it, an
    empty word between two spaces).
    """

    def __init__(self, font: QFont) -> None:
        self._font = QFont(font)
        self._metrics = QFontMetricsF(self._font)
        self.space = self._metrics.horizontalAdvance(" ")
        self.step: dict[str, float] = {}
        self.overhang: dict[str, float] = {}
        self.special: set[str] = set()
        """Words with an overhang (or `UNSURE`): `lines_at` needs the overhangs only of wording with one."""
        self.cut: dict[str, tuple[tuple[float, float], ...]] = {}
        """Words with a break opportunity inside: (advance, overhang) of each piece (see `pieces`)."""
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

    def ends(self, words: Sequence[str]) -> list[float]:
        """Where each word's following space ends, from the start: [0, w0 + s, w0 + s + w1 + s, ...].

        The words i to j - 1 set on one line are `ends[j] - ends[i] - space` wide: sums of advances
        in whole 1/64 px (Qt's fixed point), exact in a float in any order. Learns new words.
        """
        step = self.step
        try:
            return list(accumulate(map(step.__getitem__, words), initial=0.0))
        except KeyError:
            for word in words:
                if word not in step:
                    self._learn(word)
            return list(accumulate(map(step.__getitem__, words), initial=0.0))

    def pieces(self, words: Sequence[str]) -> tuple[list[float], list[float], list[float]] | None:
        """(starts, stops, overhangs) of the pieces of `words`, cut at every break opportunity; None: ask Qt.

        A word with a hyphen, slash or dash inside is several pieces with no space between them
        (`cut`); every other word is one piece. Positions run from the start of the wording.
        """
        starts: list[float] = []
        stops: list[float] = []
        overs: list[float] = []
        x, space, cut, step, overhang = 0.0, self.space, self.cut, self.step, self.overhang
        for word in words:
            parts = cut.get(word)
            if parts is None:
                over = overhang[word]
                if over == UNSURE:
                    return None
                parts = ((step[word] - space, over),)
            for advance, over in parts:
                starts.append(x)
                x += advance
                stops.append(x)
                overs.append(over)
            x += space
        return starts, stops, overs

    def _learn(self, word: str) -> None:
        if not word or not self._safe.issuperset(word):
            self._unsure(word)
            return
        inside = [] if word.isalnum() else _breaks_inside(word)
        layout, line = self._line(word)
        advance = line.horizontalAdvance()
        self.step[word] = advance + self.space
        self.overhang[word] = max(
            0.0, line.naturalTextWidth() - advance
        )  # the last glyph's ink past its advance
        if inside:  # pieces as shaped in the word (kerned across the break), with their own last glyph's ink
            bounds = [0.0, *(_x(line, i) for i in inside), advance]
            cuts = [0, *inside, len(word)]
            self.cut[word] = tuple(
                (bounds[k + 1] - bounds[k], self._overhang(word[cuts[k] : cuts[k + 1]]))
                for k in range(len(inside) + 1)
            )
            self.overhang[word] = UNSURE  # never measured whole
        del layout
        if self.overhang[word]:
            self.special.add(word)

    def _unsure(self, word: str) -> None:
        self.step[word] = self._metrics.horizontalAdvance(word) + self.space
        self.overhang[word] = UNSURE
        self.special.add(word)

    def _line(self, text: str) -> tuple[QTextLayout, QTextLine]:
        """`text` laid out on one line (the line is valid while the layout lives)."""
        layout = QTextLayout(text, self._font)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(1e6)
        layout.endLayout()
        return layout, line

    def _overhang(self, text: str) -> float:
        _layout, line = self._line(text)
        return max(0.0, line.naturalTextWidth() - line.horizontalAdvance())


def _x(line: QTextLine, position: int) -> float:
    """Where the character at `position` starts on `line`."""
    x, _at = cast("tuple[float, int]", line.cursorToX(position))
    return x


def _breaks_inside(word: str) -> list[int]:
    """Where Qt's line breaking (UAX #14) may break `word` set between spaces: indexes inside the word."""
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, f" {word} ")
    finder.setPosition(1)
    out = []
    while (at := finder.toNextBoundary()) != -1 and at <= len(word):
        out.append(at - 1)
    return out


def lines_at(ends: Sequence[float], space: float, width: float, overhangs: Sequence[float] = ()) -> int:
    """Lines QTextLayout wraps the words with these `ends` (`WordTable.ends`) into at `width`; 0: ask Qt.

    Qt keeps a word on the line when the advance up to its end plus its overhang is at most the
    width, and starts a new line with it otherwise; a line whose only word is wider than the width
    breaks inside the word. A binary search per line finds the last word that fits; 0 when a word
    is `UNSURE`, when the line's last word ends (with its overhang) or the next word would end
    within `NEAR` px of the width, or when an overhang could matter before the line's last word.
    """
    if overhangs and max(overhangs) >= space - NEAR:
        return 0  # an unsure word, or an overhang that might stop a line before its last word
    last = len(ends) - 1
    count, start, room = 1, 0, space + width
    while True:
        edge = ends[start] + room
        stop = bisect_right(ends, edge, start + 1) - 1
        if stop == start or ends[stop] > edge - NEAR:
            return 0  # the first word is wider than the line, or the last one only just fits
        if overhangs and ends[stop] + overhangs[stop - 1] > edge - NEAR:
            return 0  # the line's last word might not fit with its ink
        if stop == last:
            return count
        if ends[stop + 1] <= edge + NEAR:
            return 0  # the next word only just does not fit
        count += 1
        start = stop


def greedy(ends: Sequence[float], space: float, width: float) -> tuple[int, float]:
    """(lines, least overflow of a word that did not fit) wrapping greedily at `width`, without overhangs."""
    last = len(ends) - 1
    count, start, overflow, room = 1, 0, math.inf, space + width
    while True:
        stop = bisect_right(ends, ends[start] + room, start + 2) - 1  # the first word always stays
        if stop >= last:
            return count, overflow
        over = ends[stop + 1] - ends[start] - room
        if over < overflow:
            overflow = over
        count += 1
        start = stop


def balanced(ends: Sequence[float], space: float, lines: int, widest: float) -> float:
    """The narrowest width that still wraps the words into `lines` lines, greedily (`widest`: the widest word).

    Starts at the width where every line would be equally full and widens by the least overflow
    until the words fit: a few rounds, never a search over every pixel (`greedy`, inlined).
    """
    width = max(widest, (ends[-1] - space * lines) / lines)  # no space ends a line
    last = len(ends) - 1
    for _ in range(50):
        count, start, overflow, room = 1, 0, math.inf, space + width
        while True:
            stop = bisect_right(ends, ends[start] + room, start + 2) - 1
            if stop >= last:
                break
            over = ends[stop + 1] - ends[start] - room
            if over < overflow:
                overflow = over
            count += 1
            start = stop
        if count <= lines:
            return width
        width += overflow + 1e-6
    return width


def piece_lines_at(
    starts: Sequence[float], stops: Sequence[float], overhangs: Sequence[float], width: float
) -> int:
    """`lines_at` for wording cut into pieces at every break opportunity (`WordTable.pieces`); 0: ask Qt.

    Qt checks each piece as it reaches the piece's end, with the spaces before it and without
    any after it; the same rules and the same `NEAR` margin as for whole words hold.
    """
    if max(overhangs) + NEAR >= min(b - a for a, b in zip(starts, stops, strict=True)):
        return 0  # an overhang that might stop a line before its last piece
    last = len(stops) - 1
    count, start = 1, 0
    while True:
        edge = starts[start] + width
        stop = bisect_right(stops, edge, start) - 1
        if stop < start or stops[stop] + overhangs[stop] > edge - NEAR:
            return 0  # the first piece is wider than the line, or the last one only just fits
        if stop == last:
            return count
        if stops[stop + 1] <= edge + NEAR:
            return 0  # the next piece only just does not fit
        count += 1
        start = stop + 1
