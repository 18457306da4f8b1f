"""Matched / missing / extra marks on claim boxes of the side-by-side view (text and colour)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget
from typing_extensions import override

from argmap.analysis.overlay import Mark
from ui.map.claim_item import ClaimItem
from ui.map.scene import MapScene
from ui.map.style import USER_TYPE, label_font

MARK_TEXT: dict[Mark, str] = {"matched": "✓ matched", "missing": "✗ missing", "extra": "+ extra"}
MARK_COLORS: dict[Mark, str] = {"matched": "#56B4E9", "missing": "#D55E00", "extra": "#F0E442"}
"""Okabe-Ito sky blue, vermillion, yellow; black text on each."""
MARK_W, MARK_H = 92.0, 22.0


class MarkItem(QGraphicsItem):
    """A tag on the top-left corner of a claim box saying how it compares."""

    Type = USER_TYPE + 41

    def __init__(self, parent: ClaimItem, mark: Mark) -> None:
        super().__init__(parent)
        self.mark: Mark = mark
        self.setZValue(5)
        self.setPos(10, -MARK_H + 8)
        self.setToolTip(MARK_TEXT[mark])

    @override
    def type(self) -> int:
        return int(self.Type)

    def text(self) -> str:
        """What the mark reads."""
        return MARK_TEXT[self.mark]

    @override
    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, MARK_W, MARK_H)

    @override
    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = self.boundingRect()
        painter.setPen(QPen(QColor("#000000"), 1))
        painter.setBrush(QColor(MARK_COLORS[self.mark]))
        painter.drawRoundedRect(rect, 5, 5)
        painter.setFont(label_font(12, bold=True))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self.text().upper())


def apply_marks(scene: MapScene, marks: Mapping[str, Mark]) -> dict[str, MarkItem]:
    """Mark every box named in `marks`; returns the mark items by claim id."""
    out: dict[str, MarkItem] = {}
    for cid, item in scene.claims.items():
        for child in item.childItems():
            if isinstance(child, MarkItem):
                scene.removeItem(child)
        mark = marks.get(cid)
        if mark is not None:
            out[cid] = MarkItem(item, mark)
    return out
