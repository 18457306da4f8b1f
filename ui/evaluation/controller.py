"""Keeps the evaluation of the open map up to date: recomputed after each change, debounced on big maps."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal

from argmap.analysis.overlay import Overlay, evaluate
from ui.document.document import Document
from ui.evaluation.badges import apply_badges
from ui.map import MapView

SLOW_MS = 30.0
"""An evaluation slower than this is debounced instead of run after every edit."""
DEBOUNCE_MS = 400


class EvaluationController(QObject):
    """The current `Overlay` of the session's map, the dismissed hints, and the badges on/off switch.

    `updated` fires after each recomputation. Dismissed hints are view state kept here
    (per open document), never in the file.
    """

    updated = Signal()

    def __init__(self, session: Document, view: MapView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.view = view
        self.badges_on = False
        self.dismissed: set[str] = set()
        self.overlay: Overlay | None = None
        self.last_ms = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.recompute)
        session.changed.connect(self._on_changed)
        session.replaced.connect(self._on_replaced)
        self.recompute()

    def _on_changed(self) -> None:
        if self.last_ms > SLOW_MS:
            self._timer.start()
        else:
            self.recompute()

    def _on_replaced(self) -> None:
        self.dismissed.clear()
        self.last_ms = 0.0
        self.recompute()

    def recompute(self) -> None:
        """Evaluate the map now and refresh the badges."""
        # CPU time of this thread, not wall time: a busy machine must not make a small map lag
        start = time.thread_time()
        self.overlay = evaluate(self.session.map, self.dismissed)
        self.last_ms = (time.thread_time() - start) * 1000
        self._show_badges()
        self.updated.emit()

    def _show_badges(self) -> None:
        apply_badges(self.view.map_scene, self.overlay if self.badges_on else None)

    def set_badges(self, on: bool) -> None:
        """View > Evaluation: show or hide the badges."""
        self.badges_on = on
        self._show_badges()

    def dismiss(self, key: str) -> None:
        """Hide one hint for this document."""
        self.dismissed.add(key)
        self.recompute()

    def restore_hints(self) -> None:
        """Show every dismissed hint again."""
        self.dismissed.clear()
        self.recompute()
