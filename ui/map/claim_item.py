"""A claim's box: wording as cached static text, role colour and label, tag chips, markers; no model writes."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QStaticText, QTextOption
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget
from typing_extensions import override

from argmap.model import Claim
from ui.map.box_floor import (
    CHIP_FONT_PX,
    CIRCULAR_MARK,
    IMPLICIT_MARK,
    UNANCHORED_MARK,
    chip_font_metrics,
    chip_row,
)
from ui.map.contrast import ink_on
from ui.map.measure import TEXT_INSET, shown_text, text_width_of, wording_layout, wording_option
from ui.map.style import (
    CHIP_H,
    LABEL_H,
    LOD_DETAIL,
    LOD_TEXT,
    PAD,
    USER_TYPE,
    label_font,
    palette,
    text_font,
)


@dataclass(frozen=True)
class ChipSpec:
    """One tag chip: its name and colour."""

    name: str
    color: str


@dataclass(frozen=True)
class ClaimLook:
    """Everything a box shows besides its wording; compared to skip repaints that change nothing."""

    chips: tuple[ChipSpec, ...] = ()
    unanchored: bool = False
    collapsed: int = 0
    """Number of boxes hidden in the branch when it is collapsed (0: expanded)."""
    circular: bool = False
    """The claim is on a cycle of support (circular reasoning), flagged by the layout."""
    pinned: bool = False
    """The user placed this box by hand (automatic layout leaves it there): a pin mark shows it."""


FAR_TEXT_PX = 11.0
"""On-screen pixel size of the first words drawn on a far-out box."""
FAR_TEXT_MIN_PX = 6.0
"""Below this on-screen size the first words are left out (the box keeps its colour)."""
RIM = 3.0
"""Room around the box, inside the item's bounding rect, where the selection glow is drawn."""
TAB_BELOW = 17.0
"""How far the "+N" tab of a collapsed branch reaches below the box (pen included)."""


def outer_rect(rect: QRectF, look: ClaimLook) -> QRectF:
    """Everything the box paints: the box, its glow rim, and a collapsed branch's tab below it.

    Qt repaints only this rect when the box moves, is selected or unselected: paint outside it
    and the canvas keeps stray marks (a glow's edge left behind).
    """
    below = max(RIM, TAB_BELOW) if look.collapsed else RIM
    return rect.adjusted(-RIM, -RIM, RIM, below)


def first_words(text: str, n: int = 8) -> str:
    """The first `n` words of a claim's wording (what a far-out box shows)."""
    words = text.split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "") if words else "…"


