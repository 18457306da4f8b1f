"""Evaluation badges on the canvas: IN / OUT / UNDECIDED as text and colour, with the DF-QuAD strength."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget
from typing_extensions import override

from argmap.analysis.dung import Label
from argmap.analysis.overlay import GIVEN_AS_DRAWN, Badge, Overlay
from ui.map.claim_item import ClaimItem
from ui.map.contrast import ink_on
from ui.map.scene import MapScene
from ui.map.style import LOD_TEXT, USER_TYPE, label_font

LABEL_COLORS = {Label.IN: "#009E73", Label.OUT: "#D55E00", Label.UNDECIDED: "#E69F00"}
"""Okabe-Ito: bluish green, vermillion, orange (the label is always written too)."""
LABEL_TEXT = {Label.IN: "IN", Label.OUT: "OUT", Label.UNDECIDED: "UNDECIDED"}
BADGE_W = {Label.IN: 70.0, Label.OUT: 80.0, Label.UNDECIDED: 126.0}
BADGE_H = 24.0


def badge_text(badge: Badge) -> str:
    """What the badge reads, e.g. "IN 0.85"."""
    return f"{LABEL_TEXT[badge.label]} {badge.strength:.2f}"


class BadgeItem(QGraphicsItem):
    """A small tag sitting on the top-right corner of a claim box (a child of the ClaimItem)."""

    Type = USER_TYPE + 40

    def __init__(self, parent: ClaimItem, badge: Badge) -> None:
        super().__init__(parent)
        self.badge = badge
        self.setZValue(5)
        self._place()

    @override
    def type(self) -> int:
        return int(self.Type)

    def _place(self) -> None:
        parent = self.parentItem()
        width = parent.boundingRect().width() - 6 if parent is not None else 230.0
        self.setPos(width - BADGE_W[self.badge.label] - 8, -BADGE_H + 8)

    def set_badge(self, badge: Badge) -> None:
        """Show a new result; repaints only when it changed."""
        if badge != self.badge:
            if badge.label != self.badge.label:
                self.prepareGeometryChange()
            self.badge = badge
            self._place()
            self.update()
        self.setToolTip(f"{badge_text(badge)} ({GIVEN_AS_DRAWN})")

    def text(self) -> str:
        """The badge's text (what a user reads)."""
        return badge_text(self.badge)

    @override
    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, BADGE_W[self.badge.label], BADGE_H)

    @override
    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if option.levelOfDetailFromTransform(painter.worldTransform()) < LOD_TEXT:
            return
        rect = self.boundingRect()
        color = QColor(LABEL_COLORS[self.badge.label])
        painter.setPen(QPen(QColor("#000000"), 1))
        painter.setBrush(color)
        painter.drawRoundedRect(rect, 5, 5)
        track = QRectF(4, rect.height() - 6, rect.width() - 8, 3)
        painter.fillRect(track, QColor("#FFFFFF"))
        share = max(0.0, min(1.0, self.badge.strength))
        painter.fillRect(
            QRectF(track.x(), track.y(), track.width() * share, track.height()), QColor("#000000")
        )
        painter.setPen(ink_on(color))  # WCAG contrast >= 4.5:1 on every badge colour
        painter.setFont(label_font(12, bold=True))
        text_rect = QRectF(0, 0, rect.width(), rect.height() - 6)
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignCenter), self.text())


def badges_of(scene: MapScene) -> dict[str, BadgeItem]:
    """The badge item on each claim box that has one."""
    out: dict[str, BadgeItem] = {}
    for cid, item in scene.claims.built().items():
        for child in item.childItems():
            if isinstance(child, BadgeItem):
                out[cid] = child
    return out


def apply_badges(scene: MapScene, overlay: Overlay | None) -> None:
    """Put a badge on every box (overlay given) or take them all off (None)."""
    current = badges_of(scene)
    if overlay is None:
        scene.decorators.pop("badges", None)
        for badge_item in current.values():
            scene.removeItem(badge_item)
        return
    for cid, item in scene.claims.built().items():
        badge = overlay.badges.get(cid)
        have = current.get(cid)
        if badge is None:
            if have is not None:
                scene.removeItem(have)
        elif have is None:
            BadgeItem(item, badge).setToolTip(f"{badge_text(badge)} ({GIVEN_AS_DRAWN})")
        else:
            have.set_badge(badge)

    def on_new_box(item: QGraphicsItem) -> None:  # a big map's box built later, as it comes into view
        badge = overlay.badges.get(item.claim_id) if isinstance(item, ClaimItem) else None
        if badge is not None and isinstance(item, ClaimItem):
            BadgeItem(item, badge).setToolTip(f"{badge_text(badge)} ({GIVEN_AS_DRAWN})")

    scene.decorators["badges"] = on_new_box
