"""Handout and worksheet PDFs: argmap's HTML laid out by QTextDocument on landscape A4, with the map picture."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtGui import QImage

from argmap.classroom.handout import handout_html, numbered_claims, worksheet_html
from argmap.io.errors import SaveError
from argmap.model import ArgumentMap
from ui.classroom.report_pdf import html_to_pdf

PAGE_WIDTH = 900
"""Widest picture (layout units) that fits the text width of a landscape A4 page."""
COLUMN_WIDTH = 430
"""Widest picture that fits the right-hand column next to the article."""
MAP_URL = "argmap-map.png"
"""The name the handout's <img> uses for the map picture (a document resource, no file needed)."""


def write_pdf(html: str, path: Path, images: dict[str, QImage] | None = None) -> None:
    """Lay out `html` on landscape A4 pages and write the PDF (complete or absent); raises SaveError."""
    html_to_pdf(html, path, landscape=True, margin_mm=12, images=images)


def map_picture(render_to: object) -> QImage:
    """The map as the canvas draws it, from a `render_to(path, scale=...)` callable (e.g. ui.render.export.export_scene on the map scene)."""
    with tempfile.TemporaryDirectory(prefix="argmap-handout-") as folder:
        png = Path(folder) / "map.png"
        render_to(png, scale=2.0)  # type: ignore[operator]
        image = QImage(str(png))
    if image.isNull():
        raise SaveError("the map picture could not be drawn")
    return image


def numbered_picture(m: ArgumentMap, scale: float = 2.0) -> QImage:
    """The map drawn as the canvas draws it, each box's wording led by its passage number [n] (as in the handout)."""
    from ui.map.scene import build_scene
    from ui.render.export import render_image

    copy = m.model_copy(deep=True)
    numbers = {c.id: n for n, c in numbered_claims(m)}
    for c in copy.claims:
        if c.id in numbers:
            c.text = f"[{numbers[c.id]}] {c.text}"
    scene = build_scene(copy)
    image = render_image(scene, scale)
    scene.deleteLater()
    if image.isNull():
        raise SaveError("the map picture could not be drawn")
    return image


def write_handout(m: ArgumentMap, path: Path, picture: QImage | None) -> None:
    """The article with numbered passages and the map picture (beside it when tall, above it when wide), as a PDF."""
    if picture is None or picture.isNull():
        write_pdf(handout_html(m), path)
        return
    beside = picture.width() <= 1.3 * picture.height()
    width = min(COLUMN_WIDTH if beside else PAGE_WIDTH, picture.width())
    write_pdf(handout_html(m, MAP_URL, width, beside=beside), path, {MAP_URL: picture})


def write_worksheet(m: ArgumentMap, path: Path) -> None:
    """The blank skeleton worksheet as a PDF."""
    write_pdf(worksheet_html(m), path)
