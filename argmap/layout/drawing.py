"""Boxes, junctions, edge routes and row heights from placed centres (top-down frame), turned for left-right."""

from __future__ import annotations

from collections.abc import Iterable

from argmap.layout.geometry import Box, EdgeRoute, Point2
from argmap.layout.ports import end_at, into_box, ports
from argmap.layout.routing import Bands
from argmap.layout.structure import DUMMY, Structure

_new = tuple.__new__
"""Builds the NamedTuples of the results without their Python-level constructor (hot loops)."""


def claim_box(x: float, top: float, size: tuple[float, float]) -> Box:
    """The box of a claim centred at `x` on a row whose top is `top`."""
    w, h = size
    return _new(Box, (x - w / 2, top, w, h))


def arg_edges(
    a: str,
    s: Structure,
    boxes: dict[str, Box],
    junctions: dict[str, Point2],
    centres: dict[str, float],
    bands: Bands,
    pinned: dict[str, Point2],
) -> list[EdgeRoute]:
    """The lines of argument `a`: one per premise into its junction, one from it to the target."""
    row = s.row
    j = junctions[a]
    gj = row[a] // 2 + 1
    out: list[EdgeRoute] = []
    tree_parent = s.tree_parent
    linked = len(s.premises[a]) > 1
    for p in s.premises[a]:
        b = boxes[p]
        start = (b.x + b.w / 2, b.y)
        if tree_parent.get(p) == a and not (pinned and p in pinned):
            # straight up into the junction; linked premises up to the level of its bar, then along it
            pts: tuple[Point2, ...] = (
                (start, j) if start[0] == j[0] or not linked else (start, (start[0], j[1]), j)
            )
        elif pinned and p in pinned:
            pts = bands.route(start, bands.gap_of(b.y), j, gj)
        else:
            pts = bands.climb(start, row[p] // 2, j, gj)
        out.append(_new(EdgeRoute, (p, a, a, "premise", pts)))
    t = s.target[a]
    tb = boxes.get(t)
    if tb is not None:
        end = (tb.x + tb.w / 2, tb.y + tb.h)
        if pinned and t in pinned:
            pts = bands.route(j, gj, end, bands.gap_of(end[1]))
        else:
            floor = bands.bottoms[row[t] // 2]
            pts = (j, (end[0], floor), end) if floor > end[1] else (j, end)
    else:
        tj = junctions[t]
        if pinned:
            pts = bands.route(j, gj, tj, row[t] // 2 + 1)
        else:
            x = centres[DUMMY + a]  # up the column beside the premises, then across into the junction's side
            pts = (
                (j, (x, tj[1]), tj)
                if j[0] == x
                else (j, (x, bands.bottoms[row[DUMMY + a] // 2]), (x, tj[1]), tj)
            )
    out.append(_new(EdgeRoute, (a, t, a, s.relation[a], pts)))
    return out


def port_edges(
    targets: Iterable[str],
    s: Structure,
    boxes: dict[str, Box],
    junctions: dict[str, Point2],
    bottoms: list[float],
    edges: dict[str, list[EdgeRoute]],
    pinned: dict[str, Point2],
) -> None:
    """Give every reason into each of `targets` its own port on the target's edge (rewrites their last route)."""
    row = s.row
    for t in targets:
        box = boxes.get(t)
        reasons = [a for a in s.children.get(t, ()) if a in edges]
        if box is None or not reasons:
            continue
        if pinned:
            reasons.sort(key=lambda a: edges[a][-1].points[-2][0])
            xs = ports(box, [edges[a][-1].points[-2][0] for a in reasons])
            for a, x in zip(reasons, xs, strict=True):
                last = edges[a][-1]
                edges[a][-1] = last._replace(points=end_at(last.points, x))
            continue
        routes = into_box(box, bottoms[row[t] // 2], [junctions[a] for a in reasons])
        for a, pts in zip(reasons, routes, strict=True):
            edges[a][-1] = edges[a][-1]._replace(points=pts)


def turn_box(b: Box) -> Box:
    """A top-down-frame box in the left-right map."""
    return _new(Box, (b.y, b.x, b.h, b.w))


def turn_edges(edges: list[EdgeRoute]) -> list[EdgeRoute]:
    """Top-down-frame routes in the left-right map."""
    return [e._replace(points=tuple([(p[1], p[0]) for p in e.points])) for e in edges]


def bounds_of(boxes: Iterable[Box], points: Iterable[Point2]) -> Box:
    """The smallest box around all boxes and points (zero box when there are none)."""
    x0 = y0 = float("inf")
    x1 = y1 = float("-inf")
    for b in boxes:
        x0 = min(x0, b.x)
        y0 = min(y0, b.y)
        x1 = max(x1, b.x + b.w)
        y1 = max(y1, b.y + b.h)
    for px, py in points:
        x0 = min(x0, px)
        y0 = min(y0, py)
        x1 = max(x1, px)
        y1 = max(y1, py)
    if x0 > x1:
        return Box(0.0, 0.0, 0.0, 0.0)
    return Box(x0, y0, x1 - x0, y1 - y0)


def band_heights(s: Structure, size: dict[str, tuple[float, float]]) -> tuple[list[float], list[int]]:
    """The height of each row of boxes (its tallest box) and how many boxes it holds."""
    row = s.row
    n = max(row.values(), default=-1) // 2 + 1  # junction-only rows (an undercut's column) count too
    band_h: list[float] = [0.0] * n
    band_n: list[int] = [0] * n
    for c in s.claims:  # every claim's row is among the rows counted above
        k = row[c] // 2
        band_n[k] += 1
        h = size[c][1]
        if h > band_h[k]:
            band_h[k] = h
    return band_h, band_n


def bands_after(
    bands: tuple[list[float], list[int]],
    old_h: dict[str, float],
    gone: dict[str, int],
    s: Structure,
    size: dict[str, tuple[float, float]],
) -> tuple[list[float], list[int]]:
    """Row heights and counts after the boxes in `old_h` changed height, came or went.

    Counts every row again only when the tallest box of a row that keeps others shrank or went.
    """
    out, count = list(bands[0]), list(bands[1])
    for n, was in old_h.items():
        r = gone.get(n)
        if r is not None:
            k = r // 2
            count[k] -= 1
            if count[k] == 0:
                out[k] = 0.0
            elif was >= out[k]:
                return band_heights(s, size)
            continue
        k = s.row[n] // 2
        if k >= len(out):
            out.extend([0.0] * (k + 1 - len(out)))
            count.extend([0] * (k + 1 - len(count)))
        if was < 0:
            count[k] += 1
        h = size[n][1]
        if h > out[k]:
            out[k] = h
        elif h < was and was >= out[k]:
            return band_heights(s, size)
    if count and count[-1] == 0:  # the last row emptied: count what still needs rows
        return band_heights(s, size)
    return out, count
