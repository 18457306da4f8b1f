"""The hand-in picture's extras: a title line, the student's name and a legend of kinds and relations."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen

from argmap.model import Role
from ui.map.style import palette

if TYPE_CHECKING:
    from ui.map.scene import MapScene

TITLE_PX = 26
NAME_PX = 17
LEGEND_PX = 15
GAP = 14.0
LEGEND_ROLES = (Role.CONCLUSION, Role.PREMISE, Role.OBJECTION, Role.REBUTTAL, Role.NONE)
"""Every kind of box, in the legend's order ("Claim" last: the grey boxes of imported maps)."""
LEGEND_RELATIONS = (("support", "supports"), ("attack", "attacks"), ("undercut", "undercuts a reason"))


@dataclass(frozen=True)
class Caption:
    """What an export adds around the map; empty fields add nothing."""

    title: str = ""
    name: str = ""
    legend: bool = False
    roles: tuple[Role, ...] = LEGEND_ROLES[:4]
    """The kinds of box the legend shows (`for_map` keeps those the map draws)."""
    relations: tuple[str, ...] = tuple(key for key, _text in LEGEND_RELATIONS)
    """The kinds of line the legend shows (palette keys: support, attack, undercut)."""

    def is_empty(self) -> bool:
        return not (self.title.strip() or self.name.strip() or self.legend)

    def relation_lines(self) -> list[tuple[str, str]]:
        """(palette key, words) of each kind of line in the legend."""
        return [(key, text) for key, text in LEGEND_RELATIONS if key in self.relations]

    def for_map(self, scene: MapScene) -> Caption:
        """The caption with a legend of the kinds of box and line the scene draws (all of them for an empty map)."""
        if not self.legend:
            return self
        from ui.render.svg_map import RelationKeys

        boxes = {scene.drawn_claim(cid)[0].role for cid in scene.claims}
        keys = RelationKeys()
        lines = {keys(scene.line_style(arg)) for arg in scene.junctions}
        roles = tuple(r for r in LEGEND_ROLES if r in boxes) or LEGEND_ROLES[:4]
        relations = tuple(k for k, _t in LEGEND_RELATIONS if k in lines) or self.relations
        return replace(self, roles=roles, relations=relations)


def _font(px: int, bold: bool = False) -> QFont:
    f = QFont()
    f.setPixelSize(px)
    f.setBold(bold)
    return f


def header_height(caption: Caption) -> float:
    """Height of the title and name lines above the map (0 when neither is set)."""
    h = 0.0
    if caption.title.strip():
        h += QFontMetricsF(_font(TITLE_PX, True)).height() + 4
    if caption.name.strip():
        h += QFontMetricsF(_font(NAME_PX)).height() + 2
    return h + GAP if h else 0.0


def legend_size(caption: Caption) -> tuple[float, float]:
    """(width, height) of the legend below the map ((0, 0) without one)."""
    if not caption.legend:
        return (0.0, 0.0)
    m = QFontMetricsF(_font(LEGEND_PX))
    roles = sum(m.horizontalAdvance(palette().role(r).label) + 48 for r in caption.roles)
    rels = sum(m.horizontalAdvance(text) + 66 for _k, text in caption.relation_lines())
    return (max(roles, rels), 2 * (m.height() + 12) + GAP)


def extra_size(caption: Caption) -> tuple[float, float, float]:
    """(min width, height above, height below) the caption needs around the map."""
    lw, lh = legend_size(caption)
    return (lw, header_height(caption), lh)


def paint_header(painter: QPainter, caption: Caption, rect: QRectF) -> None:
    """The title line (bold) and the name line, left-aligned at the top of `rect`."""
    y = rect.top()
    painter.setPen(palette().text)
    if caption.title.strip():
        font = _font(TITLE_PX, True)
        painter.setFont(font)
        h = QFontMetricsF(font).height()
        painter.drawText(
            QRectF(rect.left(), y, rect.width(), h), int(Qt.AlignmentFlag.AlignLeft), caption.title.strip()
        )
        y += h + 4
    if caption.name.strip():
        font = _font(NAME_PX)
        painter.setFont(font)
        h = QFontMetricsF(font).height()
        painter.drawText(
            QRectF(rect.left(), y, rect.width(), h), int(Qt.AlignmentFlag.AlignLeft), caption.name.strip()
        )


def paint_legend(painter: QPainter, caption: Caption, rect: QRectF) -> None:
    """Two rows at the top of `rect`: the kinds of claim (coloured boxes), then the relations (lines)."""
    if not caption.legend:
        return
    pal = palette()
    font = _font(LEGEND_PX)
    m = QFontMetricsF(font)
    painter.setFont(font)
    row_h = m.height() + 12
    y = rect.top() + GAP
    x = rect.left()
    for role in caption.roles:
        style = pal.role(role)
        painter.setPen(QPen(style.color, 2.5))
        painter.setBrush(pal.box_fill)
        painter.drawRoundedRect(QRectF(x, y + 3, 30, row_h - 6), 4, 4)
        painter.fillRect(QRectF(x + 1, y + 4, 5, row_h - 8), style.color)
        painter.setPen(pal.text)
        text_rect = QRectF(x + 38, y, m.horizontalAdvance(style.label) + 4, row_h)
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter), style.label)
        x += m.horizontalAdvance(style.label) + 48
    y += row_h
    x = rect.left()
    for key, text in caption.relation_lines():
        rel = pal.relation(key)
        pen = QPen(rel.color, 2.5)
        if rel.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        mid = y + row_h / 2
        painter.drawLine(QLineF(QPointF(x, mid), QPointF(x + 44, mid)))
        painter.setPen(pal.text)
        painter.drawText(
            QRectF(x + 52, y, m.horizontalAdvance(text) + 4, row_h), int(Qt.AlignmentFlag.AlignVCenter), text
        )
        x += m.horizontalAdvance(text) + 66
