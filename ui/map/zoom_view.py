"""ZoomView: the canvas's zoom (steps, Ctrl+wheel around the pointer, clamped range) as a base class."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget
from typing_extensions import override

ZOOM_MIN, ZOOM_MAX, ZOOM_STEP = 0.01, 4.0, 1.25


class ZoomView(QGraphicsView):
    """A graphics view that zooms in steps and reports its zoom; subclasses react in `_update_overview`."""

    zoomChanged = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._auto_fit = True
        """Fit the map to the window on resize until the user zooms."""

    def zoom(self) -> float:
        """The current zoom factor (1.0 is 100%)."""
        return float(self.transform().m11())

    def set_zoom(self, factor: float) -> None:
        """Zoom to `factor` (clamped), keeping the view centre."""
        self._auto_fit = False
        factor = max(ZOOM_MIN, min(ZOOM_MAX, factor))
        centre = self.mapToScene(self.viewport().rect().center())
        self.resetTransform()
        self.scale(factor, factor)
        self.centerOn(centre)
        self._update_overview()
        self.zoomChanged.emit(factor)

    def zoom_in(self) -> None:
        """Zoom in one step."""
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        """Zoom out one step."""
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def zoom_reset(self) -> None:
        """Show the map at 100%."""
        self.set_zoom(1.0)

    def zoom_by(self, ratio: float) -> None:
        """Zoom by `ratio` around the mouse pointer (clamped to the zoom range)."""
        self._auto_fit = False
        factor = max(ZOOM_MIN, min(ZOOM_MAX, self.zoom() * ratio))
        ratio = factor / self.zoom()
        self.scale(ratio, ratio)
        self._update_overview()
        self.zoomChanged.emit(factor)

    def visible_rect(self) -> QRectF:
        """The part of the scene the window shows."""
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def _update_overview(self, changed: bool = False) -> None:
        """Called after every zoom change (a subclass swaps in a far-out picture here)."""

    @override
    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom_by(ZOOM_STEP**steps)
            event.accept()
            return
        super().wheelEvent(event)
