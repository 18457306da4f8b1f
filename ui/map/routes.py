"""Lines as the canvas draws them, from the layout's routes: linked premises bracketed, arrow heads spread."""

from __future__ import annotations

from argmap.layout import Box, EdgeRoute, MapLayout
from argmap.layout.geometry import Point2
from argmap.model import ArgumentMap

EdgeKey = tuple[str, str, str, str]
"""(argument, source, target, kind) of a routed line."""
Points = tuple[Point2, ...]
Bar = tuple[float, float, float, float]
"""A rectangle (x, y, w, h) relative to a junction; zero size when there is no bar."""
NO_BAR: Bar = (0.0, 0.0, 0.0, 0.0)
Signature = tuple[tuple[Points, ...], Box]
"""What the spread of one claim's incoming arrows depends on."""


class RouteShaper:
    """Turns the layout's routes into drawn lines, remembering the spread of each target's arrows."""

    def __init__(self) -> None:
        self._spread: dict[str, tuple[Signature, dict[EdgeKey, Points]]] = {}

    def shape(
        self, m: ArgumentMap, result: MapLayout, horizontal: bool
    ) -> tuple[dict[EdgeKey, Points], dict[str, Bar]]:
        """Every line to draw by key, and the bar joining each reason's linked premises."""
        routes: dict[EdgeKey, Points] = {
            (r.argument, r.source, r.target, r.kind): r.points for r in result.edges
        }
        routes.update(self._spread_arrow_ends(result, horizontal))
        linked = {a.id for a in m.arguments if len(a.premises) > 1}
        ends: dict[str, list[Point2]] = {}
        if linked:
            for key in [k for k in routes if k[3] == "premise" and k[0] in linked]:
                points = routes[key]
                if len(points) == 2:  # linked premises rise straight to one bar
                    points = _bracket(points, horizontal)
                    routes[key] = points
                    ends.setdefault(key[0], []).append(points[-1])
        bars = {a: _bar(e, result.junctions[a], horizontal) for a, e in ends.items() if a in result.junctions}
        return routes, bars

    def _spread_arrow_ends(self, result: MapLayout, horizontal: bool) -> dict[EdgeKey, Points]:
        """Arrows into one claim end side by side along its edge, not on one point (heads stay apart)."""
        into: dict[str, list[EdgeRoute]] = {}
        boxes = result.boxes
        for route in result.edges:
            if route.kind != "premise" and route.target in boxes:
                into.setdefault(route.target, []).append(route)
        out: dict[EdgeKey, Points] = {}
        cache = self._spread
        fresh: dict[str, tuple[Signature, dict[EdgeKey, Points]]] = {}
        for target, routes in into.items():
            if len(routes) < 2:
                continue
            signature = (tuple(r.points for r in routes), boxes[target])
            hit = cache.get(target)
            spread = (
                hit[1]
                if hit is not None and hit[0] == signature
                else _spread(routes, boxes[target], horizontal)
            )
            fresh[target] = (signature, spread)
            out.update(spread)
        self._spread = fresh
        return out


def _spread(routes: list[EdgeRoute], box: Box, horizontal: bool) -> dict[EdgeKey, Points]:
    axis = 0 if horizontal else 1
    lo, size = (box.x, box.w) if horizontal else (box.y, box.h)
    ordered = sorted((r for r in routes if len(r.points) >= 2), key=lambda r: r.points[-2][axis])
    n = len(ordered)
    out: dict[EdgeKey, Points] = {}
    for i, route in enumerate(ordered):
        pos = lo + size * (0.2 + 0.6 * (i + 0.5) / n)
        pts = list(route.points)
        old = pts[-1][axis]
        pts[-1] = (pos, pts[-1][1]) if horizontal else (pts[-1][0], pos)
        if len(pts) > 2 and pts[-2][axis] == old:  # keep the last leg straight
            pts[-2] = (pos, pts[-2][1]) if horizontal else (pts[-2][0], pos)
        out[(route.argument, route.source, route.target, route.kind)] = tuple(pts)
    return out


def _bracket(points: Points, horizontal: bool) -> Points:
    """A linked premise's line straight across to the level of its reason's bar."""
    (sx, sy), (jx, jy) = points[0], points[-1]
    return ((sx, sy), (sx, jy)) if horizontal else ((sx, sy), (jx, sy))


def _bar(ends: list[Point2], junction: Point2, horizontal: bool) -> Bar:
    """The linked-premise bar relative to the junction, across the flow (empty for one premise)."""
    if len(ends) < 2:
        return NO_BAR
    axis = 0 if horizontal else 1
    offsets = [e[axis] - junction[axis] for e in ends]
    lo, hi = min(offsets), max(offsets)
    return (lo, -3.0, hi - lo, 6.0) if horizontal else (-3.0, lo, 6.0, hi - lo)
