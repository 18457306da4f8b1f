"""Box sizes of every claim: QTextLayout for every wording (before) against line breaks counted from word widths (after).

    .venv/bin/python bench/measure.py [--runs N] [--sizes 10000,50000]

For the generated trees (`maps.make_map(n, "tree", seed=n)`) and all claims of the shared corpora
(when ../shared is there): wall and CPU seconds of `Measurer.map_sizes` with a fresh measurer (as a
newly opened window has), `Measurer(exact=True)` (a QTextLayout for every wording, the way box sizes
were measured before) against the default, the median of N runs; the share of wordings that still
needed a QTextLayout; and whether every size came out the same. CPU time counts less of the other
work on the machine than wall time; the load average is printed above the table.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from typing import Any

from box_width import corpus_maps
from maps import make_map

from argmap.model import ArgumentMap, Claim

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _app() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def timed(m: ArgumentMap, exact: bool, runs: int) -> tuple[float, float, int, dict[str, tuple[float, float]]]:
    """(median wall s, median CPU s, wordings that needed Qt, sizes) of measuring `m` with fresh measurers."""
    from ui.map.measure import Measurer

    walls, cpus = [], []
    asked, sizes = 0, {}
    for _ in range(runs):
        measurer = Measurer(exact=exact)
        t, c = time.perf_counter(), time.process_time()
        sizes = measurer.map_sizes(m)
        walls.append(time.perf_counter() - t)
        cpus.append(time.process_time() - c)
        asked = measurer.asked_qt
    return statistics.median(walls), statistics.median(cpus), asked, sizes


def main(argv: list[str] | None = None) -> int:
    """Print the table."""
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--sizes", default="10000,50000")
    args = ap.parse_args(argv)
    _app()
    rows: list[tuple[str, ArgumentMap]] = [
        (f"tree {n:,}", make_map(n, "tree", seed=n)) for n in (int(s) for s in args.sizes.split(","))
    ]
    corpus: list[Claim] = [
        c.model_copy(update={"id": f"{i}:{c.id}"})
        for i, (_name, m) in enumerate(corpus_maps())
        for c in m.claims
    ]
    if corpus:
        rows.append(("all corpus claims", ArgumentMap(claims=corpus)))
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"load average {load}; median of {args.runs} runs, a fresh Measurer each")
    print()
    print(
        "| claims | n | before wall s | before CPU s | after wall s | after CPU s | CPU ratio | claims laid out by Qt | same sizes |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, m in rows:
        bw, bc, _asked, before = timed(m, True, args.runs)
        aw, ac, asked, after = timed(m, False, args.runs)
        same = "yes" if before == after else f"NO ({sum(before[k] != after[k] for k in before)})"
        n = len(m.claims)
        print(
            f"| {name} | {n:,} | {bw:.3f} | {bc:.3f} | {aw:.3f} | {ac:.3f} | {bc / ac:.1f}x "
            f"| {asked / n:.1%} | {same} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
