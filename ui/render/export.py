"""Export the map as PNG, SVG or PDF: the picture the canvas shows, cropped to the map with a margin."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPdfWriter

from argmap.wording import counted
from ui.map.scene import MapScene
from ui.map.style import TEXT_PX
from ui.render.caption import Caption, extra_size, paint_header, paint_legend
from ui.render.pages import SCREEN_DPI, PageMode, centred, paint_pages, set_up_page
from ui.render.svg_writer import write_svg

MARGIN = 32.0
"""Scene pixels of empty space around the map in every export."""
MAX_PX = 8000
"""Default cap on the long side of a PNG, so a big map does not make a gigabyte image."""
FORMATS = (".png", ".svg", ".pdf")
TRAY_WORDS = "Not connected yet"
"""Over the tray in a picture: the canvas's words, without the instruction meant for the window."""


class ExportError(ValueError):
    """The picture could not be written (unknown format, unwritable file); the message says which."""


def export_rect(scene: MapScene) -> QRectF:
    """What an export shows: the map's items plus the margin."""
    rect = scene.map_rect()
    if rect.isEmpty():
        rect = QRectF(0, 0, 200, 100)
    return rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)


@contextmanager
def picture_words(scene: MapScene) -> Iterator[None]:
    """While inside, the tray's caption reads as on paper ("Not connected yet", no "drag a claim ...")."""
    cap = scene.tray_caption
    if cap is None:
        yield
        return
    words = cap.text()
    cap.setText(TRAY_WORDS)
    try:
        yield
    finally:
        cap.setText(words)


@contextmanager
def export_look(scene: MapScene) -> Iterator[None]:
    """Paint as an export while inside: no canvas background, selection, LOD or canvas instructions."""
    brush = scene.backgroundBrush()
    scene.setBackgroundBrush(Qt.BrushStyle.NoBrush)
    try:
        with scene.exporting_mode(), picture_words(scene):
            yield
    finally:
        scene.setBackgroundBrush(brush)


def export_scene(
    scene: MapScene,
    path: Path,
    *,
    scale: float = 1.0,
    transparent: bool = False,
    max_px: int = MAX_PX,
    pdf_layout: PageMode = "fit",
    caption: Caption | None = None,
    pdf_title: str = "",
) -> str:
    """Write the map to `path` (format from its extension); returns a one-line note for the user.

    `caption` adds a title line, the student's name and a legend (the picture a student
    hands in); a fitted PDF always carries a title: the caption's, else `pdf_title`.
    """
    caption = (caption or Caption()).for_map(scene)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(f"{path}: unknown picture format {suffix or '(none)'!r}; use .png, .svg or .pdf")
    if scale <= 0 or scale > 50:
        raise ExportError(f"{path}: scale {scale} is out of range (0 to 50)")
    if not path.parent.is_dir():
        raise ExportError(f"{path}: could not be written (the folder {path.parent} does not exist)")
    with picture_words(scene):
        source = export_rect(scene)  # the picture's own words may be narrower than the canvas's
    # Draw into a temporary file beside the target and rename it over the target, so a
    # failed or interrupted export never leaves a half-written picture in its place.
    tmp = path.with_name(f".{path.stem}.{os.getpid()}.partial{suffix}")
    try:
        # the SVG is written from the scene's geometry: its items need not be built (a big map has few)
        with picture_words(scene) if suffix == ".svg" else export_look(scene):
            # the writers draw into `tmp` but name `path` (SVG title, PDF title, messages)
            if suffix == ".png":
                note = _png(scene, tmp, path, source, scale, transparent, max_px, caption)
            elif suffix == ".svg":
                note = _svg(scene, tmp, path, source, caption)
            else:
                if not caption.title.strip() and pdf_title.strip():
                    caption = Caption(pdf_title, caption.name, caption.legend)
                note = _pdf(scene, tmp, path, source, pdf_layout, caption)
        if not tmp.is_file() or tmp.stat().st_size == 0:
            raise ExportError(f"{path}: could not be written (check the folder exists and is writable)")
        os.replace(tmp, path)
    except OSError as e:
        raise ExportError(f"{path}: could not be written ({e.strerror or e})") from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    return note


def render_image(scene: MapScene, scale: float = 1.0, transparent: bool = False) -> QImage:
    """The export picture as an image in memory (for previews and tests)."""
    with export_look(scene):
        return _image(scene, export_rect(scene), scale, transparent)


def picture_size(source: QRectF, caption: Caption) -> QSizeF:
    """Size of the whole picture in scene pixels: the map plus the caption's lines and legend."""
    min_w, above, below = extra_size(caption)
    return QSizeF(max(source.width(), min_w + 2 * MARGIN), source.height() + above + below)


def paint_picture(painter: QPainter, scene: MapScene, source: QRectF, caption: Caption) -> None:
    """Draw the picture at the painter's origin in scene-pixel units: header, map (centred), legend."""
    size = picture_size(source, caption)
    _w, above, below = extra_size(caption)
    if above:
        paint_header(painter, caption, QRectF(MARGIN, MARGIN / 2, size.width() - 2 * MARGIN, above))
    x = (size.width() - source.width()) / 2
    scene.render(painter, QRectF(x, above, source.width(), source.height()), source)
    if below:
        paint_legend(
            painter, caption, QRectF(MARGIN, above + source.height() - MARGIN / 2, size.width(), below)
        )


