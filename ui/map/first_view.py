"""Where the first view of a map looks: the whole map if readable, else the main conclusion and its first layer."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize

from argmap.model import ArgumentMap, Direction
from ui.map.scene import MapScene
from ui.map.style import text_px

FIT_MIN_PX = 9.0
"""The whole map is shown first only when its wording renders at least this big."""
FOCUS_PX = 11.0
"""Otherwise the conclusion and its first layer are shown with wording at least this big."""
MARGIN = 30.0


@dataclass(frozen=True)
class FirstView:
    """The zoom and scene point the first view centres on, and why."""

    zoom: float
    centre: QPointF
    whole: bool
    """True: the whole map fits; False: the readable fallback around the main conclusion."""


def fit_zoom(rect: QRectF, view: QSize) -> float:
    """The zoom that fits `rect` (with a margin) in a viewport of `view` (never above 100%)."""
    r = rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
    if r.isEmpty() or view.width() <= 0 or view.height() <= 0:
        return 1.0
    return min(view.width() / r.width(), view.height() / r.height(), 1.0)


def main_conclusion(m: ArgumentMap, scene: MapScene) -> str | None:
    """The root claim with the most reasons (a forest's biggest debate), or None."""
    reasons: dict[str, int] = {}
    for a in m.arguments:
        reasons[a.target] = reasons.get(a.target, 0) + 1
    roots = [c.id for c in m.roots()] if m.claims else []
    roots = [r for r in roots if r in scene.claims]
    return max(roots, key=lambda r: reasons.get(r, 0)) if roots else None


def first_layer(m: ArgumentMap, scene: MapScene, top: str) -> list[QRectF]:
    """The drawn boxes of `top`'s first layer (its reasons and objections), each once."""
    ids = dict.fromkeys(p for a in m.arguments if a.target == top for p in a.premises if p in scene.claims)
    return [scene.claims[p].sceneBoundingRect() for p in ids]


def focus_rect(m: ArgumentMap, scene: MapScene) -> QRectF:
    """The main conclusion's box and the boxes of its first layer (reasons and objections)."""
    top = main_conclusion(m, scene)
    if top is None:
        return scene.map_rect()
    rect = scene.claims[top].sceneBoundingRect()
    for box in first_layer(m, scene, top):
        rect = rect.united(box)
    return rect


def _span(r: QRectF, across: bool) -> tuple[float, float]:
    return (r.top(), r.bottom()) if across else (r.left(), r.right())


def nearest_rect(conclusion: QRectF, layer: list[QRectF], room: float, left_right: bool) -> QRectF:
    """The conclusion and as many of its first layer, nearest first, as fit whole across `room` scene px.

    The layer runs across the view (left to right in a top-down map): each side grows box by
    box from the conclusion outwards and stops at the first box that would not fit.
    """

    def mid(r: QRectF) -> float:
        lo, hi = _span(r, left_right)
        return (lo + hi) / 2

    at = mid(conclusion)
    before = sorted((r for r in layer if mid(r) < at), key=mid, reverse=True)
    after = sorted((r for r in layer if mid(r) >= at), key=mid)
    rect = conclusion
    while before or after:
        side = min((s for s in (before, after) if s), key=lambda s: abs(mid(s[0]) - at))
        grown = rect.united(side[0])
        lo, hi = _span(grown, left_right)
        if hi - lo > room:
            side.clear()  # this side is full: its next box would be cut off
            continue
        rect = grown
        side.pop(0)
    return rect


def first_view(m: ArgumentMap, scene: MapScene, view: QSize) -> FirstView:
    """The first view of `m` in a viewport of `view` pixels.

    The whole map when it reads at FIT_MIN_PX or more; else the main conclusion with its whole
    first layer when that reads at FOCUS_PX or more; else (a first layer wider than the window)
    the conclusion with its nearest reasons and objections, each box whole, at FOCUS_PX.
    """
    whole = scene.map_rect()
    px = float(text_px())
    z = fit_zoom(whole, view)
    if whole.isEmpty() or z * px >= FIT_MIN_PX:
        return FirstView(z if not whole.isEmpty() else 1.0, whole.center(), True)
    top = main_conclusion(m, scene)
    focus = focus_rect(m, scene)
    floor = FOCUS_PX / px
    zoom = min(1.0, fit_zoom(focus, view))
    left_right = m.layout.direction == Direction.LEFT_RIGHT
    if zoom < floor:  # the first layer is too wide to read whole: the nearest part of it
        zoom = floor
        if top is not None:
            room = (view.height() if left_right else view.width()) / zoom - 2 * MARGIN
            conclusion = scene.claims[top].sceneBoundingRect()
            focus = nearest_rect(conclusion, first_layer(m, scene, top), room, left_right)
    if left_right:  # its left near the left: room on the right
        centre = QPointF(focus.left() - MARGIN + view.width() / 2 / zoom, focus.center().y())
    else:  # its top near the top: room below
        centre = QPointF(focus.center().x(), focus.top() - MARGIN + view.height() / 2 / zoom)
    return FirstView(zoom, centre, False)
