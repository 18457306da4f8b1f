"""The overview (minimap) of the map: the whole map small, the part the window shows marked; click or drag to move."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice, pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget
from typing_extensions import override

from argmap.layout import EdgeRoute, MapLayout
from ui.map.scene import LAZY_MIN
from ui.map.style import palette

if TYPE_CHECKING:
    from ui.map.view import MapView

MARGIN = 6.0
"""Pixels around the map inside the widget."""
MIN_FRAME = 10.0
"""The frame of the visible part is never drawn smaller than this (in widget pixels), so it can be found."""
SLICED_BOXES = 5_000
"""A map with more boxes is drawn into the picture in slices, after the window has painted, each
slice between two rounds of events: the window shows and answers at once while the picture fills."""
SLICE = 2_000
"""Lines or boxes drawn in one slice (about 15 ms; claims coloured: four times as many)."""


class MiniMap(QWidget):
    """A small picture of the whole map (boxes in their kinds' colours, thin lines) following a MapView.

    The rectangle marks what the view shows; pressing or dragging anywhere centres the
    view there. The picture is redrawn only when the layout or the widget's size changes.
    """

    def __init__(self, view: MapView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setMinimumSize(120, 80)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip("The whole map: the frame is what the map shows. Click or drag to move there.")
        self._image: QImage | None = None
        self._drawn_for: tuple[int, QSize] | None = None
        self._drawing: Iterator[None] | None = None
        self._drawing_for: tuple[int, QSize] | None = None
        self._slices = QTimer(self)
        self._slices.setSingleShot(True)
        self._slices.timeout.connect(self._draw_slice)
        self._scale = 1.0
        self._origin = QPointF()
        view.zoomChanged.connect(self.update)
        view.horizontalScrollBar().valueChanged.connect(self.update)
        view.verticalScrollBar().valueChanged.connect(self.update)
        view.session.changed.connect(self.update)
        view.session.replaced.connect(self.update)

    @override
    def sizeHint(self) -> QSize:
        return QSize(240, 160)

    def map_rect(self) -> QRectF:
        """The scene rectangle the picture covers."""
        return self.view.map_scene.map_rect()

    def to_widget(self, p: QPointF) -> QPointF:
        """A scene point in widget pixels."""
        return QPointF(self._origin.x() + p.x() * self._scale, self._origin.y() + p.y() * self._scale)

    def to_scene(self, p: QPointF) -> QPointF:
        """A widget pixel as a scene point."""
        return QPointF((p.x() - self._origin.x()) / self._scale, (p.y() - self._origin.y()) / self._scale)

    def frame(self) -> QRectF:
        """Where the view's visible part is drawn, in widget pixels."""
        v = self.view.visible_rect()
        c = self.to_widget(v.center())
        w, h = max(v.width() * self._scale, MIN_FRAME), max(v.height() * self._scale, MIN_FRAME)
        return QRectF(c.x() - w / 2, c.y() - h / 2, w, h)

    def _fit(self) -> None:
        r = self.map_rect()
        w, h = self.width() - 2 * MARGIN, self.height() - 2 * MARGIN
        if r.isEmpty() or w <= 0 or h <= 0:
            self._scale, self._origin = 1.0, QPointF()
            return
        self._scale = min(w / r.width(), h / r.height())
        self._origin = QPointF(
            (self.width() - r.width() * self._scale) / 2 - r.x() * self._scale,
            (self.height() - r.height() * self._scale) / 2 - r.y() * self._scale,
        )

    @property
    def drawing(self) -> bool:
        """True while a big map's picture is still being drawn in slices."""
        return self._drawing is not None

    def _picture(self) -> QImage:
        layout = self.view.map_scene.layout
        key = (id(layout), self.size())
        if self._image is not None and key in (self._drawn_for, self._drawing_for):
            return self._image
        self._fit()
        image = QImage(self.size(), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(palette().background)
        self._image, self._drawing = image, None
        if layout is not None and len(layout.boxes) > SLICED_BOXES:
            self._drawn_for, self._drawing_for = None, key
            self._drawing = _draw_sliced(image, layout, self.view, self._scale, self._origin)
            self._slices.start(0)  # after this paint: the dock shows at once, its picture fills in
            return image
        if layout is not None:
            _draw(image, layout, self.view, self._scale, self._origin)
        self._drawn_for, self._drawing_for = key, None
        return image

    def _draw_slice(self) -> None:
        if self._drawing is None:
            return
        try:
            next(self._drawing)
        except StopIteration:
            self._drawing, self._drawn_for, self._drawing_for = None, self._drawing_for, None
        else:
            self._slices.start(0)
        self.update()

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawImage(0, 0, self._picture())
        frame = self.frame().intersected(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        sel = QColor(palette().selection)
        painter.setPen(QPen(sel, 2))
        sel.setAlpha(40)
        painter.setBrush(sel)
        painter.drawRect(frame)
        painter.end()

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._image = None

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._move_to(event.position())

    @override
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._move_to(event.position())

    def _move_to(self, p: QPointF) -> None:
        self._picture()  # scale and origin of the current picture
        self.view.centerOn(self.to_scene(p))
        self.update()


def _draw(image: QImage, layout: MapLayout, view: MapView, scale: float, origin: QPointF) -> None:
    """Boxes in their kinds' colours and the lines as thin strokes."""
    p = QPainter(image)
    pal = palette()
    colors = {c.id: pal.role(c.role).color for c in view.session.map.claims}
    if len(layout.boxes) >= LAZY_MIN:
        _draw_pixels(p, layout, colors, scale, origin)
        p.end()
        return
    p.setRenderHint(QPainter.RenderHint.Antialiasing, scale > 0.05)
    p.translate(origin)
    p.scale(scale, scale)
    pen = QPen(pal.muted, 1.0)
    pen.setCosmetic(True)
    p.setPen(pen)
    for route in layout.edges:
        p.drawPolyline([QPointF(x, y) for x, y in route.points])
    p.setPen(Qt.PenStyle.NoPen)
    fallback = pal.role_color_none()
    hidden = layout.hidden
    for cid, box in layout.boxes.items():
        if cid not in hidden:
            p.fillRect(QRectF(box.x, box.y, box.w, box.h), colors.get(cid, fallback))
    p.end()


def _draw_pixels(
    p: QPainter, layout: MapLayout, colors: dict[str, QColor], scale: float, origin: QPointF
) -> None:
    """A big map in whole widget pixels: each pixel's lines and boxes drawn once, not once per claim."""
    _draw_lines(p, layout.edges, scale, origin)
    _draw_boxes(p, layout, layout.boxes, colors, scale, origin)


def _draw_lines(p: QPainter, routes: Iterable[EdgeRoute], scale: float, origin: QPointF) -> None:
    ox, oy = origin.x(), origin.y()
    lines: set[tuple[int, int, int, int]] = set()
    for route in routes:
        pts = route.points
        for (ax, ay), (bx, by) in pairwise(pts):
            lines.add(
                (int(ax * scale + ox), int(ay * scale + oy), int(bx * scale + ox), int(by * scale + oy))
            )
    p.setPen(QPen(palette().muted, 1.0))
    for line in lines:
        p.drawLine(*line)


def _draw_boxes(
    p: QPainter,
    layout: MapLayout,
    boxes: Iterable[str],
    colors: dict[str, QColor],
    scale: float,
    origin: QPointF,
) -> None:
    ox, oy = origin.x(), origin.y()
    fallback = palette().role_color_none()
    cells: dict[tuple[int, int, int, int], QColor] = {}
    hidden, placed = layout.hidden, layout.boxes
    for cid in boxes:
        if cid not in hidden:
            box = placed[cid]
            x, y = int(box.x * scale + ox), int(box.y * scale + oy)
            cells[(x, y, max(1, int(box.w * scale)), max(1, int(box.h * scale)))] = colors.get(cid, fallback)
    for (x, y, w, h), color in cells.items():
        p.fillRect(x, y, w, h, color)


def _draw_sliced(
    image: QImage, layout: MapLayout, view: MapView, scale: float, origin: QPointF
) -> Iterator[None]:
    """`_draw_pixels` in slices of `SLICE` lines or boxes, yielding between them (lines first, boxes over)."""
    by_role = {role: style.color for role, style in palette().roles.items()}
    fallback = palette().role_color_none()
    claims = view.session.map.claims
    colors: dict[str, QColor] = {}
    for i in range(0, len(claims), 4 * SLICE):
        colors.update((c.id, by_role.get(c.role, fallback)) for c in claims[i : i + 4 * SLICE])
        yield
    routes = iter(layout.edges)
    while chunk := list(islice(routes, SLICE)):
        p = QPainter(image)
        _draw_lines(p, chunk, scale, origin)
        p.end()
        yield
    ids = iter(list(layout.boxes))
    while chunk_ids := list(islice(ids, SLICE)):
        p = QPainter(image)
        _draw_boxes(p, layout, chunk_ids, colors, scale, origin)
        p.end()
        yield
