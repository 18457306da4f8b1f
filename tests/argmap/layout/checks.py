"""Geometric checks shared by the layout tests: overlaps, crossings, orders."""

from __future__ import annotations

from argmap.layout import Box, MapLayout
from argmap.model import ArgumentMap

EPS = 0.5


def overlapping_pairs(boxes: dict[str, Box], skip: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    items = sorted((b.x, k, b) for k, b in boxes.items() if k not in skip)
    out = []
    for i, (_, k1, b1) in enumerate(items):
        for _, k2, b2 in items[i + 1 :]:
            if b2.x >= b1.x + b1.w:
                break
            if b1.overlaps(b2):
                out.append((k1, k2))
    return out


def segment_crosses(p: tuple[float, float], q: tuple[float, float], b: Box) -> bool:
    """True when segment pq enters the interior of box b (shrunk by EPS)."""
    x0, y0, x1, y1 = b.x + EPS, b.y + EPS, b.x + b.w - EPS, b.y + b.h - EPS
    if x1 <= x0 or y1 <= y0:
        return False
    t0, t1 = 0.0, 1.0
    dx, dy = q[0] - p[0], q[1] - p[1]
    for pk, qk in ((-dx, p[0] - x0), (dx, x1 - p[0]), (-dy, p[1] - y0), (dy, y1 - p[1])):
        if pk == 0:
            if qk < 0:
                return False
        else:
            t = qk / pk
            if pk < 0:
                t0 = max(t0, t)
            else:
                t1 = min(t1, t)
    return t0 < t1


def crossings(lay: MapLayout) -> list[tuple[str, str, str]]:
    """(edge source, edge target, box) for every edge segment that runs through a box."""
    out = []
    boxes = list(lay.boxes.items())
    for e in lay.edges:
        for p, q in zip(e.points, e.points[1:], strict=False):
            lo_x, hi_x = min(p[0], q[0]), max(p[0], q[0])
            lo_y, hi_y = min(p[1], q[1]), max(p[1], q[1])
            for k, b in boxes:
                if b.x > hi_x or b.x + b.w < lo_x or b.y > hi_y or b.y + b.h < lo_y:
                    continue
                if segment_crosses(p, q, b):
                    out.append((e.source, e.target, k))
    return out


def layer_orders(lay: MapLayout, vertical: bool = True) -> dict[int, list[str]]:
    """Claims of each layer (same top edge) left to right; layers numbered from the top."""
    tray = set(lay.tray)
    key = (lambda b: b.y) if vertical else (lambda b: b.x)
    along = (lambda b: b.x) if vertical else (lambda b: b.y)
    levels = sorted({key(b) for k, b in lay.boxes.items() if k not in tray})
    rank = {v: i for i, v in enumerate(levels)}
    out: dict[int, list[str]] = {}
    for k, b in sorted(lay.boxes.items(), key=lambda kv: along(kv[1])):
        if k not in tray:
            out.setdefault(rank[key(b)], []).append(k)
    return out


def centre_x(lay: MapLayout, node: str) -> float:
    b = lay.boxes.get(node)
    return b.x + b.w / 2 if b is not None else lay.junctions[node][0]


def parent_child_pairs(m: ArgumentMap) -> list[tuple[str, str]]:
    """(target claim, premise) for every argument on a claim, and through undercuts to the undercut's target."""
    claims = {c.id for c in m.claims}
    by_id = {a.id: a for a in m.arguments}
    out = []
    for a in m.arguments:
        t = a.target
        while t not in claims:
            t = by_id[t].target
        out += [(t, p) for p in a.premises]
    return out
