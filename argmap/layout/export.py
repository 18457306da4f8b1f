"""The layout export (`*.layout.json`): every box and connector the canvas draws, for other renderers and tests."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from argmap.layout.geometry import MapLayout
from argmap.model import ArgumentMap, Direction


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LayoutBox(_Strict):
    """One claim's box: top-left corner and size in map pixels (y down)."""

    claim: str
    kind: str
    """The claim's role: conclusion, premise, objection, rebuttal or none."""
    x: float
    y: float
    width: float
    height: float


class LayoutConnector(_Strict):
    """One drawn line of an argument, as a polyline in the boxes' coordinates.

    `relation` is "premise" for a premise's line into the argument's junction, or the
    argument's relation ("support", "attack") for the line from the junction to its
    target (a claim's box, or the junction of the argument it undercuts). The line into
    a box ends on the box's edge; the arrow head sits at the last point.
    """

    argument: str
    relation: str
    source: str
    target: str
    points: list[tuple[float, float]]


class LayoutJunction(_Strict):
    """Where an argument's premises join."""

    argument: str
    x: float
    y: float


class LayoutFile(_Strict):
    """The whole `*.layout.json` document."""

    format: Literal["argmap-layout"] = "argmap-layout"
    version: Literal[1] = 1
    title: str
    direction: Direction
    bounds: tuple[float, float, float, float]
    """x, y, width, height of everything drawn."""
    boxes: list[LayoutBox]
    junctions: list[LayoutJunction]
    connectors: list[LayoutConnector]


def layout_file(m: ArgumentMap, lay: MapLayout) -> LayoutFile:
    """The export of `m` as laid out in `lay` (hidden claims left out, boxes in the map's order)."""
    roles = {c.id: c.role.value for c in m.claims}
    shown = [c.id for c in m.claims if c.id in lay.boxes and c.id not in lay.hidden]
    b = lay.bounds
    return LayoutFile(
        title=m.title,
        direction=m.layout.direction,
        bounds=(b.x, b.y, b.w, b.h),
        boxes=[
            LayoutBox(claim=c, kind=roles[c], x=bx.x, y=bx.y, width=bx.w, height=bx.h)
            for c in shown
            for bx in (lay.boxes[c],)
        ],
        junctions=[LayoutJunction(argument=a, x=p[0], y=p[1]) for a, p in lay.junctions.items()],
        connectors=[
            LayoutConnector(
                argument=e.argument, relation=e.kind, source=e.source, target=e.target, points=list(e.points)
            )
            for e in lay.edges
        ],
    )


def dump_layout(doc: LayoutFile) -> str:
    """The document as deterministic JSON text (2-space indent, fields in schema order)."""
    return doc.model_dump_json(indent=2) + "\n"


def read_layout(text: str) -> LayoutFile:
    """Parse and check a `*.layout.json` document (raises pydantic's ValidationError)."""
    return LayoutFile.model_validate_json(text)


def layout_schema() -> dict[str, Any]:
    """The JSON Schema of the layout export."""
    return LayoutFile.model_json_schema()
