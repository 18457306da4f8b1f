"""The layout's inputs and outputs: options, boxes, edge routes and the finished map layout."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from argmap.model import Direction

Point2 = tuple[float, float]


class Box(NamedTuple):
    """A claim's box: top-left corner and size in map coordinates (pixels at 100%, y down)."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def center(self) -> Point2:
        return (self.x + self.w / 2, self.y + self.h / 2)

    def overlaps(self, other: Box) -> bool:
        """True when the two boxes share interior area (touching edges do not count)."""
        return (
            self.x < other.x + other.w
            and other.x < self.x + self.w
            and self.y < other.y + other.h
            and other.y < self.y + self.h
        )


class EdgeRoute(NamedTuple):
    """One drawn line of an argument, as a polyline that crosses no box.

    `kind` is "premise" (claim -> the argument's junction) or the argument's relation,
    "support" or "attack" (junction -> target claim, or -> the junction of the
    argument it undercuts).
    """

    source: str
    target: str
    argument: str
    kind: str
    points: tuple[Point2, ...]


@dataclass(frozen=True)
class LayoutOptions:
    """How to lay a map out; every distance is in map pixels."""

    direction: Direction | None = None
    """None: the map's own `layout.direction`."""
    gap_x: float = 24.0
    """Between neighbouring boxes of one layer."""
    gap_y: float = 64.0
    """Between layers (the junctions sit in this gap)."""
    forest_gap: float = 72.0
    """Between the trees of separate conclusions."""
    tray_gap: float = 96.0
    """Between the map and the tray of unconnected claims."""
    tray_width: float = 1200.0
    """The tray wraps at the map's width, or at this width when the map is narrower."""
    junction_at: float = 0.55
    """Where junctions sit in the gap between layers: 0 at the target, 1 at the premises."""
    junction_width: float = 8.0
    """Room a junction point takes in its row, so junctions of neighbours never coincide."""
    group_pro_con: bool = False
    """Order each claim's reasons supports first (left), then attacks (right)."""
    default_size: tuple[float, float] = (180.0, 60.0)
    """Size of a claim missing from `sizes`."""


@dataclass
class MapLayout:
    """Where everything goes: boxes, junctions, edge routes, tray, cycles, hidden claims."""

    boxes: dict[str, Box] = field(default_factory=dict)
    junctions: dict[str, Point2] = field(default_factory=dict)
    edges: list[EdgeRoute] = field(default_factory=list)
    tray: list[str] = field(default_factory=list)
    cycles: list[list[str]] = field(default_factory=list)
    hidden: set[str] = field(default_factory=set)
    bounds: Box = field(default_factory=lambda: Box(0.0, 0.0, 0.0, 0.0))


def simplified(pts: list[Point2]) -> tuple[Point2, ...]:
    """The polyline without repeated points and without middle points of straight runs."""
    out: list[Point2] = []
    for p in pts:
        if out and p == out[-1]:
            continue
        if len(out) >= 2:
            (ax, ay), (bx, by) = out[-2], out[-1]
            if (ax == bx == p[0]) or (ay == by == p[1]):
                out[-1] = p
                continue
        out.append(p)
    return tuple(out)
