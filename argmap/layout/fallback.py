"""A plain grid of boxes with straight lines, shown if the automatic layout fails on some map."""

from __future__ import annotations

import math

from argmap.layout import Box, EdgeRoute, MapLayout
from argmap.model import ArgumentMap

GAP = 40.0


def grid_layout(m: ArgumentMap, sizes: dict[str, tuple[float, float]]) -> MapLayout:
    """Claims in document order on a square-ish grid; every relation a straight line through its junction."""
    ids = [c.id for c in m.claims if c.id in sizes]
    cols = max(1, math.ceil(math.sqrt(len(ids))))
    col_w = max((sizes[c][0] for c in ids), default=0.0) + GAP
    boxes: dict[str, Box] = {}
    y = 0.0
    for start in range(0, len(ids), cols):
        row = ids[start : start + cols]
        for i, cid in enumerate(row):
            w, h = sizes[cid]
            boxes[cid] = Box(i * col_w, y, w, h)
        y += max(sizes[c][1] for c in row) + GAP * 2
    centre = {cid: (b.x + b.w / 2, b.y + b.h / 2) for cid, b in boxes.items()}
    junctions: dict[str, tuple[float, float]] = {}
    pending = [a for a in m.arguments if all(p in boxes for p in a.premises)]
    for _ in range(len(pending) + 1):  # undercuts need their target's junction first
        left = []
        for a in pending:
            end = centre.get(a.target) or junctions.get(a.target)
            if end is None:
                left.append(a)
                continue
            px = sum(centre[p][0] for p in a.premises) / len(a.premises)
            py = sum(centre[p][1] for p in a.premises) / len(a.premises)
            junctions[a.id] = ((px + end[0]) / 2, (py + end[1]) / 2)
        if len(left) == len(pending):
            break
        pending = left
    edges: list[EdgeRoute] = []
    for a in m.arguments:
        j = junctions.get(a.id)
        if j is None:
            continue
        edges += [EdgeRoute(p, a.id, a.id, "premise", (centre[p], j)) for p in a.premises]
        end = centre.get(a.target) or junctions[a.target]
        edges.append(EdgeRoute(a.id, a.target, a.id, a.relation.value, (j, end)))
    xs = [b.x + b.w for b in boxes.values()] or [0.0]
    ys = [b.y + b.h for b in boxes.values()] or [0.0]
    return MapLayout(boxes=boxes, junctions=junctions, edges=edges, bounds=Box(0.0, 0.0, max(xs), max(ys)))
