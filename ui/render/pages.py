"""Painting the map onto paged devices (PDF writer, printer): fitted to one page or tiled across pages."""

from __future__ import annotations

import math
from collections.abc import Callable
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


Draw = Callable[[QPainter], None]
"""Paints the whole picture at the painter's origin in scene-pixel units (the map with its caption)."""


def paint_pages(
    scene: MapScene,
    device: QPagedPaintDevice,
    source: QRectF,
    mode: PageMode,
    picture: tuple[QSizeF, Draw] | None = None,
) -> int:
    """Draw `source` (scene coordinates) on the device's pages; returns the number of pages.

    With `picture` (its size and how to paint it), tiles cut that picture (title, map and
    legend) instead of the bare map, so a tiled print carries the same caption as a fitted one.
    """
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
        whole = QRectF(source) if picture is None else QRectF(0, 0, picture[0].width(), picture[0].height())
        cols = max(1, math.ceil(whole.width() / tile_w))
        rows = max(1, math.ceil(whole.height() / tile_h))
        first = True
        for r in range(rows):
            for c in range(cols):
                if not first:
                    device.newPage()
                first = False
                part = QRectF(whole.left() + c * tile_w, whole.top() + r * tile_h, tile_w, tile_h)
                if picture is None:
                    scene.render(painter, page, part, Qt.AspectRatioMode.KeepAspectRatio)
                    continue
                painter.save()
                painter.setClipRect(page)
                painter.translate(page.topLeft())
                painter.scale(per_px, per_px)
                painter.translate(-part.topLeft())
                picture[1](painter)
                painter.restore()
        return rows * cols
    finally:
        painter.end()
