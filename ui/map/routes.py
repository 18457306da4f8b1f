"""Lines as the canvas draws them, from the layout's routes: linked premises hang from one bar."""

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


class RouteShaper:
    """Turns the layout's routes into drawn lines, incrementally.

    The incremental layout hands back the very same route and box objects for what did
    not move, so unchanged lines are recognised by identity and only the lines of changed
    routes, and the arrows into claims whose incoming set or box changed, are redone.
    """

    def __init__(self) -> None:
        self._horizontal: bool | None = None
        self._reset()

    def _reset(self) -> None:
        self.drawn: dict[EdgeKey, Points] = {}
        """Every line as drawn, by key."""
        self.bars: dict[str, Bar] = {}
        """The bar of each reason with linked premises."""
        self._seen: dict[int, tuple[EdgeRoute, EdgeKey]] = {}
        self._into: dict[str, dict[EdgeKey, EdgeRoute]] = {}
        self._premises: dict[str, dict[EdgeKey, EdgeRoute]] = {}
        self._boxes: dict[str, Box] = {}
        self._junctions: dict[str, Point2] = {}
        self._linked: dict[str, bool] = {}

    def shape(
        self, m: ArgumentMap, result: MapLayout, horizontal: bool
    ) -> tuple[set[EdgeKey], list[EdgeKey]]:
        """Bring `drawn` and `bars` up to date; returns the keys drawn anew and the keys gone."""
        if horizontal != self._horizontal:
            self._reset()  # a new direction changes every line
            self._horizontal = horizontal
        seen: dict[int, tuple[EdgeRoute, EdgeKey]] = {}
        fresh: list[tuple[EdgeRoute, EdgeKey]] = []
        old = self._seen
        for r in result.edges:
            hit = old.get(id(r))
            if hit is not None and hit[0] is r:
                seen[id(r)] = hit
            else:
                entry = (r, (r.argument, r.source, r.target, r.kind))
                seen[id(r)] = entry
                fresh.append(entry)
        gone = [v for i, v in old.items() if i not in seen] if len(seen) - len(fresh) != len(old) else []
        self._seen = seen
        targets: set[str] = set()
        args: set[str] = set()
        for _r, key in gone:
            index = self._into if key[3] != "premise" else self._premises
            group = index.get(key[2] if key[3] != "premise" else key[0])
            if group is not None:
                group.pop(key, None)
            self.drawn.pop(key, None)
            (targets if key[3] != "premise" else args).add(key[2] if key[3] != "premise" else key[0])
        for r, key in fresh:
            if key[3] != "premise":
                self._into.setdefault(key[2], {})[key] = r
                targets.add(key[2])
            else:
                self._premises.setdefault(key[0], {})[key] = r
                args.add(key[0])
        boxes = result.boxes
        old_boxes = self._boxes
        targets.update(t for t in self._into if boxes.get(t) is not old_boxes.get(t))
        self._boxes = dict(boxes)
        linked = {a.id: len(a.premises) > 1 for a in m.arguments}
        old_linked, old_junctions = self._linked, self._junctions
        args.update(a for a, j in result.junctions.items() if old_junctions.get(a) != j)
        args.update(a for a, is_linked in linked.items() if old_linked.get(a) != is_linked)
        self._linked, self._junctions = linked, dict(result.junctions)
        changed = {key for _r, key in fresh}
        for t in targets:
            changed |= self._redo_arrows(t, boxes.get(t), horizontal)
        for a in args:
            changed |= self._redo_premises(a, linked.get(a, False), result.junctions.get(a), horizontal)
        return changed, [key for _r, key in gone if key not in self.drawn]

    def _redo_arrows(self, target: str, box: Box | None, horizontal: bool) -> set[EdgeKey]:
        group = self._into.get(target)
        if not group:
            self._into.pop(target, None)
            return set()
        del box, horizontal  # each line already has its own port on the box (argmap.layout.ports)
        for key, r in group.items():
            self.drawn[key] = r.points
        return set(group)

    def _redo_premises(
        self, arg: str, linked: bool, junction: Point2 | None, horizontal: bool
    ) -> set[EdgeKey]:
        group = self._premises.get(arg)
        if not group:
            self._premises.pop(arg, None)
            self.bars.pop(arg, None)
            return set()
        ends: list[Point2] = []
        for key, r in group.items():
            points = r.points
            if linked and len(points) == 2:  # linked premises rise straight to one bar
                points = _bracket(points, horizontal)
                ends.append(points[-1])
            elif linked and len(points) == 3 and _along_bar(points[1], points[2], horizontal):
                points = points[:2]  # the layout's leg along the bar: the bar itself draws it
                ends.append(points[-1])
            self.drawn[key] = points
        if junction is not None and len(ends) > 1:
            self.bars[arg] = _bar(ends, junction, horizontal)
        else:
            self.bars.pop(arg, None)
        return set(group)


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
