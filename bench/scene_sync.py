"""MapScene.sync on a big tree: the scene's own part (lines, junctions, boxes, grid index) by phase, edits, panning.

    .venv/bin/python bench/scene_sync.py [--size 50000] [--runs 3] [--pan]

Text measurement and layout are done once and handed to every run, so the table shows the
scene's share of opening a map alone (CPU and wall; the machine is shared, so both are printed
with the load average). Run it against another checkout with `PYTHONPATH=OTHER` to compare.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from maps import make_map
from phase_clock import Clock, wrap
from ui_bench import app

from argmap.io.native import load, save
from argmap.model import ArgumentMap

Acc = Clock


def _phases(acc: Acc) -> None:
    import ui.map.routes as routes
    import ui.map.scene as scene

    for name in ("_sync_claims", "_sync_arguments", "_file_edges", "_file_junctions"):
        wrap(scene.MapScene, name, name, acc)
    wrap(routes.RouteShaper, "shape", "RouteShaper.shape", acc)
    wrap(scene, "fill_lines", "line boxes + fill", acc)
    for module in ("ui.map.grid_index", "ui.map.lazy_items"):
        grid = sys.modules.get(module) or _try_import(module)
        cls = getattr(grid, "GridIndex", None)
        if cls is not None:
            wrap(cls, "put_many", "GridIndex.put_many", acc)
            wrap(cls, "fill", "GridIndex.fill", acc)
            break


def _try_import(module: str) -> Any:
    try:
        return __import__(module, fromlist=["_"])
    except ImportError:
        return None


def _tree(size: int) -> ArgumentMap:
    path = Path(tempfile.gettempdir()) / f"argmap-bench-tree-{size}.argmap.json"
    if not path.exists():
        save(make_map(size, "tree", seed=size), path, backup=False)
    return load(path)


def first_sync(m: ArgumentMap, runs: int) -> None:
    """The first sync of a fresh scene, text sizes and layout handed in: the scene's own cost, by phase."""
    from argmap.layout import Layouter
    from ui.map.scene import LAYOUT_OPTIONS, MapScene

    probe = MapScene()
    sizes = probe._measurer.map_sizes(m)
    result = Layouter(LAYOUT_OPTIONS).update(m, sizes)
    print(f"{len(m.claims)} claims, {len(result.edges)} lines, {len(result.junctions)} junctions")
    rows: list[tuple[str, float, float]] = []
    totals: list[tuple[float, float]] = []
    acc: Acc = {}
    _phases(acc)
    for _ in range(runs):

        class Cached:
            def update(self, _m: ArgumentMap, _s: Any) -> Any:
                return result

        scene = MapScene()
        scene._measurer.map_sizes = lambda _m: sizes  # type: ignore[method-assign]
        scene._layouter = Cached()  # type: ignore[assignment]
        t, c = time.perf_counter(), time.process_time()
        scene.sync(m)
        totals.append((time.perf_counter() - t, time.process_time() - c))
    rows = [(label, w / runs, cpu / runs) for label, (w, cpu) in acc.items()]
    print(
        f"load average {os.getloadavg()[0]:.2f}; mean of {runs} runs (each: "
        + ", ".join(f"{w:.3f}/{c:.3f}" for w, c in totals)
        + " s wall/cpu)"
    )
    print(f"{'phase':28} {'wall s':>8} {'cpu s':>8}")
    print(
        f"{'MapScene.sync (scene part)':28} {statistics.mean(w for w, _ in totals):8.3f} "
        f"{statistics.mean(c for _, c in totals):8.3f}"
    )
    for label, w, cpu in sorted(rows, key=lambda r: -r[1]):
        print(f"  {label:26} {w:8.3f} {cpu:8.3f}")


