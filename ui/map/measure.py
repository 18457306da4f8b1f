"""Box sizes of claims from their wording (text measurement), cached by claim object."""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF

from argmap.model import Claim
from ui.map.style import BOX_WIDTH, CHIP_H, LABEL_H, PAD, TEXT_WIDTH, text_font

MAX_SHOWN_CHARS = 600
"""Wording past this length is cut with an ellipsis on the canvas (the details panel shows it all)."""
PLACEHOLDER = "(no wording yet: press F2)"
_LONG_WORD = re.compile(r"\S{22,}")
WRAP_FLAGS = int(Qt.TextFlag.TextWordWrap)
"""Wrapping used both to measure and to draw wording (so a box always fits its text)."""


def _breakable(word: re.Match[str]) -> str:
    w = word.group(0)
    return "\u200b".join(w[i : i + 16] for i in range(0, len(w), 16))


def shown_text(claim: Claim) -> str:
    """The wording as the box shows it: one paragraph per line, long wording cut."""
    text = claim.text.strip() or PLACEHOLDER
    if len(text) > MAX_SHOWN_CHARS:
        text = text[: MAX_SHOWN_CHARS - 1].rstrip() + "…"
    return _LONG_WORD.sub(_breakable, text)


class Measurer:
    """Measures claim boxes; remembers each claim object's size so unchanged claims cost nothing."""

    def __init__(self) -> None:
        self._metrics = QFontMetricsF(text_font())
        self._by_object: dict[str, tuple[Claim, tuple[float, float]]] = {}

    def text_height(self, text: str) -> float:
        """Height of `text` wrapped to the box's inner width."""
        rect = self._metrics.boundingRect(QRectF(0, 0, TEXT_WIDTH, 1e6), WRAP_FLAGS, text)
        return max(rect.height(), self._metrics.height())

    def size(self, claim: Claim) -> tuple[float, float]:
        """(width, height) of the claim's box in scene pixels."""
        hit = self._by_object.get(claim.id)
        if hit is not None and hit[0] is claim:
            return hit[1]
        h = PAD + LABEL_H + self.text_height(shown_text(claim)) + PAD
        if claim.tags:
            h += CHIP_H + 6
        size = (BOX_WIDTH, float(math.ceil(h)))
        self._by_object[claim.id] = (claim, size)
        return size

    def sizes(self, claims: list[Claim]) -> dict[str, tuple[float, float]]:
        """Sizes of all claims; forgets claims that are gone."""
        out = {c.id: self.size(c) for c in claims}
        if len(self._by_object) > len(out):
            for gone in set(self._by_object) - set(out):
                del self._by_object[gone]
        return out
