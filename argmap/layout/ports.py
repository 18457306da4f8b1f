"""Where each reason's line enters its target: its own port on the box's edge, reached by right angles.

Works in the top-down frame. A claim's reasons enter its bottom edge at ports spread
in the reasons' order; a reason whose junction is under its port rises straight into
it, the others rise from the junction, turn along their own level and turn up into
their port. The reasons left of their port take levels nearer the box the further out
they are (the right ones mirror them), so no two lines cross or share a point.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from argmap.layout.geometry import Box, Point2
from argmap.layout.structure import DUMMY, Structure

PORT_GAP = 28.0
"""Widest spacing of two ports on one edge."""
LEVEL_STEP = 6.0
"""Widest spacing of two turning levels below one box."""


def junction_x(a: str, s: Structure, centres: Mapping[str, float]) -> float:
    """A junction's place along the row: over its own premises, not over the columns of undercuts beside them."""
    kids = s.children.get(a)
    if not kids or not kids[-1].startswith(DUMMY):
        return centres[a]
    own = [k for k in kids if not k.startswith(DUMMY)]
    if not own:
        return centres[a]
    return (centres[own[0]] + centres[own[-1]]) / 2


def ports(box: Box, wanted: Sequence[float]) -> list[float]:
    """One x on the box's bottom edge per line, in the lines' order, each as near its wish as the spacing allows."""
    n = len(wanted)
    margin = min(16.0, box.w / 4)
    lo, hi = box.x + margin, box.x + box.w - margin
    if n == 1:
        return [min(max(wanted[0], lo), hi)]
    gap = min(PORT_GAP, (hi - lo) / (n - 1))
    out: list[float] = []
    last = float("-inf")
    for x in wanted:
        last = max(min(max(x, lo), hi), last + gap)
        out.append(last)
    nxt = float("inf")
    for i in range(n - 1, -1, -1):
        nxt = min(out[i], nxt - gap, hi)
        out[i] = nxt
    return out


def into_box(box: Box, floor: float, starts: Sequence[Point2]) -> list[tuple[Point2, ...]]:
    """Right-angled lines from junctions (in the reasons' order, below `floor`) into their own ports on `box`.

    `floor` is the bottom of the box's row: the lines turn in the gap below it.
    """
    xs = ports(box, [p[0] for p in starts])
    bottom = box.y + box.h
    left: list[int] = []
    right: list[int] = []
    for i, x in enumerate(xs):
        jx = starts[i][0]
        if jx < x - 0.5:
            left.append(i)
        elif jx > x + 0.5:
            right.append(i)
    level: dict[int, float] = {}
    if left or right:
        right.reverse()
        below = min(p[1] for p in starts) - floor
        first, span = floor + below * 0.25, below * 0.25
        for group in (left, right):
            step = min(LEVEL_STEP, span / (len(group) - 1)) if len(group) > 1 else 0.0
            for k, i in enumerate(group):
                level[i] = first + k * step
    out: list[tuple[Point2, ...]] = []
    for i, x in enumerate(xs):
        j = starts[i]
        y = level.get(i)
        if y is None:
            out.append((j, (x, bottom)))
        else:
            out.append((j, (j[0], y), (x, y), (x, bottom)))
    return out


def end_at(points: tuple[Point2, ...], x: float) -> tuple[Point2, ...]:
    """A routed line moved to end at `x` on the same edge (its last leg kept upright when it was)."""
    *head, (ex, ey) = points
    if head and head[-1][0] == ex:
        head[-1] = (x, head[-1][1])
    return (*head, (x, ey))