class ClaimItem(QGraphicsItem):
    """The box of one claim. Position is the box's top-left corner in scene pixels."""

    Type = USER_TYPE + 1

    def __init__(self, claim: Claim, size: tuple[float, float], look: ClaimLook) -> None:
        super().__init__()
        self.claim = claim
        self.claim_id = claim.id
        self.look = look
        self._rect = QRectF(0, 0, size[0], size[1])
        self._outer = outer_rect(self._rect, look)
        self._static: QStaticText | None = None
        self._far: tuple[float, QStaticText, QFont] | None = None
        """The first words as drawn far out: (pixel size, prepared text, font)."""
        self.highlighted = False
        self.drop_target = False
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
        )
        self.setAcceptHoverEvents(False)
        self.setZValue(2)
        self.setToolTip(claim.text[:500])

    @override
    def type(self) -> int:
        return int(self.Type)

    def set_content(self, claim: Claim, size: tuple[float, float], look: ClaimLook) -> None:
        """Show an edited claim (new object) or a new look; repaints only when something changed."""
        if claim is self.claim and look == self.look and size == (self._rect.width(), self._rect.height()):
            return
        rewrap = size[0] != self._rect.width()  # the wording wraps to the box's width: prepare it again
        rect = QRectF(0, 0, size[0], size[1])
        if outer_rect(rect, look) != self._outer:
            self.prepareGeometryChange()
            self._outer = outer_rect(rect, look)
        self._rect = rect
        if claim.text != self.claim.text or rewrap:
            self._static = None
            self._far = None
            self.setToolTip(claim.text[:500])
        self.claim = claim
        self.look = look
        self.update()

    def centre(self) -> QPointF:
        """Centre of the box in scene coordinates (pins are centres)."""
        return self.pos() + self._rect.center()

    @override
    def boundingRect(self) -> QRectF:
        return self._outer

    @override
    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        scene = self.scene()
        exporting = bool(getattr(scene, "exporting", False))
        if exporting:
            lod = 1.0
        pal = palette()
        role = pal.role(self.claim.role)
        selected = self.isSelected() and not exporting
        rect = self._rect
        if lod < LOD_TEXT:
            self._paint_far(
                painter, lod, pal.highlight if self.highlighted else role.color.lighter(130), selected
            )
            return
        fill = pal.highlight if (self.highlighted and not exporting) else pal.box_fill
        border = QPen(role.color, 2.5)
        if self.claim.implicit:
            border.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(border)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 6, 6)
        painter.fillRect(QRectF(rect.left() + 1.5, rect.top() + 1.5, 6, rect.height() - 3), role.color)
        if selected or self.drop_target:  # a rim just outside the border, all of it inside boundingRect()
            half = RIM / 2
            painter.setPen(QPen(pal.selection if selected else role.color, RIM))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-half, -half, half, half), 6 + half, 6 + half)
        self._paint_label(painter, role.label, role.color)
        painter.setPen(pal.text)
        painter.setFont(text_font())
        at = QPointF(rect.left() + TEXT_INSET, rect.top() + PAD + LABEL_H)
        if exporting:  # vector output: text as text, laid out by the very call that measured the box
            layout, _h = wording_layout(shown_text(self.claim), text_font(), text_width_of(rect.width()))
            layout.draw(painter, at)
        else:
            painter.drawStaticText(at, self._static_text())
        if lod >= LOD_DETAIL and self.look.chips:
            self._paint_chips(painter)
        if self.look.collapsed:
            self._paint_collapsed(painter, role.color)
        if self.look.pinned and not exporting:
            self._paint_pin(painter)

    def _paint_far(self, painter: QPainter, lod: float, fill: QColor, selected: bool) -> None:
        """Far out: the box in its kind's colour with its first words, large enough to read at this zoom."""
        rect = self._rect
        painter.setPen(Qt.PenStyle.NoPen)
        if selected:  # a band of selection colour across the edge, filled: a thin pen far out spills over
            painter.setBrush(palette().selection)
            painter.drawRect(rect.adjusted(-RIM, -RIM, RIM, RIM))
            painter.setBrush(fill)
            painter.drawRect(rect.adjusted(RIM, RIM, -RIM, -RIM))
        else:
            painter.setBrush(fill)
            painter.drawRect(rect)
        px = min(FAR_TEXT_PX / max(lod, 0.01), rect.height() * 0.34)
        px = float(int(px / 8) * 8)  # a few sizes only, so the prepared text is reused while zooming
        if px * lod < FAR_TEXT_MIN_PX:
            return
        far = self._far
        if far is None or far[0] != px:
            st = QStaticText(first_words(self.claim.text))
            st.setTextFormat(Qt.TextFormat.PlainText)
            st.setTextWidth(rect.width() - px / 2)
            opt = QTextOption()
            opt.setWrapMode(QTextOption.WrapMode.WordWrap)
            st.setTextOption(opt)
            font = text_font()
            font.setPixelSize(max(1, int(px)))
            font.setBold(True)
            st.prepare(font=font)
            far = self._far = (px, st, font)
        painter.save()
        painter.setClipRect(rect)
        painter.setFont(far[2])
        painter.setPen(ink_on(fill))
        painter.drawStaticText(QPointF(rect.left() + px / 4, rect.top() + px / 8), far[1])
        painter.restore()

    def _static_text(self) -> QStaticText:
        if self._static is None:
            st = QStaticText(shown_text(self.claim))
            st.setTextFormat(Qt.TextFormat.PlainText)
            st.setTextWidth(text_width_of(self._rect.width()))  # the width the measurer chose
            st.setTextOption(wording_option())
            st.prepare(font=text_font())
            self._static = st
        return self._static

    def _paint_label(self, painter: QPainter, label: str, color: QColor) -> None:
        pal = palette()
        painter.setFont(label_font())
        painter.setPen(color.darker(115))
        r = self._rect
        line = QRectF(r.left() + PAD + 2, r.top() + PAD - 3, r.width() - 2 * PAD, LABEL_H)
        painter.drawText(line, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), label.upper())
        mark, ink = "", pal.muted
        if self.look.circular:
            mark, ink = CIRCULAR_MARK, pal.relation("attack").color.darker(120)
        elif self.claim.implicit:
            mark = IMPLICIT_MARK
        elif self.look.unanchored:
            mark = UNANCHORED_MARK
        if mark:
            painter.setFont(label_font(bold=self.look.circular))
            painter.setPen(ink)
            painter.drawText(line, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), mark)

    def _paint_chips(self, painter: QPainter) -> None:
        metrics = chip_font_metrics()
        painter.setFont(label_font(CHIP_FONT_PX, bold=False))
        r = self._rect
        y = r.bottom() - PAD - CHIP_H
        chips = self.look.chips
        for i, name, x, w in chip_row(metrics, [c.name for c in chips], r.left() + TEXT_INSET, r.right() - PAD):
            color = QColor(chips[i].color)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            chip_rect = QRectF(x, y, w, CHIP_H)
            painter.drawRoundedRect(chip_rect, CHIP_H / 2, CHIP_H / 2)
            painter.setPen(ink_on(color))
            painter.drawText(chip_rect, int(Qt.AlignmentFlag.AlignCenter), name)

    def _paint_pin(self, painter: QPainter) -> None:
        """A pin head on the top edge, right of centre: this box stays where the user put it."""
        r = self._rect
        centre = QPointF(r.right() - 18, r.top() + 2)  # its head stays inside the glow's rim
        painter.setPen(QPen(palette().muted, 1.5))
        painter.drawLine(centre, centre + QPointF(0, 9))
        painter.setBrush(palette().relation("attack").color)
        painter.drawEllipse(centre, 4.25, 4.25)

    def _paint_collapsed(self, painter: QPainter, color: QColor) -> None:
        r = self._rect
        tab = QRectF(r.center().x() - 26, r.bottom() - 2, 52, 18)
        painter.setPen(QPen(color, 1.5))
        painter.setBrush(palette().box_fill)
        painter.drawRoundedRect(tab, 5, 5)
        painter.setFont(label_font(11, bold=True))
        painter.drawText(tab, int(Qt.AlignmentFlag.AlignCenter), f"+{self.look.collapsed}")
