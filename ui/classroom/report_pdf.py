"""Feedback reports to PDF: render argmap's Qt-free HTML with QTextDocument + QPdfWriter, offscreen.

`html_to_pdf(html, path)` needs a QGuiApplication; `grade_with_pdfs(argv)` is what
ui.main runs for `argmap grade ... --pdf-dir DIR`: it makes an offscreen application
and runs argmap's grade command with this renderer.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from argmap.io.errors import SaveError

if TYPE_CHECKING:
    from PySide6.QtGui import QImage


def html_to_pdf(
    html: str,
    path: Path,
    *,
    landscape: bool = False,
    margin_mm: float = 18,
    images: Mapping[str, QImage] | None = None,
) -> None:
    """Write `html` as an A4 PDF at `path` (the file is complete or absent); raises SaveError.

    `images` maps the names used in `<img src=...>` to pictures (document resources, no files).
    """
    from PySide6.QtCore import QMarginsF, QUrl
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    from ui.classroom.keep_with_next import keep_labels_with_next

    folder = path.parent
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        raise SaveError(f"{path}: cannot write there (the folder {folder} is missing or read-only)")
    tmp = path.with_name(f".{path.name}.tmp")
    writer = QPdfWriter(str(tmp))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    if landscape:
        writer.setPageOrientation(QPageLayout.Orientation.Landscape)
    writer.setPageMargins(QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(path.stem)
    writer.setCreator("argmap")
    doc = QTextDocument()
    for name, image in (images or {}).items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    doc.setHtml(html)
    keep_labels_with_next(doc, writer)
    doc.print_(writer)
    del writer  # flushes and closes the file
    try:
        if not tmp.exists() or tmp.stat().st_size == 0:
            raise SaveError(f"{path}: the PDF could not be written (is the folder writable?)")
        os.replace(tmp, path)
    except OSError as e:
        raise SaveError(f"{path}: could not be saved ({e.strerror or e})") from None


def grade_with_pdfs(argv: Sequence[str]) -> int:
    """Run `argmap grade ARGS` with feedback PDFs rendered offscreen; returns the exit code."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from argmap.classroom.grade_command import run_grade
    from argmap.cli import build_parser

    args = build_parser().parse_args(list(argv))
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    del app
    return run_grade(args, render_pdf=html_to_pdf)
