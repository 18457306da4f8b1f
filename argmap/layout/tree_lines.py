"""Boxes, junctions and lines of a tidy tree without pins, drawn afresh in one pass each (top-down frame).

The same picture as `drawing.arg_edges` followed by `drawing.port_edges` for every
claim, without their detours: a line into a claim is drawn once, straight to its
own port (arg_edges would draw it to the middle of the edge first), a premise that
hangs under its own reason rises without a lookup of pins, and each claim's
ports are found once. Routed lines (a premise that hangs
elsewhere) still go through `arg_edges`, in the order of the arguments, because
they take turning levels from the shared `Bands` one after the other.
"""

from __future__ import annotations

from collections.abc import Mapping

from argmap.layout.drawing import arg_edges
from argmap.layout.geometry import Box, EdgeRoute, Point2
from argmap.layout.ports import into_box, junction_x
from argmap.layout.routing import Bands
from argmap.layout.structure import DUMMY, Structure

_new = tuple.__new__
"""Builds the NamedTuples of the results without their Python-level constructor (hot loops)."""


def tree_boxes(
    s: Structure, centres: Mapping[str, float], tops: list[float], size: Mapping[str, tuple[float, float]]
) -> dict[str, Box]:
    """Every claim's box, centred on its place in its row (as `drawing.claim_box`)."""
    row = s.row
    boxes: dict[str, Box] = {}
    for c in s.claims:
        w, h = size[c]
        boxes[c] = _new(Box, (centres[c] - w / 2, tops[row[c] // 2], w, h))
    return boxes


def tree_junctions(
    s: Structure, centres: Mapping[str, float], bottoms: list[float], jy: float
) -> dict[str, Point2]:
    """Every argument's junction, `jy` below its target's row (as `ports.junction_x`)."""
    row, children = s.row, s.children
    junctions: dict[str, Point2] = {}
    for a in s.args:
        kids = children[a]
        x = junction_x(a, s, centres) if kids and kids[-1].startswith(DUMMY) else centres[a]
        junctions[a] = (x, bottoms[row[a] // 2] + jy)
    return junctions


def port_routes(
    s: Structure, boxes: Mapping[str, Box], junctions: Mapping[str, Point2], bottoms: list[float]
) -> dict[str, tuple[Point2, ...]]:
    """The line of every reason into a claim, to its own port on the claim's edge (as `drawing.port_edges`)."""
    row, children = s.row, s.children
    out: dict[str, tuple[Point2, ...]] = {}
    for t in s.claims:
        reasons = children[t]
        if not reasons:
            continue
        reasons = [a for a in reasons if a in junctions]
        if not reasons:
            continue
        routes = into_box(boxes[t], bottoms[row[t] // 2], [junctions[a] for a in reasons])
        out.update(zip(reasons, routes, strict=True))
    return out


def tree_edges(
    s: Structure,
    boxes: dict[str, Box],
    junctions: dict[str, Point2],
    centres: dict[str, float],
    bands: Bands,
) -> dict[str, list[EdgeRoute]]:
    """Every argument's lines: one per premise into its junction, one from it to its target's port.

    An argument outside `s.cross` has every premise hanging under it, so each premise
    line rises straight into the junction (linked ones up to the level of its bar,
    then along it). Routed arguments and undercuts are drawn by `arg_edges`.
    """
    into = port_routes(s, boxes, junctions, bands.bottoms)
    premises, relation, target, cross = s.premises, s.relation, s.target, s.cross
    edges: dict[str, list[EdgeRoute]] = {}
    for a in s.args:
        got = into.get(a)
        if a in cross or got is None:  # routed premises take turning levels in the order of the arguments
            out = arg_edges(a, s, boxes, junctions, centres, bands, {})
            if got is not None:
                out[-1] = out[-1]._replace(points=got)
            edges[a] = out
            continue
        j = junctions[a]
        jx = j[0]
        ps = premises[a]
        linked = len(ps) > 1
        out = []
        for p in ps:
            b = boxes[p]
            x = b.x + b.w / 2
            pts: tuple[Point2, ...] = ((x, b.y), j) if x == jx or not linked else ((x, b.y), (x, j[1]), j)
            out.append(_new(EdgeRoute, (p, a, a, "premise", pts)))
        out.append(_new(EdgeRoute, (a, target[a], a, relation[a], got)))
        edges[a] = out
    return edges
