"""Painting the map onto paged devices (PDF writer, printer): fitted to one page or tiled across pages."""

from __future__ import annotations

import math
from typing import Literal

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter

from ui.map.scene import MapScene

PageMode = Literal["fit", "tile"]
SCREEN_DPI = 96.0
"""Scene pixels per inch at 100%: a tiled print shows the map at its on-screen size."""
MARGIN_MM = 10.0


def centred(size: QSizeF, page: QRectF) -> QRectF:
    """`size` scaled to fit `page` (aspect kept) and centred on it."""
    k = min(page.width() / max(size.width(), 1e-9), page.height() / max(size.height(), 1e-9))
    w, h = size.width() * k, size.height() * k
    return QRectF(page.left() + (page.width() - w) / 2, page.top() + (page.height() - h) / 2, w, h)


def set_up_page(device: QPagedPaintDevice, source: QRectF, mode: PageMode) -> None:
    """A4 with 10 mm margins, landscape when the map (fit) is wider than tall."""
    landscape = mode == "fit" and source.width() > source.height()
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        orientation,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )
    device.setPageLayout(layout)


def paint_pages(scene: MapScene, device: QPagedPaintDevice, source: QRectF, mode: PageMode) -> int:
    """Draw `source` (scene coordinates) on the device's pages; returns the number of pages."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot start drawing on the page (is the file writable?)")
    try:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        page = QRectF(painter.viewport())
        if mode == "fit":
            scene.render(painter, centred(source.size(), page), source, Qt.AspectRatioMode.KeepAspectRatio)
            return 1
        per_px = device.logicalDpiX() / SCREEN_DPI
        tile_w, tile_h = page.width() / per_px, page.height() / per_px
        cols = max(1, math.ceil(source.width() / tile_w))
        rows = max(1, math.ceil(source.height() / tile_h))
        first = True
        for r in range(rows):
            for c in range(cols):
                if not first:
                    device.newPage()
                first = False
                part = QRectF(source.left() + c * tile_w, source.top() + r * tile_h, tile_w, tile_h)
                scene.render(painter, page, part, Qt.AspectRatioMode.KeepAspectRatio)
        return rows * cols
    finally:
        painter.end()
