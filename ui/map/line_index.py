"""Where a big map's lines are filed in the grid index: each under its route's bounding box, in bulk or one by one.

The layout's polyline of a line holds the line as drawn (shortened or squared to its bar), so
its bounding box, widened by the arrow head and badge, holds everything the line's item and its
reason's bar paint.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import repeat
from operator import add, sub

from argmap.layout import EdgeRoute
from ui.map.edge_item import ARROW, BADGE_R
from ui.map.grid_index import GridIndex
from ui.map.routes import EdgeKey


def fill_lines(index: GridIndex[EdgeKey], routes: dict[EdgeKey, EdgeRoute]) -> None:
    """File every line of a big map at once, under its route's bounding box with room for arrow and badge."""
    keys: list[EdgeKey] = []
    x0s: list[float] = []
    y0s: list[float] = []
    x1s: list[float] = []
    y1s: list[float] = []
    key_, x0_, y0_, x1_, y1_ = keys.append, x0s.append, y0s.append, x1s.append, y1s.append
    for key, route in routes.items():  # one plain loop: the fastest way to 80,000 little boxes in Python
        points = route.points
        if len(points) == 2:
            (ax, ay), (bx, by) = points
            if ax > bx:
                ax, bx = bx, ax
            if ay > by:
                ay, by = by, ay
        elif points:
            xs, ys = zip(*points, strict=True)
            ax, ay, bx, by = min(xs), min(ys), max(xs), max(ys)
        else:
            continue
        key_(key)
        x0_(ax)
        y0_(ay)
        x1_(bx)
        y1_(by)
    pad = repeat(BADGE_R + ARROW)
    index.fill(
        keys,
        list(map(sub, x0s, pad)),
        list(map(sub, y0s, pad)),
        list(map(add, x1s, pad)),
        list(map(add, y1s, pad)),
    )


def line_boxes(
    keys: Iterable[EdgeKey], routes: dict[EdgeKey, EdgeRoute]
) -> Iterator[tuple[EdgeKey, float, float, float, float]]:
    """(key, x0, y0, x1, y1) of each routed line with room for its arrow head and badge."""
    pad = BADGE_R + ARROW
    for key in keys:
        route = routes.get(key)
        if route is None or not route.points:
            continue
        xs = [p[0] for p in route.points]
        ys = [p[1] for p in route.points]
        yield key, min(xs) - pad, min(ys) - pad, max(xs) + pad, max(ys) + pad
