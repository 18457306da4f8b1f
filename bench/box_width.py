"""Box width follows the wording: widths the canvas gives, and what measuring costs against one fixed-width measure.

    .venv/bin/python bench/box_width.py [--runs N] [--sizes 1000,10000,50000]

First table: for the sample, the shared corpora (when ../shared is there) and generated
maps, how many boxes are narrower than the full 230 px and the median width. Second table:
CPU seconds to measure every claim of a generated map, today's Measurer (balanced width,
one text layout per claim) against the old fixed-width measure (one QFontMetricsF.boundingRect
per claim at the full measure), median of N runs, each with a fresh measurer (no cache).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from maps import make_map

from argmap.model import ArgumentMap

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"


def _app() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def widths(m: ArgumentMap) -> list[float]:
    """Box widths the canvas gives the claims of `m`."""
    from ui.map.measure import Measurer

    return [w for w, _h in Measurer().map_sizes(m).values()]


def corpus_maps() -> list[tuple[str, ArgumentMap]]:
    """Every map the shared corpora hold that argmap reads (none when ../shared is absent)."""
    from argmap.io.formats import read_map

    out = []
    if not CORPORA.is_dir():
        return out
    for path in sorted(CORPORA.rglob("*")):
        if not path.is_file():
            continue
        try:
            m = read_map(path).map
        except Exception:  # not a map (a licence, a fragment): the corpus table counts those
            continue
        if m.claims:
            out.append((str(path.relative_to(CORPORA).parts[0]), m))
    return out


def fixed_width_measure(m: ArgumentMap) -> None:
    """The measure before box widths followed the text: one boundingRect per claim at the full measure."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QFontMetricsF

    from ui.map.measure import shown_text
    from ui.map.style import TEXT_WIDTH, text_font

    metrics = QFontMetricsF(text_font())
    flags = int(Qt.TextFlag.TextWordWrap)
    for c in m.claims:
        metrics.boundingRect(QRectF(0, 0, TEXT_WIDTH, 1e6), flags, shown_text(c))


def cpu(fn: Any, runs: int) -> float:
    """Median CPU seconds of `fn()` (CPU time: other processes on the machine count less)."""
    times = []
    for _ in range(runs):
        t = time.process_time()
        fn()
        times.append(time.process_time() - t)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    """Print the two tables."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--sizes", default="1000,10000")
    args = ap.parse_args(argv)
    _app()
    from argmap.io.native import load
    from argmap.paths import SAMPLE_MAP, seed
    from ui.map.measure import Measurer
    from ui.map.style import BOX_WIDTH

    groups: dict[str, list[float]] = {"sample": widths(load(seed(SAMPLE_MAP)))}
    for name, m in corpus_maps():
        groups.setdefault(name, []).extend(widths(m))
    groups["generated 1,000"] = widths(make_map(1000))
    print("| claims from | boxes | narrower than 230 px | median width | narrowest |")
    print("|---|---:|---:|---:|---:|")
    for name, ws in groups.items():
        narrow = sum(w < BOX_WIDTH for w in ws)
        print(
            f"| {name} | {len(ws):,} | {narrow / len(ws):.0%} | {statistics.median(ws):.0f} px | {min(ws):.0f} px |"
        )
    print()
    print(f"| claims | fixed width (before) | width follows text | ratio |  (CPU s, median of {args.runs})")
    print("|---:|---:|---:|---:|")
    for n in (int(s) for s in args.sizes.split(",")):
        m = make_map(n)
        before = cpu(lambda m=m: fixed_width_measure(m), args.runs)
        after = cpu(lambda m=m: Measurer().sizes(m.claims), args.runs)
        print(f"| {n:,} | {before:.3f} | {after:.3f} | {after / before:.2f}x |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
