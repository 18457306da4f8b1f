"""Prove a faster layout draws the same picture: full layout exports of big maps and every corpus map, before and after.

    .venv/bin/python bench/layout_identity.py write DIR [--corpora DIR] [--quick]
    .venv/bin/python bench/layout_identity.py check DIR [--corpora DIR] [--quick]

`write` lays out every case and writes its full layout export (boxes, junctions,
connectors, bounds, plus the tray, cycles, hidden claims and the order of the boxes)
into DIR, one file per case. Run it once on the code before a change, from a scratch
copy (`PYTHONPATH=/scratch/before .venv/bin/python bench/layout_identity.py write DIR`).
`check` lays the same cases out with the code in hand and prints, per case, whether
the output is byte for byte the same, with the first line that differs and the layout
times (wall and CPU). Exit code 1 when any case differs or is missing.

The cases: the bench trees of 10,000 and 50,000 claims (top-down and left-right), the
bench DAGs of 1,000, 3,000 and 10,000 claims, a tree with collapsed branches, pins,
grouped pro/con, a sequence of edits laid out incrementally (added and removed reasons,
a resized box), and every map in the shared corpora that argmap reads.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from core_bench import add_leaf_op
from maps import make_map, readable_corpus_maps, sizes_of

from argmap.layout import Layouter, LayoutOptions, MapLayout
from argmap.layout.export import dump_layout, layout_file
from argmap.model import ArgumentMap, Direction, Point

CANVAS = LayoutOptions(gap_x=28.0, gap_y=96.0, forest_gap=96.0)
"""The canvas's spacing (ui.map.scene.LAYOUT_OPTIONS)."""
CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
Sizes = dict[str, tuple[float, float]]
Case = Callable[[], str]


def dump(m: ArgumentMap, lay: MapLayout) -> str:
    """The full layout export of `m`, then what the export leaves out (tray, cycles, hidden, box order)."""
    extra = {
        "tray": lay.tray,
        "cycles": lay.cycles,
        "hidden": sorted(lay.hidden),
        "box_order": list(lay.boxes),
        "tray_boxes": [list(lay.boxes[c]) for c in lay.tray if c in lay.boxes],
    }
    return dump_layout(layout_file(m, lay)) + json.dumps(extra, indent=0) + "\n"


def once(m: ArgumentMap, sizes: Sizes, options: LayoutOptions = CANVAS) -> str:
    return dump(m, Layouter(options).update(m, sizes))


def edits(m: ArgumentMap, sizes: Sizes) -> str:
    """The exports after each step of an edit sequence, all laid out by one Layouter (incremental updates)."""
    lay = Layouter(CANVAS)
    out = [dump(m, lay.update(m, sizes))]
    deep = max((b.y + b.x / 1e6, k) for k, b in lay.update(m, sizes).boxes.items())[1]
    for i, target in enumerate([deep, m.claims[0].id, m.claims[len(m.claims) // 2].id]):
        op, cid = add_leaf_op(m, target, i)
        inverse = op.apply(m)
        sizes[cid] = (240.0, 58.0)
        out.append(dump(m, lay.update(m, sizes)))
        sizes[m.claims[3].id] = (200.0, 130.0)  # a box grows taller
        out.append(dump(m, lay.update(m, sizes)))
        inverse.apply(m)
        del sizes[cid]
        out.append(dump(m, lay.update(m, sizes)))
    return "".join(out)


def bench(n: int, shape: str) -> tuple[ArgumentMap, Sizes]:
    m = make_map(n, shape, seed=n)
    return m, sizes_of(m)


def collapsed(n: int) -> str:
    m, sizes = bench(n, "tree")
    m.layout.collapsed = [c.id for c in m.claims[5::97]]
    return once(m, sizes)


def pinned(n: int, shape: str) -> str:
    m, sizes = bench(n, shape)
    m.layout.pins = {c.id: Point(x=i * 37.0, y=-i * 11.0) for i, c in enumerate(m.claims[3::151])}
    return once(m, sizes)


def cases(corpora: Path | None, quick: bool) -> Iterator[tuple[str, Case]]:
    lr = LayoutOptions(gap_x=28.0, gap_y=96.0, forest_gap=96.0, direction=Direction.LEFT_RIGHT)
    grouped = LayoutOptions(gap_x=28.0, gap_y=96.0, forest_gap=96.0, group_pro_con=True)
    yield "tree-10000", lambda: once(*bench(10_000, "tree"))
    yield "tree-10000-lr", lambda: once(*bench(10_000, "tree"), lr)
    yield "tree-10000-grouped", lambda: once(*bench(10_000, "tree"), grouped)
    yield "tree-2000-collapsed", lambda: collapsed(2_000)
    yield "tree-2000-pinned", lambda: pinned(2_000, "tree")
    yield "tree-3000-edits", lambda: edits(*bench(3_000, "tree"))
    yield "dag-1000", lambda: once(*bench(1_000, "dag"))
    yield "dag-1000-edits", lambda: edits(*bench(1_000, "dag"))
    yield "dag-3000", lambda: once(*bench(3_000, "dag"))
    yield "dag-3000-lr", lambda: once(*bench(3_000, "dag"), lr)
    yield "dag-3000-pinned", lambda: pinned(3_000, "dag")
    if not quick:
        yield "dag-10000", lambda: once(*bench(10_000, "dag"))
        yield "dag-10000-edits", lambda: edits(*bench(10_000, "dag"))
        yield "tree-50000", lambda: once(*bench(50_000, "tree"))
        yield "tree-50000-lr", lambda: once(*bench(50_000, "tree"), lr)
    if corpora is None or not corpora.is_dir():
        return
    for rel, m in readable_corpus_maps(corpora):
        if not m.claims:
            continue
        name = "corpus-" + rel.replace("/", "__")
        yield name, (lambda m=m: once(m, sizes_of(m)))


def timed(case: Case) -> tuple[str, float, float]:
    t, c = time.perf_counter(), time.process_time()
    text = case()
    return text, time.perf_counter() - t, time.process_time() - c


def first_difference(a: str, b: str) -> str:
    for i, (x, y) in enumerate(zip(a.splitlines(), b.splitlines(), strict=False)):
        if x != y:
            return f"line {i + 1}: {x.strip()[:60]!r} != {y.strip()[:60]!r}"
    return f"lengths {len(a)} != {len(b)}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("mode", choices=["write", "check"])
    ap.add_argument("dir", type=Path)
    ap.add_argument("--corpora", type=Path, default=CORPORA)
    ap.add_argument(
        "--quick", action="store_true", help="leave out the 50,000-claim trees and the 10,000 DAG"
    )
    args = ap.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    print(f"argmap from {Path(sys.modules['argmap'].__file__ or '').parent}, load {os.getloadavg()[0]:.2f}")
    print(f"{'case':60} {'result':10} {'wall s':>7} {'cpu s':>7}")
    bad = 0
    count = 0
    for name, case in cases(args.corpora, args.quick):
        text, wall, cpu = timed(case)
        file = args.dir / f"{name}.txt"
        count += 1
        if args.mode == "write":
            file.write_text(text)
            result = "written"
        elif not file.exists():
            result, bad = "missing", bad + 1
        elif (want := file.read_text()) == text:
            result = "same"
        else:
            result, bad = "DIFFERENT", bad + 1
            print(f"  {name}: {first_difference(want, text)}")
        print(f"{name[:60]:60} {result:10} {wall:7.2f} {cpu:7.2f}", flush=True)
    print(f"{count} cases, {bad} different or missing")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
