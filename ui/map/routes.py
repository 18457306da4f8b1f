"""Lines as the canvas draws them, from the layout's routes: linked premises hang from one bar."""

from __future__ import annotations

from argmap.layout import EdgeRoute, MapLayout
from argmap.layout.geometry import Point2
from argmap.model import ArgumentMap

EdgeKey = tuple[str, str, str, str]
"""(argument, source, target, kind) of a routed line."""
Points = tuple[Point2, ...]
Bar = tuple[float, float, float, float]
"""A rectangle (x, y, w, h) relative to a junction; zero size when there is no bar."""
NO_BAR: Bar = (0.0, 0.0, 0.0, 0.0)


class RouteShaper:
    """Turns the layout's routes into drawn lines, lazily: a line is shaped when something asks for it.

    `shape` only files the routes by key (in the layout's order, which is the map's argument
    order) and works out which lines changed: the incremental layout hands back the very same
    route objects for what did not move, so unchanged lines are recognised by identity. The
    drawn polyline of a line (`points`) and the bar of a reason's linked premises (`bar`) are
    worked out when asked for: on a big map most lines are never built nor drawn.
    A drawn line always lies within its route's bounding box (the layout's polyline, shortened
    or squared to its bar), and a bar within its premise routes' boxes, so an index of the
    routes finds every drawn line and bar in a region.
    """

    def __init__(self) -> None:
        self._horizontal = True
        self._reset()

    def _reset(self) -> None:
        self.routes: dict[EdgeKey, EdgeRoute] = {}
        """Every line the layout routed, by key."""
        self._premises: dict[str, tuple[str, ...]] = {}
        self._junctions: dict[str, Point2] = {}
        self._bars: dict[str, Bar] = {}
        """Bars worked out so far (forgotten when the reason's lines or junction change)."""

    def shape(
        self, m: ArgumentMap, result: MapLayout, horizontal: bool
    ) -> tuple[list[EdgeKey], list[EdgeKey], set[str]]:
        """Take the new layout: the keys whose drawn line may have changed, the keys gone, and the reasons whose bar may have.

        A new direction starts afresh (then nothing is reported gone).
        """
        if horizontal != self._horizontal:
            self._reset()  # a new direction changes every line
            self._horizontal = horizontal
        old = self.routes
        routes = {(r[2], r[0], r[1], r[3]): r for r in result.edges}  # (argument, source, target, kind)
        premises = {a.id: tuple(a.premises) for a in m.arguments}
        junctions = result.junctions
        self.routes = routes
        if not old:
            self._premises, self._junctions, self._bars = premises, dict(junctions), {}
            return list(routes), [], set(premises)
        changed = [k for k, r in routes.items() if old.get(k) is not r]
        gone = [k for k in old if k not in routes]
        old_premises, old_junctions = self._premises, self._junctions
        args = {k[0] for k in changed if k[3] == "premise"}
        args.update(k[0] for k in gone if k[3] == "premise")
        args.update(a for a, j in junctions.items() if old_junctions.get(a) != j)
        regrouped = [a for a, p in premises.items() if old_premises.get(a) != p]
        args.update(regrouped)
        args.update(a for a in old_premises if a not in premises)
        for a in regrouped:  # one premise more or less: its co-premises hang from a bar, or no more
            changed.extend(k for p in premises[a] if (k := (a, p, a, "premise")) in routes)
        bars = self._bars
        for a in args:
            bars.pop(a, None)
        self._premises, self._junctions = premises, dict(junctions)
        return changed, gone, args

    def points(self, key: EdgeKey) -> Points:
        """The polyline of a routed line as the canvas draws it (KeyError for a key not routed)."""
        points = self.routes[key].points
        if key[3] != "premise" or len(self._premises.get(key[0], ())) < 2:
            return points
        horizontal = self._horizontal
        if len(points) == 2:  # linked premises rise straight to one bar
            return _bracket(points, horizontal)
        if len(points) == 3 and _along_bar(points[1], points[2], horizontal):
            return points[:2]  # the layout's leg along the bar: the bar itself draws it
        return points

    def bar(self, arg: str) -> Bar:
        """The bar a reason's linked premises hang from, relative to its junction (NO_BAR when there is none)."""
        bar = self._bars.get(arg)
        if bar is None:
            bar = self._bars[arg] = self._make_bar(arg)
        return bar

    def _make_bar(self, arg: str) -> Bar:
        premises = self._premises.get(arg, ())
        junction = self._junctions.get(arg)
        if len(premises) < 2 or junction is None:
            return NO_BAR
        horizontal = self._horizontal
        ends: list[Point2] = []
        for p in premises:
            route = self.routes.get((arg, p, arg, "premise"))
            if route is None:
                continue
            points = route.points
            if len(points) == 2:
                ends.append(_bracket(points, horizontal)[-1])
            elif len(points) == 3 and _along_bar(points[1], points[2], horizontal):
                ends.append(points[1])
        return _bar(ends, junction, horizontal) if len(ends) > 1 else NO_BAR


def _along_bar(a: Point2, b: Point2, horizontal: bool) -> bool:
    """True when the leg a-b runs along a linked-premise bar (across the flow)."""
    return a[1] == b[1] if horizontal else a[0] == b[0]


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
