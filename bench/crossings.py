"""Line crossings of argmap's layout next to Graphviz `dot` and networkx's own layouts, on maps that are not trees.

    .venv/bin/python bench/crossings.py [--corpora DIR] [--dag N ...] [--dot-timeout S] [--tidy | --user-order]

For every map in the shared corpora whose structure is not a tree (a premise backs
several claims) and for the bench DAGs, prints the crossings of argmap's drawn
connectors, of `dot -Tplain`'s splines on the same graph (claims as fixed-size boxes,
junctions as points), and of straight lines in networkx's `multipartite_layout` (by
layer) and `bfs_layout`, with their overlapping box pairs, and the layout times.
`--tidy` shows argmap before the layered layout (the tidy tree, siblings reordered, other
lines routed around it), `--user-order` the tidy tree in the user's order.
"""

from __future__ import annotations

import argparse
import itertools
import math
import shutil
import subprocess
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from core_bench import dot_source
from maps import make_map, readable_corpus_maps, sizes_of

from argmap.layout import Box, LayoutOptions, layout_map, layouter
from argmap.layout.structure import build_structure
from argmap.model import ArgumentMap

OPTIONS = LayoutOptions(gap_x=28.0, gap_y=96.0, forest_gap=96.0)
"""The canvas's spacing (ui.map.scene.LAYOUT_OPTIONS)."""
Point = tuple[float, float]
Line = tuple[frozenset[str], Sequence[Point]]
"""A connector: the nodes it joins (lines sharing one meet there, not cross) and its polyline."""


def _orient(a: Point, b: Point, c: Point) -> float:
    return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])


def _cross(p: Point, q: Point, r: Point, s: Point) -> bool:
    """True when segments pq and rs cross at a point inside both."""
    d1, d2 = _orient(r, s, p), _orient(r, s, q)
    d3, d4 = _orient(p, q, r), _orient(p, q, s)
    return ((d1 > 1e-9 and d2 < -1e-9) or (d1 < -1e-9 and d2 > 1e-9)) and (
        (d3 > 1e-9 and d4 < -1e-9) or (d3 < -1e-9 and d4 > 1e-9)
    )


def crossings(lines: Sequence[Line], cell: float = 200.0) -> int:
    """Pairs of connectors that cross (lines meeting at a shared node do not count), through a grid of cells."""
    grid: dict[tuple[int, int], list[tuple[int, Point, Point]]] = {}
    for i, (_, pts) in enumerate(lines):
        for p, q in itertools.pairwise(pts):
            x0, x1 = sorted((p[0], q[0]))
            y0, y1 = sorted((p[1], q[1]))
            for gx in range(math.floor(x0 / cell), math.floor(x1 / cell) + 1):
                for gy in range(math.floor(y0 / cell), math.floor(y1 / cell) + 1):
                    grid.setdefault((gx, gy), []).append((i, p, q))
    pairs: set[tuple[int, int]] = set()
    for segs in grid.values():
        for k, (i, p, q) in enumerate(segs):
            for j, r, s in segs[k + 1 :]:
                if i == j or (min(i, j), max(i, j)) in pairs or lines[i][0] & lines[j][0]:
                    continue
                if _cross(p, q, r, s):
                    pairs.add((min(i, j), max(i, j)))
    return len(pairs)


def overlapping_boxes(boxes: Iterable[Box]) -> int:
    """Pairs of boxes that share area."""
    items = sorted(boxes, key=lambda b: b.x)
    n = 0
    for i, a in enumerate(items):
        for b in items[i + 1 :]:
            if b.x >= a.x + a.w:
                break
            if a.overlaps(b):
                n += 1
    return n


def argmap_lines(m: ArgumentMap, sizes: dict[str, tuple[float, float]]) -> tuple[list[Line], float]:
    t = time.perf_counter()
    lay = layout_map(m, sizes, OPTIONS)
    took = time.perf_counter() - t
    return [(frozenset((e.source, e.target)), e.points) for e in lay.edges], took


