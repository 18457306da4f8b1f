"""Canvas measurements through ui.map (offscreen Qt): scene build, first paint, frames, export, edit."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from core_bench import add_leaf_op, median_time

from argmap.io.native import load
from argmap.model import ArgumentMap

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_app: Any = None


def app() -> Any:
    """The one QApplication of the benchmark run."""
    global _app
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])
    return _app


def scene_build(m: ArgumentMap, runs: int) -> float:
    """Text measurement + layout + items for the whole map (what opening a map costs before paint)."""
    from ui.map.scene import build_scene

    app()
    return median_time(lambda: build_scene(m), runs)


def open_view(path: Path) -> tuple[Any, float]:
    """Load the file, build the canvas, show the window and paint it once; returns (view, seconds)."""
    from ui.document.document import Document
    from ui.map.view import MapView

    qt = app()
    t = time.perf_counter()
    view = MapView(Document(load(path), path))
    view.resize(1280, 800)
    view.show()
    qt.processEvents()
    view.viewport().repaint()
    return view, time.perf_counter() - t


def open_window(path: Path, settings_dir: Path) -> tuple[Any, float]:
    """Open the file in the whole main window (as `argmap FILE` does) and paint the map once; (window, seconds)."""
    from PySide6.QtCore import QSettings

    from ui.document.document import Document
    from ui.document.settings import Settings
    from ui.shell.main_window import MainWindow

    qt = app()
    t = time.perf_counter()
    settings = Settings(QSettings(str(settings_dir / "bench.ini"), QSettings.Format.IniFormat))
    window = MainWindow(Document(), settings)
    window.resize(1366, 768)
    window.show()
    window.files.open_path(path)
    qt.processEvents()
    window.map_view.viewport().repaint()
    return window, time.perf_counter() - t


def settle(window: Any, limit_s: float = 600.0) -> tuple[float, float]:
    """After `open_window`: seconds until the evaluation and the outline are done, and the longest
    the event loop went without running (what a user scrolling meanwhile would feel as a freeze)."""
    qt = app()
    t = last = time.perf_counter()
    stall = 0.0
    controller = window.evaluation_ui.controller
    while controller.busy and time.perf_counter() - t < limit_s:
        qt.processEvents()
        now = time.perf_counter()
        stall, last = max(stall, now - last), now
        time.sleep(0.005)  # the user's next event; lets the worker thread run as an idle GUI would
    return time.perf_counter() - t, stall


def jump(view: Any, claim_id: str) -> float:
    """Select a claim far from the view (as Find does) and paint: the boxes around it are made on the way."""
    qt = app()
    t = time.perf_counter()
    view.select_claim(claim_id)
    qt.processEvents()
    view.viewport().repaint()
    return time.perf_counter() - t


def first_paint(path: Path, runs: int) -> float:
    """Median open-to-first-paint of a saved map."""
    times = []
    for _ in range(runs):
        view, dt = open_view(path)
        times.append(dt)
        view.close()
        view.deleteLater()
        app().processEvents()
    return statistics.median(times)


def frame_times(view: Any, runs: int) -> tuple[float, float]:
    """Median repaint of the window zoomed to fit, and at 100% over the middle of the map."""
    view.zoom_fit()
    app().processEvents()
    fit = median_time(view.viewport().repaint, runs)
    view.set_zoom(1.0)
    view.centerOn(view.map_scene.map_rect().center())
    app().processEvents()
    full = median_time(view.viewport().repaint, runs)
    return fit, full


def export_times(view: Any) -> tuple[float, float]:
    """One SVG and one PNG export of the whole map (PNG capped at the app's default size)."""
    folder = Path(tempfile.mkdtemp(prefix="argmap-export-"))
    t = time.perf_counter()
    from ui.render.export import export_scene

    export_scene(view.map_scene, folder / "map.svg")
    svg = time.perf_counter() - t
    t = time.perf_counter()
    export_scene(view.map_scene, folder / "map.png")
    png = time.perf_counter() - t
    return svg, png


def edit_with_scene(view: Any, target: str, runs: int) -> tuple[float, float]:
    """Median time from pushing "add a reason" to the canvas updated, and for undoing it."""
    session = view.session
    adds: list[float] = []
    undos: list[float] = []
    for i in range(runs):
        op, _ = add_leaf_op(session.map, target, 1000 + i)
        t = time.perf_counter()
        session.push(op)
        adds.append(time.perf_counter() - t)
        t = time.perf_counter()
        session.undo_stack.undo()
        undos.append(time.perf_counter() - t)
    return statistics.median(adds), statistics.median(undos)
