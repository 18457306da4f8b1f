"""Arrow keys on the canvas: travel to parent, children and siblings; Ctrl+arrows nudge a box."""

from __future__ import annotations

from typing import TYPE_CHECKING

from argmap.layout.navigation import Neighbours
from argmap.model import Point
from argmap.ops import SetPin
from ui.document.commands import MERGE_NUDGE

if TYPE_CHECKING:
    from ui.map.view import MapView

NUDGE = 10.0
"""Scene pixels a Ctrl+arrow moves the selected box."""
_STEP = {"left": (-NUDGE, 0.0), "right": (NUDGE, 0.0), "up": (0.0, -NUDGE), "down": (0.0, NUDGE)}


def travel(view: MapView, key: str, extend: bool = False) -> None:
    """Go to the parent, a child or a sibling of the current claim; with `extend`, add it to the selection."""
    claims = view.map_scene.claims
    chosen = view.selected_claims()
    if not chosen:
        first = next(iter(claims), None)
        if first is not None:
            view.select_claim(first)
        return
    m = view.current_map()
    target = Neighbours(m, set(claims)).step(chosen[-1], key, m.layout.direction)
    if target is None:
        return
    if extend:
        view.add_to_selection(target)
    else:
        view.select_claim(target)


def nudge(view: MapView, key: str) -> None:
    """Move the one selected box a little and pin it; consecutive nudges are one undo step."""
    chosen = view.selected_claims()
    item = view.map_scene.claims.get(chosen[0]) if len(chosen) == 1 else None
    if item is None:
        return
    dx, dy = _STEP[key]
    c = item.centre()
    view.push(SetPin(item.claim_id, Point(x=c.x() + dx, y=c.y() + dy)), MERGE_NUDGE)
