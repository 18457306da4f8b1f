"""The SVG export as it was before issue 14 (Qt's QSvgGenerator painting the scene): for before/after figures."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def qt_svg(scene: Any, out: Path, path: Path, source: Any, caption: Any) -> str:
    """Drop-in for ui.render.export._svg: paint the picture through QSvgGenerator."""
    from PySide6.QtCore import QRectF, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    from ui.render.export import paint_picture, picture_size

    pic = picture_size(source, caption)
    gen = QSvgGenerator()
    gen.setFileName(str(out))
    gen.setSize(QSize(round(pic.width()), round(pic.height())))
    gen.setViewBox(QRectF(0, 0, pic.width(), pic.height()))
    gen.setResolution(96)
    gen.setTitle(path.stem)
    gen.setDescription("Argument map exported by argmap")
    painter = QPainter()
    painter.begin(gen)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    paint_picture(painter, scene, source, caption)
    painter.end()
    return f"{path}: SVG (Qt), {round(pic.width())} x {round(pic.height())}"


def use_qt_svg() -> None:
    """Make ui.render.export write SVG the old way for the rest of this process."""
    from ui.render import export

    setattr(export, "_svg", qt_svg)  # noqa: B010
