"""Box sizes of claims: width follows the wrapped wording (balanced lines), measured as it is drawn."""

from __future__ import annotations

import gc
import math
from collections.abc import Mapping, Sequence
from functools import lru_cache
from itertools import accumulate

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption

from argmap.model import ArgumentMap, Claim, Role
from ui.map.box_floor import chips_width, min_box_width
from ui.map.style import CHIP_H, LABEL_H, PAD, TEXT_WIDTH, text_font
from ui.map.wrap_words import UNSURE, WordTable, balanced, greedy, lines_at, piece_lines_at

MAX_SHOWN_CHARS = 600
"""Wording past this length is cut with an ellipsis on the canvas (the details panel shows it all)."""
PLACEHOLDER = "(no wording yet: press F2)"
WRAP_FLAGS = int(Qt.TextFlag.TextWordWrap)
"""For callers that draw wording with QPainter.drawText; the canvas draws with `wording_option()`."""
TEXT_INSET = PAD + 2
"""Distance from a box's left edge to its wording (the role stripe takes the extra 2 px)."""
BALANCE_LINES = 6
"""Wording of 2 to this many lines at the full measure is balanced into a narrower box (as CSS
`text-wrap: balance` does); longer wording wraps at the full measure, in the widest box (`style.BOX_WIDTH`)."""
CHIP_ROW_GAP = 6.0
"""Space between the wording and the tag chip row."""


def shown_text(claim: Claim) -> str:
    """The wording as the box shows it: one paragraph per line, long wording cut."""
    text = claim.text.strip() or PLACEHOLDER
    if len(text) > MAX_SHOWN_CHARS:
        text = text[: MAX_SHOWN_CHARS - 1].rstrip() + "…"
    if "\n" in text:
        text = text.replace("\r\n", "\n").replace("\n", "\u2028")  # a line break QTextLayout keeps
    return text


@lru_cache(maxsize=1)
def _option() -> QTextOption:
    opt = QTextOption()
    opt.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # a too-long word breaks anywhere
    return opt


def wording_option() -> QTextOption:
    """How wording wraps, in measuring and in drawing: at word boundaries, inside a word only if it is too long."""
    return QTextOption(_option())


def text_width_of(box_width: float) -> float:
    """The width a box's wording wraps to."""
    return box_width - 2 * PAD - 2


def wording_layout(text: str, font: QFont, width: float) -> tuple[QTextLayout, float]:
    """`text` laid out at `width` exactly as the box draws it (QStaticText's own loop); (layout, height)."""
    layout = QTextLayout(text, font)
    layout.setTextOption(_option())
    layout.setCacheEnabled(True)
    height = 0.0
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLeadingIncluded(True)
        line.setLineWidth(width)
        line.setPosition(QPointF(0.0, height))
        height += line.height()
    layout.endLayout()
    return layout, height


def wrapped_lines(text: str, font: QFont, width: float) -> list[str]:
    """The lines `text` is drawn in at `width` (for writers that place each line themselves, e.g. SVG)."""
    layout, _h = wording_layout(text, font, width)
    out = []
    for i in range(layout.lineCount()):
        line = layout.lineAt(i)
        out.append(text[line.textStart() : line.textStart() + line.textLength()].rstrip(" \u2028"))
    return out


def balanced_width(words: Sequence[float], space: float, lines: int) -> float:
    """The narrowest width that still wraps `words` (their widths) into `lines` lines, greedily."""
    return balanced(_ends(words, space), space, lines, max(words)) if words else 0.0


def _greedy(words: Sequence[float], space: float, width: float) -> tuple[int, float]:
    """(number of lines, least overflow of a word that did not fit) when wrapping greedily at `width`."""
    return greedy(_ends(words, space), space, width)


def _ends(words: Sequence[float], space: float) -> list[float]:
    return list(accumulate(map(space.__add__, words), initial=0.0))


