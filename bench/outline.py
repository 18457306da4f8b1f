"""Outline cost per edit (offscreen Qt): first build, then rewording a leaf and adding (and undoing) a reason.

Usage: python bench/outline.py [--sizes 1000,5000] [--runs 10] [--impl path/to/old_outline.py]
`--impl` loads OutlineView from another file (e.g. the full-rebuild version from git history) to compare.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from core_bench import add_leaf_op
from maps import make_map
from PySide6.QtWidgets import QApplication

from argmap import edits
from argmap.model import ArgumentMap
from argmap.ops import Op


def _view_class(impl: str | None) -> Any:
    if impl is None:
        from ui.outline import OutlineView

        return OutlineView
    spec = importlib.util.spec_from_file_location("outline_impl", impl)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.OutlineView


def _settle(view: Any) -> None:
    """What happens before the next frame: Qt's deferred row layout, then a paint."""
    QApplication.processEvents()
    view.viewport().repaint()


def _timed(view: Any, m: ArgumentMap, op: Op) -> tuple[float, Op]:
    t = time.perf_counter()
    undo = op.apply(m)
    view.set_map(m)
    _settle(view)
    return (time.perf_counter() - t) * 1000, undo


def measure(n: int, runs: int, impl: str | None) -> tuple[float, float, float]:
    """(first build ms, median ms to reword a leaf, median ms to add a reason) on an n-claim tree."""
    view = _view_class(impl)()
    view.resize(360, 800)
    view.show()
    m = make_map(n)
    t = time.perf_counter()
    view.set_map(m)
    _settle(view)
    build = (time.perf_counter() - t) * 1000
    leaf = m.claims[-1].id
    view.select_claims([leaf])
    reword, add = [], []
    for i in range(runs):
        op = edits.set_wording(m, leaf, f"Reworded leaf, take {i}.")
        assert op is not None
        ms, _undo = _timed(view, m, op)
        reword.append(ms)
        ms, undo = _timed(view, m, add_leaf_op(m, "c1", i)[0])
        add.append(ms)
        undo.apply(m)
        view.set_map(m)
        _settle(view)
    view.close()
    return build, statistics.median(reword), statistics.median(add)


def main() -> None:
    """Print a Markdown table of build and per-edit times."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,5000")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--impl", default=None)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    print(f"outline: {args.impl or 'ui.outline (incremental)'}")
    print("| claims | first build + paint | reword a leaf (median) | add a reason (median) |")
    print("|---|---|---|---|")
    for n in (int(s) for s in args.sizes.split(",")):
        build, reword, add = measure(n, args.runs, args.impl)
        print(f"| {n:,} | {build:.0f} ms | {reword:.1f} ms | {add:.1f} ms |")
    del app


if __name__ == "__main__":
    main()
