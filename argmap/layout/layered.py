"""Maps that are not trees, laid out in layers as Graphviz dot does: rows ordered for few crossings, then placed and drawn.

The rows are the tidy layout's; each line spanning several rows passes a virtual
node on every row between (`layers`), the rows are ordered by median sweeps with
transpositions starting from the tidy tree's order (`mincross`), placed along the
rows (`xplace`), and every connector is drawn through its virtual nodes by right
angles: each reason enters its target at its own port, a premise backing several
claims leaves its box at its own port per line, linked premises meet on one bar
under their junction, an undercut rises into the junction it attacks, and within a
gap lines turn on levels chosen so that lines that need not cross do not (`lanes`).
Works in the top-down frame.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from argmap.layout.geometry import Box, EdgeRoute, LayoutOptions, Point2, simplified
from argmap.layout.lanes import levels
from argmap.layout.layers import VIRTUAL, Layers, build_layers
from argmap.layout.mincross import order_rows
from argmap.layout.ports import LEVEL_STEP, PORT_GAP, ports
from argmap.layout.structure import Structure
from argmap.layout.xplace import place_rows

LINE_ROOM = 2.0
"""Room a passing line takes in its row (its gaps to boxes and other lines come on top)."""
LINE_GAP = 8.0
"""Least gap between two lines or junctions in one row."""
MARGIN = 6.0
"""Turning levels keep this far from the rows and junctions above and below them."""

Hop = tuple[int, str, str]
"""(line, lower node, upper node): the piece of a line between two adjacent rows."""


class Layered:
    """A layered layout in the top-down frame: boxes, junctions and each argument's connectors."""

    def __init__(
        self,
        boxes: dict[str, Box],
        junctions: dict[str, Point2],
        edges: dict[str, list[EdgeRoute]],
        rows: list[list[str]],
    ):
        self.boxes = boxes
        self.junctions = junctions
        self.edges = edges
        self.rows = rows
        """The order of every row (claims, junctions, virtual nodes), to pass back while the structure is the same."""


def order_key(s: Structure) -> tuple[object, ...]:
    """Everything the order of the rows depends on.

    The shown claims and arguments, their rows and links, and the tidy tree the search starts from.
    """
    row = s.row
    return (
        tuple([(c, row[c]) for c in s.claims]),
        tuple([(a, row[a], s.target[a], s.relation[a], tuple(s.premises[a])) for a in s.args]),
        tuple(s.roots),
        tuple([(n, tuple(k)) for n, k in s.children.items()]),
    )


