"""Print the map with a preview (File > Print): the same picture as the exports, fitted or tiled."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from ui.map.scene import MapScene
from ui.render.export import export_look, export_rect
from ui.render.pages import PageMode, paint_pages, set_up_page


def print_scene(scene: MapScene, printer: QPrinter, mode: PageMode = "fit") -> int:
    """Print the map on `printer`; returns the number of pages."""
    with export_look(scene):
        return paint_pages(scene, printer, export_rect(scene), mode)


def preview_dialog(
    scene: MapScene, parent: QWidget | None = None, mode: PageMode = "fit"
) -> QPrintPreviewDialog:
    """A print preview dialog for the map (call `.exec()` on it); printing goes through `print_scene`."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    set_up_page(printer, export_rect(scene), mode)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle("Print map")
    dialog.paintRequested.connect(lambda p: print_scene(scene, p, mode))
    return dialog
