"""The narrowest a claim box may be: measured room for its label line, badges, handle buttons and tag chips."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF

from argmap.model import Role
from ui.map.style import PAD, TEXT_WIDTH, label_font, palette

CIRCULAR_MARK = "↻ CIRCULAR"
"""Right of the kind label when the claim is on a cycle of support (bold)."""
IMPLICIT_MARK = "implicit"
UNANCHORED_MARK = "⚠ not in text"
LABEL_GAP = 10.0
"""Least space between the kind label and a mark on the same line."""
EVALUATION_WORDS = ("IN 1.00", "OUT 1.00", "UNDECIDED 1.00")
"""What an evaluation badge can read (ui.evaluation.badges); it sits on the box's top-right corner."""
BADGE_PAD = 13.0
"""Padding around a badge's words inside the badge."""
BADGE_INSET = 14.0
"""Distance from the box's right edge to the badge's right edge."""
CHIP_FONT_PX = 11
CHIP_PAD = 12.0
"""Padding around a chip's name inside the chip."""
CHIP_GAP = 5.0


def chip_font_metrics() -> QFontMetricsF:
    """Metrics of the tag chip font."""
    return QFontMetricsF(label_font(CHIP_FONT_PX, bold=False))


def chip_name(metrics: QFontMetricsF, name: str, room: float = TEXT_WIDTH) -> str:
    """A chip's name as drawn: cut with an ellipsis when it would not fit in `room`."""
    return metrics.elidedText(name, Qt.TextElideMode.ElideRight, room - CHIP_PAD)


def chip_row(
    metrics: QFontMetricsF, names: Sequence[str], left: float, right: float
) -> list[tuple[int, str, float, float]]:
    """Where a box's tag chips go between `left` and `right`: (index, shown name, x, width) of each drawn.

    The last chip shrinks to the room left; chips stop where under 24 px would remain. The canvas
    and the SVG writer both lay chips out with it.
    """
    out: list[tuple[int, str, float, float]] = []
    x = left
    for i, full in enumerate(names):
        name = chip_name(metrics, full, right - x)
        w = metrics.horizontalAdvance(name) + CHIP_PAD
        if x + w > right:
            w = right - x
            if w < 24:
                break
        out.append((i, name, x, w))
        x += w + CHIP_GAP
    return out


def chips_width(names: Sequence[str]) -> float:
    """Width of the tag chip row (up to the full measure: further chips are cut, as drawn)."""
    metrics = chip_font_metrics()
    widths = [metrics.horizontalAdvance(chip_name(metrics, n)) + CHIP_PAD for n in names]
    return min(TEXT_WIDTH, sum(widths) + CHIP_GAP * (len(widths) - 1)) if widths else 0.0


def label_line_width(label: str) -> float:
    """Room for the kind label and the widest mark that may stand beside it (any claim can join a cycle)."""
    bold = QFontMetricsF(label_font())
    plain = QFontMetricsF(label_font(bold=False))
    mark = max(
        bold.horizontalAdvance(CIRCULAR_MARK),
        plain.horizontalAdvance(IMPLICIT_MARK),
        plain.horizontalAdvance(UNANCHORED_MARK),
    )
    return bold.horizontalAdvance(label.upper()) + LABEL_GAP + mark


def badge_room() -> float:
    """Box width an evaluation badge needs on the top edge."""
    metrics = QFontMetricsF(label_font(12, bold=True))
    return max(metrics.horizontalAdvance(w) for w in EVALUATION_WORDS) + BADGE_PAD + BADGE_INSET


def handles_room() -> float:
    """Width of the "+ reason" and "− objection" buttons under a box, at 100% zoom."""
    from ui.map.handles import OBJECTION, REASON, row_width  # handles draws boxes: import when measuring

    return row_width([REASON, OBJECTION])


@lru_cache(maxsize=1)
def min_box_width() -> dict[Role, float]:
    """The narrowest box of each kind: label line, badge and handle buttons all fit."""
    common = max(badge_room(), handles_room())
    return {
        role: float(int(max(common, label_line_width(style.label) + 2 * PAD) + 1))
        for role, style in palette().roles.items()
    }
