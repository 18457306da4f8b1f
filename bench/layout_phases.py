"""Where a first layout's time goes: structure, sizes, tidy placement, drawing, layers (wall and CPU per phase).

    .venv/bin/python bench/layout_phases.py [--sizes 10000 50000] [--dag 3000] [--runs 3]

Each phase is timed by wrapping the Layouter's own steps (`Layouter._structure`,
`_measure`, `TidyTree.centres`, `_tree_drawing`, `_layered`); the rest of `update` is
"other". A fresh Layouter lays out the bench map each run (nothing reused); the table
shows the median run, with the load average so runs on a busy machine can be read.
Point PYTHONPATH at a scratch copy of older code to time it the same way.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from maps import make_map, sizes_of
from phase_clock import Clock, wrap

from argmap.layout import Layouter, LayoutOptions, layouter, tidy

CANVAS = LayoutOptions(gap_x=28.0, gap_y=96.0, forest_gap=96.0)
PHASES = [
    ("structure", layouter.Layouter, "_structure"),
    ("sizes", layouter.Layouter, "_measure"),
    ("tidy place", tidy.TidyTree, "centres"),
    ("tree drawing", layouter.Layouter, "_tree_drawing"),
    ("layers", layouter.Layouter, "_layered"),
]


def run(shape: str, n: int, runs: int) -> list[tuple[str, float, float]]:
    m = make_map(n, shape, seed=n)
    sizes = sizes_of(m)
    per_run: list[Clock] = []
    for _ in range(runs):
        clock: Clock = {}
        for label, owner, name in PHASES:
            if hasattr(owner, name):
                wrap(owner, name, label, clock)
        lay = Layouter(CANVAS)
        t, c = time.perf_counter(), time.process_time()
        got = lay.update(m, sizes)
        total = [time.perf_counter() - t, time.process_time() - c]
        del got, lay  # freed outside the clock, as the canvas keeps its layout
        for _, owner, name in PHASES:
            if hasattr(owner, name):
                setattr(owner, name, getattr(owner, name).__wrapped__)
        clock["other"] = [
            total[0] - sum(v[0] for v in clock.values()),
            total[1] - sum(v[1] for v in clock.values()),
        ]
        clock["total"] = total
        per_run.append(clock)
    best = sorted(per_run, key=lambda k: k["total"][0])[len(per_run) // 2]
    labels = [label for label, _, _ in PHASES if label in best] + ["other", "total"]
    return [(label, best[label][0], best[label][1]) for label in labels]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=[10_000, 50_000])
    ap.add_argument("--dag", type=int, nargs="*", default=[3_000])
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    print(
        f"argmap from {Path(layouter.__file__).parent}; load {os.getloadavg()[0]:.2f}, median of {args.runs} runs"
    )
    print(f"{'map':12} {'phase':14} {'wall s':>7} {'cpu s':>7}")
    for shape, ns in (("tree", args.sizes), ("dag", args.dag)):
        for n in ns:
            for label, wall, cpu in run(shape, n, args.runs):
                print(f"{f'{shape} {n}':12} {label:14} {wall:7.3f} {cpu:7.3f}", flush=True)
    print(f"load after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
