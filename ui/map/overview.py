"""Far-out view of a big map: one cached picture of boxes and lines instead of thousands of items."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem, QWidget
from typing_extensions import override

from argmap.layout import MapLayout
from argmap.model import ArgumentMap
from ui.map.style import palette

OVERVIEW_ZOOM = 0.12
"""Below this zoom a big map is drawn from the overview picture (every frame stays cheap)."""
OVERVIEW_MIN_CLAIMS = 300
"""Maps with fewer claims are always drawn item by item."""
MAX_SIDE = 8192
"""Longest side of the overview picture in pixels."""


class OverviewItem(QGraphicsItem):
    """The whole map as one picture (role-coloured boxes, thin lines), rebuilt lazily after changes."""

    def __init__(self) -> None:
        super().__init__()
        self._layout: MapLayout | None = None
        self._map: ArgumentMap | None = None
        self._image: QImage | None = None
        self._rect = QRectF()

    def set_content(self, layout: MapLayout, m: ArgumentMap) -> None:
        """New layout or roles: forget the picture (built again, with `m`'s roles, on the next paint)."""
        b = layout.bounds
        rect = QRectF(b.x, b.y, max(b.w, 1.0), max(b.h, 1.0))
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        self._layout, self._map, self._image = layout, m, None
        self.update()

    @override
    def boundingRect(self) -> QRectF:
        return self._rect

    @override
    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self._image is None:
            self._image = self._draw()
        if self._image is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.drawImage(self._rect, self._image)

    def _draw(self) -> QImage | None:
        lay = self._layout
        if lay is None or self._rect.isEmpty():
            return None
        r = self._rect
        scale = min(OVERVIEW_ZOOM, MAX_SIDE / max(r.width(), r.height()))
        image = QImage(
            max(1, round(r.width() * scale)),
            max(1, round(r.height() * scale)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.fill(Qt.GlobalColor.transparent)
        p = QPainter(image)
        p.scale(scale, scale)
        p.translate(-r.x(), -r.y())
        pen = QPen(palette().muted, 1.0)
        pen.setCosmetic(True)
        p.setPen(pen)
        for route in lay.edges:  # plain ints: building Qt objects per line would dominate
            if route.kind != "premise":
                (x0, y0), (x1, y1) = route.points[0], route.points[-1]
                p.drawLine(int(x0), int(y0), int(x1), int(y1))
        fallback = palette().role_color_none()
        pal = palette()
        colors = {c.id: pal.role(c.role).color for c in self._map.claims} if self._map is not None else {}
        hidden = lay.hidden
        for cid, box in lay.boxes.items():
            if cid not in hidden:
                p.fillRect(int(box.x), int(box.y), int(box.w), int(box.h), colors.get(cid, fallback))
        p.end()
        return image


class OverviewScene(QGraphicsScene):
    """A scene holding only the overview picture; the view shows it instead of the map scene when far out.

    Swapping scenes costs nothing per item, whereas hiding 30,000 items, or drawing them,
    costs a frame or more.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.picture = OverviewItem()
        self.addItem(self.picture)
        self.setBackgroundBrush(palette().background)

    def mark_stale(self, layout: MapLayout | None, m: ArgumentMap, scene_rect: QRectF) -> None:
        """The map changed: the picture is redrawn next time the overview is shown."""
        self.setSceneRect(scene_rect)
        if layout is not None:
            self.picture.set_content(layout, m)
