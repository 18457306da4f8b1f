"""Where boxes go: move (pin), unpin, re-layout, collapse or expand a branch, the layout direction."""

from __future__ import annotations

from collections.abc import Iterable

from argmap.model import ArgumentMap, Direction, Point
from argmap.ops import Batch, Op, SetCollapsed, SetDirection, SetPin


def move(centres: dict[str, tuple[float, float]]) -> Op | None:
    """Boxes dragged to new centres: pinned there, one undo step."""
    steps: list[Op] = [SetPin(cid, Point(x=round(x, 1), y=round(y, 1))) for cid, (x, y) in centres.items()]
    if not steps:
        return None
    return steps[0] if len(steps) == 1 else Batch(steps, "Move")


def unpin(m: ArgumentMap, ids: Iterable[str]) -> Op | None:
    """Let the layout place these boxes again."""
    steps: list[Op] = [SetPin(i, None) for i in ids if i in m.layout.pins]
    return Batch(steps, "Unpin") if steps else None


def relayout(m: ArgumentMap) -> Op | None:
    """Re-layout: forget every pin so the automatic layout places all boxes (one undo step)."""
    steps: list[Op] = [SetPin(i, None) for i in sorted(m.layout.pins)]
    return Batch(steps, "Re-layout") if steps else None


def set_collapsed(m: ArgumentMap, ids: Iterable[str], collapsed: bool) -> Op | None:
    """Collapse or expand the branches under these claims (only those that have reasons)."""
    with_reasons = {a.target for a in m.arguments}
    current = set(m.layout.collapsed)
    steps: list[Op] = [
        SetCollapsed(i, collapsed) for i in ids if i in with_reasons and (i in current) != collapsed
    ]
    if not steps:
        return None
    return Batch(steps, "Collapse branch" if collapsed else "Expand branch")


def fold_to_first_layer(m: ArgumentMap, top: str) -> Op | None:
    """Collapse the branch under each of `top`'s reasons and objections: `top` and its first layer stay (one undo step)."""
    layer = dict.fromkeys(p for a in m.arguments if a.target == top for p in a.premises if p != top)
    with_reasons = {a.target for a in m.arguments}
    current = set(m.layout.collapsed)
    steps: list[Op] = [SetCollapsed(i, True) for i in layer if i in with_reasons and i not in current]
    return Batch(steps, "Fold to the first layer") if steps else None


def toggle_direction(m: ArgumentMap) -> Op:
    """Lay the map out left to right, or back to top-down."""
    left_right = m.layout.direction == Direction.LEFT_RIGHT
    return SetDirection(Direction.TOP_DOWN if left_right else Direction.LEFT_RIGHT)
