"""Arrows of the map: premise lines into a reason's junction, and the reason's arrow to its target."""

from __future__ import annotations

import math
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget
from typing_extensions import override

from ui.map.routes import Bar, Points
from ui.map.style import LOD_DETAIL, USER_TYPE, RelationStyle, label_font, palette

ARROW = 11.0
BADGE_R = 10.0
BADGE_CLEAR = 20.0
"""Least distance from a junction's centre to its badge's centre: the ring (6 px and its pen), a gap, the badge."""
CORNER = 7.0
"""Radius of a line's rounded turns."""


def rounded_path(points: Points) -> QPainterPath:
    """A polyline with each turn rounded by up to CORNER (less on short legs)."""
    path = QPainterPath()
    if not points:
        return path
    path.moveTo(*points[0])
    for i in range(1, len(points) - 1):
        (ax, ay), (bx, by), (cx, cy) = points[i - 1], points[i], points[i + 1]
        d_in, d_out = math.hypot(bx - ax, by - ay), math.hypot(cx - bx, cy - by)
        r = min(CORNER, d_in / 2, d_out / 2)
        if r <= 0.5:
            path.lineTo(bx, by)
            continue
        path.lineTo(bx - (bx - ax) * r / d_in, by - (by - ay) * r / d_in)
        path.quadTo(bx, by, bx + (cx - bx) * r / d_out, by + (cy - by) * r / d_out)
    path.lineTo(*points[-1])
    return path


class EdgeItem(QGraphicsItem):
    """One routed line of an argument. `kind` is "premise" (claim -> junction) or the relation."""

    Type = USER_TYPE + 2

    def __init__(self, key: tuple[str, str, str, str], points: Points, style: RelationStyle) -> None:
        super().__init__()
        self.argument_id, self.source, self.target, self.kind = key
        kind = self.kind
        self.style = style
        self.points: Points = ()
        self._path: QPainterPath | None = None
        self._bounds = QRectF()
        if kind != "premise":
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        # Z stays 0 (boxes are at 2): one Qt call less per line adds up on big maps
        self.set_route(points, style)

    @override
    def type(self) -> int:
        return int(self.Type)

    @property
    def is_arrow(self) -> bool:
        """True for the reason -> target line, which carries the arrow head and the +/- badge."""
        return self.kind != "premise"

    def set_route(self, points: Points, style: RelationStyle) -> None:
        """Move the line to new points; a no-op when nothing changed."""
        if style is self.style and points == self.points:  # styles are shared palette objects
            return
        if self.scene() is not None:
            self.prepareGeometryChange()
        self.points = points
        self.style = style
        self._path = None  # built on first paint: most lines of a big map are never drawn at full detail
        pad = BADGE_R + ARROW
        xs = [p[0] for p in points] or [0.0]
        ys = [p[1] for p in points] or [0.0]
        x0, y0 = min(xs) - pad, min(ys) - pad
        self._bounds = QRectF(x0, y0, max(xs) + pad - x0, max(ys) + pad - y0)
        self.update()

    def path(self) -> QPainterPath:
        """The line as a painter path (cached), its right-angled turns gently rounded."""
        if self._path is None:
            self._path = rounded_path(self.points)
        return self._path

    @override
    def boundingRect(self) -> QRectF:
        return self._bounds

    @override
    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(12)
        return stroker.createStroke(self.path())

    @override
    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if len(self.points) < 2:
            return
        exporting = bool(getattr(self.scene(), "exporting", False))
        lod = 1.0 if exporting else option.levelOfDetailFromTransform(painter.worldTransform())
        color = self.style.color
        selected = self.isSelected() and not exporting
        pen = QPen(palette().selection if selected else color, 4.5 if selected else 2.5)
        if self.style.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if lod < LOD_DETAIL:
            pen.setWidthF(1.5)
            pen.setCosmetic(True)  # stays visible however far out the view is zoomed
            painter.setPen(pen)
            painter.drawPolyline([QPointF(x, y) for x, y in self.points])
            return
        painter.drawPath(self.path())
        if self.is_arrow:
            self._paint_head(painter)
            self._paint_badge(painter)

    def _paint_head(self, painter: QPainter) -> None:
        (x0, y0), (x1, y1) = self.points[-2], self.points[-1]
        angle = math.atan2(y1 - y0, x1 - x0)
        tip = QPointF(x1, y1)
        left = QPointF(x1 - ARROW * math.cos(angle - 0.45), y1 - ARROW * math.sin(angle - 0.45))
        right = QPointF(x1 - ARROW * math.cos(angle + 0.45), y1 - ARROW * math.sin(angle + 0.45))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(self.style.color))
        painter.drawPolygon(QPolygonF([tip, left, right]))

    def _paint_badge(self, painter: QPainter) -> None:
        centre = self.badge_point()
        painter.setPen(QPen(self.style.color, 2))
        painter.setBrush(palette().box_fill)
        painter.drawEllipse(centre, BADGE_R, BADGE_R)
        painter.setPen(self.style.color)
        painter.setFont(label_font(17, bold=True))
        box = QRectF(centre.x() - BADGE_R, centre.y() - BADGE_R - 1, 2 * BADGE_R, 2 * BADGE_R)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), self.style.badge)

    def badge_point(self) -> QPointF:
        """Where the +/- badge sits (see `badge_at`)."""
        return QPointF(*badge_at(self.points))