def layered_layout(
    s: Structure,
    size: Mapping[str, tuple[float, float]],
    centres: Mapping[str, float],
    tops: Sequence[float],
    bottoms: Sequence[float],
    o: LayoutOptions,
    order: Callable[[], Mapping[str, float]] | list[list[str]],
) -> Layered:
    """Lay out the shown part of `s` on rows `tops`..`bottoms`, placing from the tidy tree's `centres`.

    `order` is the rows' order from the last layout of the same structure, or a function
    giving the tidy tree's places with every box of one width: the rows are ordered from
    that, so that the order depends on the map's links alone, never on box sizes (a
    claim's text edited keeps the order, and it is not searched again).
    """
    lay = build_layers(s)
    start = _start(lay, centres)
    if isinstance(order, list):
        lay.rows = [list(r) for r in order]
    else:
        order_rows(lay, [_start(lay, order())])
    claims = set(s.claims)
    width = {
        n: (size[n][0] if n in claims else (o.junction_width if n in s.target else LINE_ROOM))
        for n in lay.row
    }
    x = place_rows(lay, start, width, claims, (o.gap_x, o.gap_x / 2, LINE_GAP))
    row = lay.row
    boxes = {c: Box(x[c] - size[c][0] / 2, tops[row[c] // 2], size[c][0], size[c][1]) for c in s.claims}
    jy = [b + o.gap_y * o.junction_at for b in bottoms]
    junctions: dict[str, Point2] = {a: (x[a], jy[row[a] // 2]) for a in s.args}
    return Layered(boxes, junctions, _connectors(lay, s, x, boxes, tops, bottoms, jy, o.gap_y), lay.rows)


def _start(lay: Layers, centres: Mapping[str, float]) -> dict[str, float]:
    """The tidy tree's places, with each virtual node on the straight line between its line's ends."""
    start = {n: centres[n] for n in lay.row if n in centres}
    for line in lay.lines:
        p = line.path
        if len(p) > 2:
            x0, x1 = start[p[0]], start[p[-1]]
            k = len(p) - 1
            for i in range(1, k):
                start[p[i]] = x0 + (x1 - x0) * i / k
    return start


def _connectors(
    lay: Layers,
    s: Structure,
    x: Mapping[str, float],
    boxes: Mapping[str, Box],
    tops: Sequence[float],
    bottoms: Sequence[float],
    jy: Sequence[float],
    gap_y: float,
) -> dict[str, list[EdgeRoute]]:
    """Every line as a right-angled polyline through its virtual nodes, grouped by argument in drawing order."""
    row = lay.row
    hops: list[Hop] = []
    for i, line in enumerate(lay.lines):
        p = line.path
        nodes = p if row[p[0]] > row[p[-1]] else p[::-1]
        hops += [(i, nodes[k], nodes[k + 1]) for k in range(len(nodes) - 1)]
    x = _snapped(hops, x, boxes, row)
    lo_x = [x[h[1]] for h in hops]
    up_x = [x[h[2]] for h in hops]
    _ports(hops, boxes, x, lo_x, up_x)
    lines = lay.lines
    junction = s.target
    turns: dict[tuple[int, int], list[int]] = {}  # (gap, 0 below the junctions / 1 above) -> what turns there
    bars: dict[tuple[str, bool], list[int]] = {}  # (junction, from its left) -> premise lines sharing a bar
    for h, (i, lower, upper) in enumerate(hops):
        if abs(lo_x[h] - up_x[h]) < 0.5 and (lower in boxes or upper in boxes):
            if upper in boxes:  # a port moves by less than a pixel to keep the line straight
                up_x[h] = lo_x[h]
            else:
                lo_x[h] = up_x[h]
        if lo_x[h] == up_x[h]:
            continue
        r = row[lower]
        if r % 2 == 0 and upper in junction and lines[i].kind == "premise":
            bars.setdefault((upper, lo_x[h] < up_x[h]), []).append(h)
            continue
        turns.setdefault((r // 2 - 1, 0) if r % 2 == 0 else ((r - 1) // 2, 1), []).append(h)
    keys = list(bars)
    for k, (a, _) in enumerate(keys):  # a bar is one line turning once, named -1, -2, ...
        turns.setdefault((row[a] // 2, 0), []).append(-1 - k)
    level_y: dict[int, float] = {}
    for (g, half), hs in turns.items():
        spans = [_bar_span(bars[keys[-1 - h]], lo_x, up_x) if h < 0 else (lo_x[h], up_x[h]) for h in hs]
        got, top = levels(spans)
        if half == 0:
            below = tops[g + 1] if g + 1 < len(tops) else bottoms[g] + gap_y
            ys = _level_ys(jy[g] + MARGIN, below - MARGIN, top)
        else:
            ys = _level_ys(bottoms[g] + MARGIN, jy[g] - MARGIN, top)
        for h, k in zip(hs, got, strict=True):
            level_y[h] = ys[k]
    for k, key in enumerate(keys):
        for h in bars[key]:
            level_y[h] = level_y[-1 - k]
    return _polylines(lay, hops, lo_x, up_x, level_y, boxes, tops, bottoms, jy)


def _snapped(
    hops: Sequence[Hop], x: Mapping[str, float], boxes: Mapping[str, Box], row: Mapping[str, int]
) -> dict[str, float]:
    """`x` with each virtual node less than a pixel beside the line's next node moved under it (no tiny jogs)."""
    out = dict(x)
    moved: set[str] = set()  # each virtual node moves once, so a line's pieces stay joined
    for _, lower, upper in sorted(hops, key=lambda h: row[h[2]]):
        if lower in boxes or upper in boxes or abs(out[lower] - out[upper]) >= 0.5:
            continue
        if lower.startswith(VIRTUAL) and lower not in moved:
            out[lower] = out[upper]
            moved.add(lower)
        elif upper.startswith(VIRTUAL) and upper not in moved:
            out[upper] = out[lower]
            moved.add(upper)
    return out


def _bar_span(hs: Sequence[int], lo_x: Sequence[float], up_x: Sequence[float]) -> tuple[float, float]:
    """The span of a bar of linked premises on one side of their junction, as one line heading to it."""
    xs = [lo_x[h] for h in hs]
    jx = up_x[hs[0]]
    return (min(xs), jx) if jx > xs[0] else (max(xs), jx)


def _level_ys(top: float, bottom: float, n: int) -> list[float]:
    """The y of levels 1..n (index 0 unused), level 1 the lowest, spread evenly around the middle of top..bottom."""
    if n == 0:
        return [0.0]
    step = min(LEVEL_STEP, max(0.0, bottom - top) / (n + 1))
    mid = (top + bottom) / 2
    return [0.0] + [mid + ((n + 1) / 2 - k) * step for k in range(1, n + 1)]


def _ports(
    hops: Sequence[Hop],
    boxes: Mapping[str, Box],
    x: Mapping[str, float],
    lo_x: list[float],
    up_x: list[float],
) -> None:
    """Each line's own point on the box it leaves (top edge) or enters (bottom edge), in the order of its other end."""
    tops_of: dict[str, list[int]] = {}
    bottoms_of: dict[str, list[int]] = {}
    for h, (_, lower, upper) in enumerate(hops):
        if lower in boxes:
            tops_of.setdefault(lower, []).append(h)
        if upper in boxes:
            bottoms_of.setdefault(upper, []).append(h)
    for c, hs in bottoms_of.items():
        hs.sort(key=lambda h: (x[hops[h][1]], h))
        for h, px in zip(hs, ports(boxes[c], [x[hops[h][1]] for h in hs]), strict=True):
            up_x[h] = px
    for c, hs in tops_of.items():
        b = boxes[c]
        mid = b.x + b.w / 2
        if len(hs) == 1:
            lo_x[hs[0]] = mid
            continue
        hs.sort(key=lambda h: (x[hops[h][2]], h))
        n = len(hs)
        for h, px in zip(hs, ports(b, [mid + (k - (n - 1) / 2) * PORT_GAP for k in range(n)]), strict=True):
            lo_x[h] = px


def _polylines(
    lay: Layers,
    hops: Sequence[Hop],
    lo_x: Sequence[float],
    up_x: Sequence[float],
    level_y: Mapping[int, float],
    boxes: Mapping[str, Box],
    tops: Sequence[float],
    bottoms: Sequence[float],
    jy: Sequence[float],
) -> dict[str, list[EdgeRoute]]:
    row = lay.row
    pts_of: list[list[Point2]] = [[] for _ in lay.lines]
    for h, (i, lower, upper) in enumerate(hops):
        r = row[lower]
        if r % 2 == 0:
            b = boxes.get(lower)
            y0 = b.y if b is not None else tops[r // 2]
            y1 = jy[r // 2 - 1]
        else:
            y0 = jy[(r - 1) // 2]
            b = boxes.get(upper)
            y1 = b.y + b.h if b is not None else bottoms[(r - 1) // 2]
        x0, x1 = lo_x[h], up_x[h]
        pts = pts_of[i]
        pts.append((x0, y0))
        if x0 != x1:
            y = level_y.get(h, y1)
            pts += [(x0, y), (x1, y)]
        pts.append((x1, y1))
    out: dict[str, list[EdgeRoute]] = {}
    for line, pts in zip(lay.lines, pts_of, strict=True):
        if row[line.path[0]] < row[line.path[-1]]:
            pts.reverse()
        out.setdefault(line.argument, []).append(
            EdgeRoute(line.source, line.target, line.argument, line.kind, simplified(pts))
        )
    return out
