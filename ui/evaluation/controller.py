"""Keeps the evaluation of the open map up to date: recomputed after each change, debounced on big maps, off the GUI thread on very big ones."""

from __future__ import annotations

import contextlib
import sys
import threading
import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from typing_extensions import override

from argmap.analysis.overlay import Overlay, evaluate
from argmap.model import ArgumentMap
from ui.document.document import Document
from ui.evaluation.badges import apply_badges
from ui.map import MapView

SLOW_MS = 30.0
"""An evaluation slower than this is debounced instead of run after every edit."""
DEBOUNCE_MS = 400
BACKGROUND_CLAIMS = 5_000
"""Maps with more claims are evaluated in a worker thread, after the map is first painted."""
FALLBACK_MS = 1_500
"""Start the background evaluation this long after opening even if the map was never painted."""
WORKER_SWITCH_S = 0.001
"""Python's thread switch interval while a worker evaluates (the default is 0.005 s).

The worker and the window share the interpreter lock: each time the window's thread comes back
from Qt into Python (an event handler, a box's paint) it waits until the worker lets go, at most
this long. At 5 ms a frame that calls into Python a hundred times took 0.5 s more; at 1 ms it
takes 0.1 s more, while the worker loses nothing when the window is idle (nobody waits then).
Set while a worker runs, put back when none does."""


class EvaluationController(QObject):
    """The current `Overlay` of the session's map, the dismissed hints, and the badges on/off switch.

    `updated` fires after each recomputation. Dismissed hints are view state kept here
    (per open document), never in the file. On a map over `BACKGROUND_CLAIMS` claims the
    evaluation runs in a worker thread once the canvas has painted: `busy` is True
    meanwhile (`busyChanged`), and a result is dropped if the map changed since it started.
    """

    updated = Signal()
    busyChanged = Signal(bool)
    _finished = Signal(int, object)  # (generation, Overlay or None), emitted by the worker thread

    def __init__(self, session: Document, view: MapView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.view = view
        self.badges_on = False
        self.dismissed: set[str] = set()
        self.overlay: Overlay | None = None
        self.last_ms = 0.0
        self.busy = False
        self._generation = 0
        self._running: int | None = None
        self._waiting_for_paint = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.recompute)
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.setInterval(FALLBACK_MS)
        self._fallback.timeout.connect(self._paint_missed)
        self._finished.connect(self._on_finished)
        view.viewport().installEventFilter(self)
        session.changed.connect(self._on_changed)
        session.replaced.connect(self._on_replaced)
        self.recompute()

    def _on_changed(self) -> None:
        self._generation += 1
        if self.last_ms > SLOW_MS or self._big():
            self._timer.start()
        else:
            self.recompute()

    def _on_replaced(self) -> None:
        self._generation += 1
        self.dismissed.clear()
        self.last_ms = 0.0
        if self._big():
            self.overlay = None  # the last map's evaluation must not show on this one
            self._show_badges()
            self._set_busy(True)
            self.updated.emit()
            self._waiting_for_paint = True  # the canvas paints first; see eventFilter
            QTimer.singleShot(0, self._fallback.start)  # counted from when the opening is done
        else:
            self.recompute()

    def _big(self) -> bool:
        return len(self.session.map.claims) > BACKGROUND_CLAIMS

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._waiting_for_paint and event.type() == QEvent.Type.Paint:
            self._waiting_for_paint = False
            QTimer.singleShot(0, self._start_worker)  # after this paint has reached the screen
        return False

    def _paint_missed(self) -> None:
        if self._waiting_for_paint:  # a window never shown: evaluate anyway
            self._start_worker()

    def recompute(self) -> None:
        """Evaluate the map now and refresh the badges (very big maps: start it in the background)."""
        if self._big():
            self._start_worker()
            return
        # CPU time of this thread, not wall time: a busy machine must not make a small map lag
        start = time.thread_time()
        self.overlay = evaluate(self.session.map, self.dismissed)
        self.last_ms = (time.thread_time() - start) * 1000
        self._show_badges()
        if self._running is None:  # a big map's worker may still finish (and be dropped)
            self._set_busy(False)
        self.updated.emit()

    def _start_worker(self) -> None:
        self._waiting_for_paint = False
        self._fallback.stop()
        self._set_busy(True)
        if self._running is not None:
            return  # the running one finishes first; its stale result starts the next
        generation = self._generation
        self._running = generation
        _share_lock(True)
        m, dismissed = self.session.map, set(self.dismissed)
        threading.Thread(target=self._work, args=(generation, m, dismissed), daemon=True).start()

    def _work(self, generation: int, m: ArgumentMap, dismissed: set[str]) -> None:
        try:
            result: Overlay | Exception = evaluate(m, dismissed)
        except Exception as e:  # an edit under the worker makes it stale; else raised below
            result = e
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile: nobody is waiting
            self._finished.emit(generation, result)

    def _on_finished(self, generation: int, overlay: object) -> None:
        self._running = None
        _share_lock(False)
        if generation != self._generation:
            if self._big():
                self._start_worker()  # the map changed meanwhile: evaluate what it is now
            else:
                self.recompute()
            return
        if isinstance(overlay, Exception):
            self._set_busy(False)
            raise overlay  # a bug, not an edit: the crash handler reports it on the GUI thread
        assert isinstance(overlay, Overlay)
        self.overlay = overlay
        self._show_badges()
        self._set_busy(False)
        self.updated.emit()

    def _set_busy(self, busy: bool) -> None:
        if busy != self.busy:
            self.busy = busy
            self.busyChanged.emit(busy)

    def _show_badges(self) -> None:
        apply_badges(self.view.map_scene, self.overlay if self.badges_on else None)

    def set_badges(self, on: bool) -> None:
        """View > Evaluation: show or hide the badges."""
        self.badges_on = on
        self._show_badges()

    def dismiss(self, key: str) -> None:
        """Hide one hint for this document."""
        self.dismissed.add(key)
        self._generation += 1
        self.recompute()

    def restore_hints(self) -> None:
        """Show every dismissed hint again."""
        self.dismissed.clear()
        self._generation += 1
        self.recompute()


_workers = [0]
_default_switch = [sys.getswitchinterval()]


def _share_lock(start: bool) -> None:
    """A worker starts (or ends): Python switches threads every `WORKER_SWITCH_S` while any runs."""
    if start:
        if _workers[0] == 0:
            _default_switch[0] = sys.getswitchinterval()
            sys.setswitchinterval(min(WORKER_SWITCH_S, _default_switch[0]))
        _workers[0] += 1
    else:
        _workers[0] = max(0, _workers[0] - 1)
        if _workers[0] == 0:
            sys.setswitchinterval(_default_switch[0])
