"""Canvas and window measurements (offscreen Qt): scene build, first paint by phase, stalls, frames, export, edit."""

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


def open_window(path: Path, settings_dir: Path, marks: dict[str, float] | None = None) -> tuple[Any, float]:
    """Open the file in the whole main window (as `argmap FILE` does) and paint the map once; (window, seconds).

    `marks` gets the wall and CPU times (`NAME`, `NAME cpu`) from the start to: the window built
    and shown ("window"), the file opened ("opened": loaded, canvas synced), the first paint ("painted").
    """
    from PySide6.QtCore import QSettings

    from ui.document.document import Document
    from ui.document.settings import Settings
    from ui.shell.main_window import MainWindow

    qt = app()
    t, cpu = time.perf_counter(), time.process_time()
    marks = marks if marks is not None else {}

    def mark(name: str) -> None:
        marks[name], marks[f"{name} cpu"] = time.perf_counter() - t, time.process_time() - cpu

    settings = Settings(QSettings(str(settings_dir / "bench.ini"), QSettings.Format.IniFormat))
    window = MainWindow(Document(), settings)
    window.resize(1366, 768)
    window.show()
    mark("window")
    window.files.open_path(path)
    mark("opened")
    qt.processEvents()
    window.map_view.viewport().repaint()
    mark("painted")
    return window, time.perf_counter() - t


class Phases:
    """Wall and CPU seconds spent in named functions while it is installed (nested calls counted once)."""

    def __init__(self) -> None:
        self.wall: dict[str, float] = {}
        self.cpu: dict[str, float] = {}
        self._depth: dict[str, list[int]] = {}

    def wrap(self, owner: Any, name: str, label: str) -> None:
        """Count the time of `owner.name` under `label` from now on (nothing when it has none)."""
        f = getattr(owner, name, None)
        if f is None:
            return
        depth = self._depth.setdefault(label, [0])  # one count per label: calls inside calls count once

        def timed(*args: Any, **kwargs: Any) -> Any:
            depth[0] += 1
            t, cpu = time.perf_counter(), time.process_time()
            try:
                return f(*args, **kwargs)
            finally:
                depth[0] -= 1
                if depth[0] == 0:
                    self.wall[label] = self.wall.get(label, 0.0) + time.perf_counter() - t
                    self.cpu[label] = self.cpu.get(label, 0.0) + time.process_time() - cpu

        setattr(owner, name, timed)

    @classmethod
    def of_window(cls) -> Phases:
        """The phases of opening a map in the window: load, measure, layout, scene sync, overview, outline."""
        import argmap.io.native as native
        import argmap.layout.layouter as layouter
        import ui.map.measure as measure
        import ui.map.minimap as minimap
        import ui.map.scene as scene
        import ui.outline.view as outline

        phases = cls()
        phases.wrap(native, "loads", "load")
        phases.wrap(native, "_validated", "load")  # what loads does; Document.open calls loads by name
        phases.wrap(measure.Measurer, "map_sizes", "measure")
        phases.wrap(layouter.Layouter, "update", "layout")
        phases.wrap(scene.MapScene, "sync", "scene sync")
        phases.wrap(minimap.MiniMap, "_picture", "overview")
        phases.wrap(outline.OutlineView, "set_map", "outline")
        return phases


def settle(window: Any, limit_s: float = 600.0) -> dict[str, float]:
    """After `open_window`: the work left after the first paint (the evaluation, the overview picture),
    as a user who keeps scrolling the map meanwhile meets it.

    Returns "ready" (seconds until it is done), "stall" (the longest the event loop went without
    running), "stall cpu" (the CPU the window's thread used in that time: much less than the stall
    means it waited for the worker thread) and "frame" (the longest repaint of the map meanwhile).
    """
    import threading

    qt = app()
    t = last = time.perf_counter()
    last_cpu = time.thread_time()
    out = {"stall": 0.0, "stall cpu": 0.0, "frame": 0.0}
    controller, minimap = window.evaluation_ui.controller, window.big_map_tools.minimap
    bar = window.map_view.verticalScrollBar()
    step = 1
    assert threading.current_thread() is threading.main_thread()
    outline = window.outline

    def busy() -> bool:  # getattr: the same bench runs on older checkouts (filled outline, no slices)
        return controller.busy or getattr(minimap, "drawing", False) or getattr(outline, "filling", False)

    while busy() and time.perf_counter() - t < limit_s:
        qt.processEvents()
        now, now_cpu = time.perf_counter(), time.thread_time()
        if now - last > out["stall"]:
            out["stall"], out["stall cpu"] = now - last, now_cpu - last_cpu
        bar.setValue(bar.value() + step)  # the user scrolls a little: one frame
        step = -step
        f = time.perf_counter()
        window.map_view.viewport().repaint()
        out["frame"] = max(out["frame"], time.perf_counter() - f)
        last, last_cpu = time.perf_counter(), time.thread_time()
        time.sleep(0.005)  # the user's next event; lets the worker thread run as an idle GUI would
    out["ready"] = time.perf_counter() - t
    return out


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
