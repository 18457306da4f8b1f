"""Cost of the drag feedback (offscreen Qt): lighting the valid targets when a drag starts, and one mouse move.

Usage: python bench/drop_targets.py [--sizes 100,300,1000] [--runs 7]
The view is 1366x768, at the first zoom (whole map, or a readable part of it) and fitted to the whole map.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from maps import make_map
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.document.document import Document
from ui.map.drop_targets import DropFeedback
from ui.map.view import MapView


def _ms(t0: float) -> float:
    return (time.perf_counter() - t0) * 1000


def measure(n: int, runs: int, fit: bool) -> tuple[int, int, float, float]:
    """Claims in view, targets lit, median drag start (ms), median move (ms)."""
    view = MapView(Document(make_map(n)))
    view.resize(1366, 768)
    view.show()
    QApplication.processEvents()
    view.zoom_fit() if fit else view.zoom_start()
    m = view.session.map
    seen = view.visible_rect()
    in_view = [c for c, i in view.map_scene.claims.items() if i.sceneBoundingRect().intersects(seen)]
    source = in_view[len(in_view) // 2]
    target = view.mapFromScene(view.map_scene.claims[in_view[0]].sceneBoundingRect().center())
    starts, moves, lit = [], [], 0
    for _ in range(runs):
        t0 = time.perf_counter()
        fb = DropFeedback(view, view.map_scene, m, [source])
        starts.append(_ms(t0))
        lit = len(fb.lit)
        t0 = time.perf_counter()
        fb.update(target, Qt.KeyboardModifier.NoModifier)
        moves.append(_ms(t0))
        fb.clear()
    view.close()
    view.deleteLater()
    return len(in_view), lit, statistics.median(starts), statistics.median(moves)


def main() -> None:
    """Print one row per map size."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="100,300,1000")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    _app = QApplication.instance() or QApplication(sys.argv[:1])
    print("| claims | view | boxes in view | targets lit | drag start ms | one move ms |")
    print("|---:|---|---:|---:|---:|---:|")
    for n in (int(s) for s in args.sizes.split(",")):
        for fit in (False, True):
            shown, lit, start, move = measure(n, args.runs, fit)
            name = "whole map" if fit else "first view"
            print(f"| {n:,} | {name} | {shown:,} | {lit:,} | {start:.1f} | {move:.2f} |")


if __name__ == "__main__":
    main()
