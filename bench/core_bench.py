"""Core measurements (no Qt): layout, load, save, edit latency, Graphviz `dot` on the same graph."""

from __future__ import annotations

import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from argmap.io.native import load, save
from argmap.layout import Layouter, MapLayout
from argmap.model import Argument, ArgumentMap, Claim, Relation
from argmap.ops import AddArgument, AddClaim, Batch, Op

Sizes = dict[str, tuple[float, float]]


def median_time(fn: Callable[[], object], runs: int) -> float:
    """Median wall time of `runs` calls, in seconds."""
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def layout_time(m: ArgumentMap, sizes: Sizes, runs: int) -> tuple[float, float]:
    """A full layout by a fresh Layouter (nothing to reuse): median wall time and median CPU time."""
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        Layouter().update(m, sizes)
        wall.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    return statistics.median(wall), statistics.median(cpu)


def load_save_times(m: ArgumentMap, runs: int) -> tuple[float, float, Path]:
    """Median save and load of the native file; returns the file (kept for the memory probe)."""
    folder = Path(tempfile.mkdtemp(prefix="argmap-bench-"))
    path = folder / "bench.argmap.json"
    t_save = median_time(lambda: save(m, path, backup=False), runs)
    t_load = median_time(lambda: load(path), runs)
    return t_save, t_load, path


def deepest_claim(lay: MapLayout) -> str:
    """The claim lowest on the map (a leaf at the greatest depth)."""
    tray = set(lay.tray)
    return max((b.y, k) for k, b in lay.boxes.items() if k not in tray)[1]


def add_leaf_op(m: ArgumentMap, target: str, n: int) -> tuple[Op, str]:
    """What the UI pushes for "add a reason": a new claim and an argument from it to `target`."""
    cid, aid = f"bench-c{n}", f"bench-a{n}"
    claim = Claim(id=cid, text="A new reason typed by the user, about ten words long.")
    arg = Argument(id=aid, premises=[cid], relation=Relation.SUPPORT, target=target)
    return Batch([AddClaim(claim), AddArgument(arg)], "Add reason"), cid


def edit_latency(m: ArgumentMap, sizes: Sizes, runs: int) -> tuple[float, float]:
    """Median time to re-lay out after adding one claim at depth, and after undoing it."""
    lay = Layouter()
    target = deepest_claim(lay.update(m, sizes))
    adds: list[float] = []
    undos: list[float] = []
    for i in range(runs):
        op, cid = add_leaf_op(m, target, i)
        inverse = op.apply(m)
        sizes[cid] = (240.0, 58.0)
        t = time.perf_counter()
        lay.update(m, sizes)
        adds.append(time.perf_counter() - t)
        inverse.apply(m)
        del sizes[cid]
        t = time.perf_counter()
        lay.update(m, sizes)
        undos.append(time.perf_counter() - t)
    return statistics.median(adds), statistics.median(undos)


def dot_source(m: ArgumentMap, sizes: Sizes) -> str:
    """The same graph for Graphviz: claim boxes of the same size (inches), junctions as points."""
    lines = ["digraph argmap {", "node [shape=box, fixedsize=true];", "ranksep=0.9; nodesep=0.33;"]
    for c in m.claims:
        w, h = sizes[c.id]
        lines.append(f'"{c.id}" [width={w / 72:.3f}, height={h / 72:.3f}];')
    for a in m.arguments:
        lines.append(f'"{a.id}" [shape=point];')
        lines.append(f'"{a.target}" -> "{a.id}" [dir=back];')
        lines.extend(f'"{a.id}" -> "{p}" [dir=back];' for p in a.premises)
    lines.append("}")
    return "\n".join(lines)


def dot_time(m: ArgumentMap, sizes: Sizes, runs: int, timeout: float) -> float | None:
    """Median wall time of `dot -Tplain` on the map (None without Graphviz; inf past the timeout)."""
    dot = shutil.which("dot")
    if dot is None:
        return None
    src = dot_source(m, sizes).encode()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        try:
            subprocess.run([dot, "-Tplain"], input=src, capture_output=True, check=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return float("inf")
        times.append(time.perf_counter() - t)
    return statistics.median(times)