def badge_at(points: Points) -> tuple[float, float]:
    """Where a line's +/- badge sits: on its first leg (its own, rising from the junction), else half-way."""
    (x0, y0), (x1, y1) = points[0], points[1]
    leg = math.hypot(x1 - x0, y1 - y0)
    if len(points) > 2 and leg >= 2 * BADGE_R + 4:
        t = max(0.5, BADGE_CLEAR / leg)  # never on the junction's ring: a short leg puts it at the turn
        return (x0 + (x1 - x0) * t, y0 + (y1 - y0) * t)
    total = 0.0
    segs: list[tuple[tuple[float, float], tuple[float, float], float]] = []
    for a, b in pairwise(points):
        d = math.hypot(b[0] - a[0], b[1] - a[1])
        segs.append((a, b, d))
        total += d
    half = total / 2
    for a, b, d in segs:
        if half <= d and d > 0:
            t = half / d
            return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)
        half -= d
    return points[-1]


class JunctionItem(QGraphicsItem):
    """Where a reason's premises join (Rationale-style bar for linked premises); a drop target."""

    Type = USER_TYPE + 3

    def __init__(self, argument_id: str, point: tuple[float, float], bar: Bar, style: RelationStyle) -> None:
        super().__init__()
        self.argument_id = argument_id
        self.style = style
        self.point = point
        self.bar = bar
        self.drop_target = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setZValue(1)  # above lines, below boxes, whichever was built first
        self.setPos(QPointF(*point))

    @override
    def type(self) -> int:
        return int(self.Type)

    def set_place(self, point: tuple[float, float], bar: Bar, style: RelationStyle) -> None:
        """Move the junction; `bar` is the linked-premise bar (x, y, w, h) relative to the junction."""
        if style is self.style and point == self.point and bar == self.bar:
            return
        self.prepareGeometryChange()
        self.point, self.bar, self.style = point, bar, style
        self.setPos(QPointF(*point))
        self.update()

    @override
    def boundingRect(self) -> QRectF:
        return QRectF(-12, -12, 24, 24).united(QRectF(*self.bar)).adjusted(-4, -4, 4, 4)

    @override
    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), 12, 12)
        path.addRect(self._bar())
        return path

    def _bar(self) -> QRectF:
        return QRectF(*self.bar)

    @override
    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        exporting = bool(getattr(self.scene(), "exporting", False))
        color = self.style.color
        active = (self.isSelected() or self.drop_target) and not exporting
        if self.bar[2] > 0 and self.bar[3] > 0:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRoundedRect(self._bar(), 3, 3)
        painter.setPen(QPen(palette().selection if active else color, 3 if active else 2))
        painter.setBrush(palette().box_fill if not active else palette().highlight)
        r = 9.0 if active else 6.0
        painter.drawEllipse(QPointF(0, 0), r, r)