def _image(
    scene: MapScene, source: QRectF, scale: float, transparent: bool, caption: Caption | None = None
) -> QImage:
    caption = caption or Caption()
    pic = picture_size(source, caption)
    size = QSize(max(1, round(pic.width() * scale)), max(1, round(pic.height() * scale)))
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():  # Qt could not allocate it
        return image
    image.fill(QColor(0, 0, 0, 0) if transparent else QColor("white"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    painter.scale(size.width() / pic.width(), size.height() / pic.height())
    paint_picture(painter, scene, source, caption)
    painter.end()
    return image


def _png(
    scene: MapScene,
    out: Path,
    path: Path,
    source: QRectF,
    scale: float,
    transparent: bool,
    max_px: int,
    caption: Caption,
) -> str:
    note = ""
    long_side = max(source.width(), source.height()) * scale
    if max_px > 0 and long_side > max_px:
        wanted = scale
        scale = max_px / max(source.width(), source.height())
        note = (
            f"scaled down to {scale:.2f}x (the long side would be {long_side:,.0f} px at {wanted:g}x, "
            f"over the cap of {max_px:,} px; raise it with --max-px)"
        )
    image = _image(scene, source, scale, transparent, caption)
    if image.isNull():
        w, h = round(source.width() * scale), round(source.height() * scale)
        raise ExportError(f"{path}: a {w:,} x {h:,} px picture is too big to draw; lower --scale or --max-px")
    if not image.save(str(out)):
        raise ExportError(f"{path}: could not be written (check the folder exists and is writable)")
    size = f"{image.width()} x {image.height()} px"
    return f"{path}: PNG, {size}" + (f"; {note}" if note else "")


def _svg(scene: MapScene, out: Path, path: Path, source: QRectF, caption: Caption) -> str:
    pic = picture_size(source, caption)
    write_svg(scene, out, path.stem, source, pic, caption, MARGIN)
    return f"{path}: SVG, {round(pic.width())} x {round(pic.height())}"


def _pdf(scene: MapScene, out: Path, path: Path, source: QRectF, mode: PageMode, caption: Caption) -> str:
    writer = QPdfWriter(str(out))
    writer.setResolution(300)
    writer.setTitle(caption.title.strip() or path.stem)
    writer.setCreator("argmap")
    pic = picture_size(source, caption)
    set_up_page(writer, QRectF(0, 0, pic.width(), pic.height()), mode)
    try:
        shrink = 1.0
        if mode == "fit":
            pages, shrink = _pdf_fitted(scene, writer, source, caption)
        else:
            draw = lambda painter: paint_picture(painter, scene, source, caption)  # noqa: E731
            pages = paint_pages(scene, writer, source, mode, (pic, draw))
    except OSError as e:
        raise ExportError(f"{path}: {e}") from None
    note = f"{path}: PDF, {counted(pages, 'page')} (A4, {'fitted' if mode == 'fit' else 'tiled at 100%'})"
    if mode == "fit":
        printed = TEXT_PT * shrink
        if printed < READABLE_PT:
            note += (
                f"; the wording prints at {printed:.1f} pt, too small to read: tile it across pages"
                " at full size (--tile, or 'Tile across pages' in the export dialog)"
            )
    return note


TEXT_PT = TEXT_PX * 72 / SCREEN_DPI
"""Size of the wording on paper, in points, when a map prints at 100% (the canvas's 16 px)."""
READABLE_PT = 6.0
"""Below this a fitted PDF's note suggests tiling."""
CAPTION_MIN = 0.8
"""A fitted PDF draws its title, name and legend at least this big (1 = their on-screen size on paper)."""


def _pdf_fitted(scene: MapScene, writer: QPdfWriter, source: QRectF, caption: Caption) -> tuple[int, float]:
    """The whole picture (title, map, legend) fitted to the page and centred on it; (pages, the map's size on paper).

    The map's size on paper is 1.0 when it prints as big as the canvas shows it at 100%.

    A small map is scaled with its caption as one picture. A big map shrinks to fit but its
    title, name and legend keep a readable size (`CAPTION_MIN`), the map taking the room left.
    """
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("cannot start drawing on the page (is the file writable?)")
    try:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        page = QRectF(painter.viewport())
        pic = picture_size(source, caption)
        whole = centred(pic, page).width() / pic.width()
        min_w, above, below = extra_size(caption)
        readable = CAPTION_MIN * writer.logicalDpiX() / SCREEN_DPI
        k = max(whole, min(readable, page.width() / max(min_w + 2 * MARGIN, 1.0)))
        if k <= whole or caption.is_empty():
            painter.translate(page.left() + (page.width() - pic.width() * whole) / 2, page.top())
            painter.translate(0, (page.height() - pic.height() * whole) / 2)
            painter.scale(whole, whole)
            paint_picture(painter, scene, source, caption)
            return 1, whole * SCREEN_DPI / writer.logicalDpiX()
        room = QRectF(page.left(), page.top() + above * k, page.width(), page.height() - (above + below) * k)
        drawn = centred(source.size(), room)
        block_w = max(drawn.width(), (min_w + 2 * MARGIN) * k)
        block = QRectF(page.left() + (page.width() - block_w) / 2, drawn.top() - above * k, block_w, 0.0)
        scene.render(painter, drawn, source)
        painter.save()
        painter.translate(block.topLeft())
        painter.scale(k, k)
        paint_header(painter, caption, QRectF(MARGIN, MARGIN / 2, block_w / k - 2 * MARGIN, above))
        painter.restore()
        painter.save()
        painter.translate(block.left(), drawn.bottom() - MARGIN * drawn.height() / source.height() / 2)
        painter.scale(k, k)
        paint_legend(painter, caption, QRectF(MARGIN, 0.0, block_w / k, below))
        painter.restore()
    finally:
        painter.end()
    return 1, drawn.width() / source.width() * SCREEN_DPI / writer.logicalDpiX()