def _bezier(ctrl: list[Point], steps: int = 6) -> list[Point]:
    out = [ctrl[0]]
    for k in range(0, len(ctrl) - 3, 3):
        p0, p1, p2, p3 = ctrl[k : k + 4]
        for i in range(1, steps + 1):
            t = i / steps
            u = 1 - t
            out.append(
                (
                    u**3 * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t**3 * p3[0],
                    u**3 * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t**3 * p3[1],
                )
            )
    return out


def dot_lines(
    m: ArgumentMap, sizes: dict[str, tuple[float, float]], timeout: float
) -> tuple[list[Line] | None, float]:
    """dot's edges as sampled splines (points), and its wall time (None past the timeout)."""
    dot = shutil.which("dot")
    if dot is None:
        return None, float("nan")
    t = time.perf_counter()
    try:
        out = subprocess.run(
            [dot, "-Tplain"],
            input=dot_source(m, sizes).encode(),
            capture_output=True,
            check=True,
            timeout=timeout,
        ).stdout.decode()
    except subprocess.TimeoutExpired:
        return None, float("inf")
    took = time.perf_counter() - t
    lines: list[Line] = []
    for row in out.splitlines():
        f = row.split()
        if f and f[0] == "edge":
            n = int(f[3])
            ctrl = [(float(f[4 + 2 * i]) * 72, -float(f[5 + 2 * i]) * 72) for i in range(n)]
            lines.append((frozenset((f[1].strip('"'), f[2].strip('"'))), _bezier(ctrl)))
    return lines, took


def nx_layouts(m: ArgumentMap, sizes: dict[str, tuple[float, float]]) -> dict[str, tuple[int, int]]:
    """(overlapping box pairs, crossings) of networkx's layouts, scaled to argmap's drawing area."""
    s = build_structure(m)
    g = nx.DiGraph()
    for c in m.claims:
        g.add_node(c.id, layer=s.row.get(c.id, max(s.row.values(), default=0) + 2))
    for a in m.arguments:
        if a.id in s.row:
            g.add_node(a.id, layer=s.row[a.id])
            g.add_edge(a.id, a.target)
            g.add_edges_from((p, a.id) for p in a.premises)
    lay = layout_map(m, sizes, OPTIONS)
    b = lay.bounds
    out: dict[str, tuple[int, int]] = {}
    roots = [n for n in g if g.out_degree(n) == 0 and g.in_degree(n) > 0] or list(g)[:1]
    und = g.to_undirected()
    tries = {
        "multipartite": lambda: nx.multipartite_layout(g, subset_key="layer", align="horizontal"),
        "bfs": lambda: _bfs(und, roots),
    }
    for name, fn in tries.items():
        try:
            pos = fn()
        except (nx.NetworkXException, ValueError, KeyError, ImportError) as e:
            print(f"  networkx {name}: {e}", file=sys.stderr)
            continue
        xs = [p[0] for p in pos.values()]
        ys = [p[1] for p in pos.values()]
        sx = b.w / ((max(xs) - min(xs)) or 1)
        sy = b.h / ((max(ys) - min(ys)) or 1)
        at = {n: ((p[0] - min(xs)) * sx, (p[1] - min(ys)) * sy) for n, p in pos.items()}
        boxes = [Box(at[c][0] - w / 2, at[c][1] - h / 2, w, h) for c, (w, h) in sizes.items() if c in at]
        lines: list[Line] = [(frozenset(e), (at[e[0]], at[e[1]])) for e in g.edges]
        out[name] = (overlapping_boxes(boxes), crossings(lines))
    return out