class Measurer:
    """Measures claim boxes; remembers each claim object's size so unchanged claims cost nothing.

    Width: as wide as the wording needs, between the floor (kind label and marks, the widest
    evaluation badge, the handle buttons, the tag chips) and `style.BOX_WIDTH`. Word widths estimate
    the balanced width (cheap); the wording's lines at that width then decide the height (and the
    full measure is used if the estimate was short). The lines are counted in Python from the word
    widths (`wrap_words`) when that provably gives QTextLayout's answer, and by a QTextLayout laid
    out as the box draws it otherwise; `exact=True` always asks QTextLayout (for comparison).
    """

    def __init__(self, exact: bool = False) -> None:
        self._font = text_font()
        self._metrics = QFontMetricsF(self._font)
        self._min_height = self._metrics.height()
        self._option = _option()
        self._table = WordTable(self._font)
        self._space = self._table.space
        self._exact = exact
        self._floor = min_box_width()
        self._by_object: dict[str, tuple[Claim, tuple[str, ...], tuple[float, float]]] = {}
        self.asked_qt = 0
        """How many wordings needed a QTextLayout (for the benchmark and the tests)."""

    def text_height(self, text: str) -> float:
        """Height of `text` wrapped to the full measure (`TEXT_WIDTH`)."""
        return max(self._lay_out(text, TEXT_WIDTH)[1], self._min_height)

    def _lay_out(self, text: str, width: float) -> tuple[int, float]:
        """(lines, height) of `text` at `width`: `wording_layout`'s loop, without placing the lines.

        Every line fits: a word longer than the measure breaks inside (`wording_option`).
        """
        layout = QTextLayout(text, self._font)
        layout.setTextOption(self._option)
        height = 0.0
        layout.beginLayout()
        create = layout.createLine
        while True:
            line = create()
            if not line.isValid():
                break
            line.setLeadingIncluded(True)
            line.setLineWidth(width)
            height += line.height()
        layout.endLayout()
        return layout.lineCount(), height

    def floor(self, claim: Claim, chips: Sequence[str] = ()) -> float:
        """The narrowest box for `claim`: room for its label line, badges, handles and chips."""
        floor = self._floor.get(claim.role) or self._floor[Role.NONE]
        return max(floor, chips_width(chips) + 2 * PAD + 2 if chips else 0.0)

    def wording(self, text: str, low: float) -> tuple[float, float]:
        """(wrap width, height) of `text` in a box whose wording is at least `low` wide."""
        words = text.split(" ")
        table = self._table
        ends = table.ends(words)
        over: list[float] = []
        pieces = None
        if self._exact:
            over = [UNSURE]
        elif not table.special.isdisjoint(words):
            if table.cut.keys().isdisjoint(words):
                over = list(map(table.overhang.__getitem__, words))
            else:
                pieces = table.pieces(words)
                over = [UNSURE]
        full = 0  # lines at the full measure; 0: not counted, or not sure
        if ends[-1] > TEXT_WIDTH:  # (one line fits at any guess: count it there)
            full = self._count(ends, over, pieces, TEXT_WIDTH)
        # the estimate wraps whole words, so a count of pieces (wrapped inside words) is no help there
        guess, lines = self._guess(text, words, ends, 0 if pieces else full, min(low, TEXT_WIDTH))
        asked = False  # whether a QTextLayout was needed (counted once per wording in `asked_qt`)
        if guess < TEXT_WIDTH:
            count = self._count(ends, over, pieces, guess)
            if count:
                if count <= lines:
                    return guess, max(count * table.line_height, self._min_height)
            else:
                asked = True
                count, height = self._lay_out(text, guess)
                if count <= lines:
                    self.asked_qt += 1
                    return guess, max(height, self._min_height)
        if not full:
            full = self._count(ends, over, pieces, TEXT_WIDTH)
        if full:
            self.asked_qt += int(asked)
            return TEXT_WIDTH, max(full * table.line_height, self._min_height)
        self.asked_qt += 1
        return TEXT_WIDTH, self.text_height(text)

    def _count(
        self,
        ends: list[float],
        over: list[float],
        pieces: tuple[list[float], list[float], list[float]] | None,
        width: float,
    ) -> int:
        """Lines at `width` counted from word (or piece) widths; 0 when only Qt can tell."""
        if pieces is not None:
            return piece_lines_at(*pieces, width)
        return lines_at(ends, self._space, width, over)

    def _guess(
        self, text: str, words: list[str], ends: list[float], full: int, low: float
    ) -> tuple[float, int]:
        """The balanced wrap width estimated from word widths, and the lines it promises.

        (`TEXT_WIDTH`, 0) when the full measure is wanted: long wording, a line break, a word
        wider than the measure (CJK without spaces, a web address). `full`: the lines at the full
        measure if already counted.
        """
        space = self._space
        total = ends[-1] - space
        if total > BALANCE_LINES * TEXT_WIDTH or "\u2028" in text:
            return TEXT_WIDTH, 0
        if total <= TEXT_WIDTH:  # one line: as wide as the line itself
            return min(TEXT_WIDTH, max(low, math.ceil(total) + 1.0)), 1
        widest = max(map(self._table.step.__getitem__, words)) - space
        count = full or greedy(ends, space, TEXT_WIDTH)[0]
        if widest > TEXT_WIDTH or count > BALANCE_LINES:
            return TEXT_WIDTH, 0
        width = balanced(ends, space, count, widest)
        return min(TEXT_WIDTH, max(low, math.ceil(width) + 1.0)), count

    def size(self, claim: Claim, chips: Sequence[str] = ()) -> tuple[float, float]:
        """(width, height) of the claim's box in scene pixels."""
        key = chips if type(chips) is tuple else tuple(chips)
        hit = self._by_object.get(claim.id)
        if hit is not None and hit[0] is claim and hit[1] == key:
            return hit[2]
        return self._measure(claim, key)

    def _measure(self, claim: Claim, key: tuple[str, ...]) -> tuple[float, float]:
        floor = self._floor.get(claim.role) or self._floor[Role.NONE]  # `floor`, inlined
        if key:
            floor = max(floor, chips_width(key) + 2 * PAD + 2)
        text_w, text_h = self.wording(shown_text(claim), floor - 2 * PAD - 2)  # `text_width_of(floor)`
        h = PAD + LABEL_H + text_h + PAD
        if key:
            h += CHIP_H + CHIP_ROW_GAP
        size = (float(math.ceil(max(floor, text_w + 2 * PAD + 2))), float(math.ceil(h)))
        self._by_object[claim.id] = (claim, key, size)
        return size

    def map_sizes(self, m: ArgumentMap) -> dict[str, tuple[float, float]]:
        """Sizes of every claim of `m`, tag chips included: what the canvas and every export draw."""
        return self.sizes(m.claims, {t.id: t.name for t in m.tags})

    def sizes(
        self, claims: list[Claim], tag_names: Mapping[str, str] | None = None
    ) -> dict[str, tuple[float, float]]:
        """Sizes of all claims (`tag_names`: tag id -> name, for the chip row); forgets claims that are gone."""
        names = tag_names or {}
        known, measure = self._by_object, self._measure
        out: dict[str, tuple[float, float]] = {}
        paused = gc.isenabled()
        gc.disable()  # nothing measured here makes a cycle; collecting among a big map's objects costs a third
        try:
            for c in claims:  # `size`, without a call per claim
                key = tuple(names[t] for t in c.tags if t in names) if c.tags else ()
                hit = known.get(c.id)
                out[c.id] = hit[2] if hit is not None and hit[0] is c and hit[1] == key else measure(c, key)
        finally:
            if paused:
                gc.enable()
        if len(self._by_object) > len(out):
            for gone in set(self._by_object) - set(out):
                del self._by_object[gone]
        return out
