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


def focus_rect(m: ArgumentMap, scene: MapScene) -> QRectF:
    """The main conclusion's box and the boxes of its first layer (reasons and objections)."""
    roots = m.roots() if m.claims else []
    if not roots or roots[0].id not in scene.claims:
        return scene.map_rect()
    top = roots[0].id
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
    if m.layout.direction == Direction.LEFT_RIGHT:  # its left near the left: room on the right
        centre = QPointF(focus.left() - MARGIN + view.width() / 2 / zoom, focus.center().y())
    else:  # its top near the top: room below
        centre = QPointF(focus.center().x(), focus.top() - MARGIN + view.height() / 2 / zoom)
    return FirstView(zoom, centre, False)