def _bfs(und: nx.Graph, roots: list[str]) -> dict[str, tuple[float, float]]:
    pos: dict[str, tuple[float, float]] = {}
    for comp in nx.connected_components(und):
        sub = und.subgraph(comp)
        start = next((r for r in roots if r in comp), next(iter(comp)))
        part = nx.bfs_layout(sub, start, align="horizontal")
        dx = max((p[0] for p in pos.values()), default=-1.0) + 1.0
        pos.update({n: (p[0] + dx, p[1]) for n, p in part.items()})
    return pos


def is_tree(m: ArgumentMap) -> bool:
    s = build_structure(m)
    return not s.shared and not s.cross and not s.cycles


def corpus_maps(root: Path) -> Iterable[tuple[str, ArgumentMap]]:
    for name, m in readable_corpus_maps(root):
        if m.arguments and not is_tree(m):
            yield name, m


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--corpora", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "corpora"
    )
    ap.add_argument("--dag", type=int, nargs="*", default=[300, 1000, 3000])
    ap.add_argument("--dot-timeout", type=float, default=120.0)
    ap.add_argument("--no-nx", action="store_true", help="skip networkx's layouts")
    ap.add_argument("--list", action="store_true", help="one row per corpus map, not only the totals")
    ap.add_argument(
        "--user-order",
        action="store_true",
        help="the tidy tree in the user's order of siblings (argmap before reordering and layers)",
    )
    ap.add_argument(
        "--tidy", action="store_true", help="the tidy tree with reordered siblings (argmap before layers)"
    )
    args = ap.parse_args()
    if args.user_order or args.tidy:
        layouter.LAYERED_MAX = -1
    if args.user_order:
        layouter.REORDER_MAX = -1
    rows: list[tuple[str, ArgumentMap]] = []
    if args.corpora.is_dir():
        rows += list(corpus_maps(args.corpora))
    else:
        print(f"({args.corpora} not found: bench DAGs only)")
    rows += [(f"bench dag {n}", make_map(n, "dag")) for n in args.dag]
    head = "| map | claims | argmap | dot | multipartite (overlaps) | bfs (overlaps) | argmap ms | dot ms | dot/argmap |"
    print(head)
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    totals = [0, 0, 0, 0, 0, 0]
    corpus = [0, 0]
    for name, m in rows:
        sizes = sizes_of(m)
        ours, t_ours = argmap_lines(m, sizes)
        theirs, t_dot = dot_lines(m, sizes, args.dot_timeout)
        c_ours = crossings(ours)
        c_dot = crossings(theirs) if theirs is not None else -1
        nxs = {} if args.no_nx or len(m.claims) > 3000 else nx_layouts(m, sizes)
        mp = nxs.get("multipartite", (-1, -1))
        bf = nxs.get("bfs", (-1, -1))
        for k, v in enumerate((c_ours, max(c_dot, 0), mp[1], mp[0], bf[1], bf[0])):
            totals[k] += max(v, 0)
        if not name.startswith("bench"):
            corpus[0] += c_ours
            corpus[1] += max(c_dot, 0)
        if args.list or name.startswith("bench"):
            ratio = f"{t_dot / t_ours:,.0f}x" if math.isfinite(t_dot) and t_ours > 0 else "-"
            print(
                f"| {name} | {len(m.claims):,} | {c_ours} | {c_dot if c_dot >= 0 else '-'} "
                f"| {mp[1]} ({mp[0]}) | {bf[1]} ({bf[0]}) | {t_ours * 1000:,.1f} | {t_dot * 1000:,.0f} | {ratio} |"
            )
    n_corpus = sum(1 for n, _ in rows if not n.startswith("bench"))
    print(f"\n{n_corpus} non-tree corpus maps: argmap {corpus[0]} crossings, dot {corpus[1]}")
    print(
        f"all rows: argmap {totals[0]}, dot {totals[1]}, multipartite {totals[2]} ({totals[3]} overlapping box pairs), "
        f"bfs {totals[4]} ({totals[5]} overlapping box pairs)"
    )


if __name__ == "__main__":
    main()