def edits(m: ArgumentMap) -> None:
    """Add a reason deep in the tree, undo it, remove a claim near the root: the whole sync of each."""
    from argmap.model import Argument, Claim, Relation
    from argmap.ops import AddArgument, AddClaim, Batch, RemoveClaim
    from ui.map.scene import MapScene

    scene = MapScene()
    scene.sync(m)
    leaf = m.claims[-1].id
    steps: list[tuple[str, Callable[[], Any]]] = []
    add = Batch(
        [
            AddClaim(Claim(id="bench-c", text="A new reason")),
            AddArgument(Argument(id="bench-a", premises=["bench-c"], relation=Relation.SUPPORT, target=leaf)),
        ],
        "add",
    )
    undo: list[Any] = []
    steps.append(("add a reason", lambda: undo.append(add.apply(m))))
    steps.append(("undo it", lambda: undo.pop().apply(m)))
    steps.append(("remove a claim", lambda: RemoveClaim(m.claims[3].id).apply(m)))
    print(f"{'edit':16} {'wall s':>8} {'cpu s':>8}")
    for label, step in steps:
        step()
        t, c = time.perf_counter(), time.process_time()
        scene.sync(m)
        print(f"{label:16} {time.perf_counter() - t:8.3f} {time.process_time() - c:8.3f}")


def pan(m: ArgumentMap, steps: int) -> None:
    """A 1366x768 window at 100% stepped across the map's middle row of boxes, painting each step."""
    from PySide6.QtCore import QPointF, QRectF
    from PySide6.QtGui import QImage, QPainter

    from ui.map.scene import MapScene

    scene = MapScene()
    scene.sync(m)
    b = scene.layout.bounds if scene.layout is not None else None
    assert b is not None
    img = QImage(1366, 768, QImage.Format.Format_ARGB32)
    t, c = time.perf_counter(), time.process_time()
    for i in range(steps):
        centre = QPointF(b.x + b.w * (0.3 + 0.4 * i / steps), b.y + b.h * 0.5)
        rect = QRectF(centre.x() - 683, centre.y() - 384, 1366, 768)
        scene.reveal(rect)
        p = QPainter(img)
        scene.render(p, QRectF(0, 0, 1366, 768), rect)
        p.end()
    wall, cpu = time.perf_counter() - t, time.process_time() - c
    built = len(scene.claims.built()) + len(scene.edges.built()) + len(scene.junctions.built())
    print(f"pan {steps} steps: {wall:.3f} s wall, {cpu:.3f} s cpu, {built} items built")


def window(size: int, steps: int) -> None:
    """The map view (ui_bench.open_view): frames at fit and 100%, a jump to the last claim, a pan across at 100%."""
    from ui_bench import frame_times, jump, open_view

    path = Path(tempfile.gettempdir()) / f"argmap-bench-tree-{size}.argmap.json"
    _tree(size)
    view, opened = open_view(path)
    fit, full = frame_times(view, 5)
    jumped = jump(view, view.current_map().claims[-1].id)
    bar = view.horizontalScrollBar()
    qt = app()
    t, c = time.perf_counter(), time.process_time()
    view.set_zoom(1.0)
    view.centerOn(view.map_scene.map_rect().center())
    qt.processEvents()
    start, step = bar.value(), view.viewport().width() // 2
    for i in range(steps):  # the window dragged sideways from the middle of the map, half a screen a step
        bar.setValue(start + step * i)
        qt.processEvents()
        view.viewport().repaint()
    wall, cpu = time.perf_counter() - t, time.process_time() - c
    scene = view.map_scene
    built = len(scene.claims.built()) + len(scene.edges.built()) + len(scene.junctions.built())
    print(
        f"view: open+paint {opened:.2f} s, frame at fit {fit * 1000:.1f} ms, at 100% {full * 1000:.1f} ms, "
        f"jump {jumped * 1000:.1f} ms; pan {steps} steps {wall:.3f} s wall {cpu:.3f} s cpu "
        f"({wall / steps * 1000:.1f} ms a step), {built} items built"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--size", type=int, default=50_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--pan", type=int, default=0, help="also pan across the map in this many steps")
    ap.add_argument("--edits", action="store_true", help="also time three edits")
    ap.add_argument(
        "--view", type=int, default=0, help="also open a map view and pan it across in this many steps"
    )
    args = ap.parse_args()
    app()
    m = _tree(args.size)
    first_sync(m, args.runs)
    if args.edits:
        edits(m)
    if args.pan:
        pan(_tree(args.size), args.pan)
    if args.view:
        window(args.size, args.view)


if __name__ == "__main__":
    main()
