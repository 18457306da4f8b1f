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


def focus_rect(m: ArgumentMap, scene: MapScene) -> QRectF:
    """The main conclusion's box and the boxes of its first layer (reasons and objections)."""
    top = main_conclusion(m, scene)
    if top is None:
        return scene.map_rect()
    rect = scene.claims[top].sceneBoundingRect()
    for a in m.arguments:
        if a.target == top:
            for p in a.premises:
                item = scene.claims.get(p)
                if item is not None:
                    rect = rect.united(item.sceneBoundingRect())
    return rect


def first_view(m: ArgumentMap, scene: MapScene, view: QSize) -> FirstView:
    """The first view of `m` in a viewport of `view` pixels."""
    whole = scene.map_rect()
    px = float(text_px())
    z = fit_zoom(whole, view)
    if whole.isEmpty() or z * px >= FIT_MIN_PX:
        return FirstView(z if not whole.isEmpty() else 1.0, whole.center(), True)
    focus = focus_rect(m, scene)
    zoom = max(FOCUS_PX / px, min(1.0, fit_zoom(focus, view)))
    top = main_conclusion(m, scene)
    at = scene.claims[top].sceneBoundingRect().center() if top is not None else focus.center()
    if m.layout.direction == Direction.LEFT_RIGHT:  # its left near the left: room on the right
        centre = QPointF(focus.left() - MARGIN + view.width() / 2 / zoom, at.y())
    else:  # its top near the top: room below
        centre = QPointF(at.x(), focus.top() - MARGIN + view.height() / 2 / zoom)
    return FirstView(zoom, centre, False)
