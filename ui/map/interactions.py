"""Mouse gestures on the canvas, one small class each: move/drop-to-connect and pan."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QGraphicsView

from argmap import edits
from argmap.edits.drop_plans import plan_drop
from argmap.model import ArgumentMap
from argmap.ops import Op
from ui.map.claim_item import ClaimItem
from ui.map.drop_targets import DropFeedback, flips, keeps
from ui.map.scene import MapScene

Build = Callable[[ArgumentMap], Op | None]
"""What a gesture makes of the map; the view hands it to `Document.edit` (which reports a refusal)."""

DRAG_START = 4
"""Pixels the mouse must travel before a press becomes a drag."""


def attack_modifier(mods: Qt.KeyboardModifier) -> bool:
    """Shift or Alt at the drop flips the relation the claim's kind suggests (see `drop_targets.flips`)."""
    return flips(mods)


class Interaction:
    """A gesture in progress; the view forwards mouse events to it until `release` returns."""

    def move(self, event: QMouseEvent) -> None:
        """The mouse moved with the button held."""

    def release(self, event: QMouseEvent) -> Build | None:
        """The button was released: what the gesture makes of the map (an argmap.edits call), if anything."""
        return None

    def cancel(self) -> None:
        """Escape or focus loss: undo every visual change."""


class PanDrag(Interaction):
    """Space-drag or middle-button drag scrolls the view."""

    def __init__(self, view: QGraphicsView, start: QPoint) -> None:
        self._view = view
        self._last = start
        view.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def move(self, event: QMouseEvent) -> None:
        delta = event.position().toPoint() - self._last
        self._last = event.position().toPoint()
        h, v = self._view.horizontalScrollBar(), self._view.verticalScrollBar()
        h.setValue(h.value() - delta.x())
        v.setValue(v.value() - delta.y())

    def release(self, event: QMouseEvent) -> Build | None:
        self.cancel()
        return None

    def cancel(self) -> None:
        self._view.viewport().unsetCursor()


class MoveDrag(Interaction):
    """Dragging the selected boxes; what the drop does depends on where it lands.

    On empty canvas the boxes stay there (pinned); on a claim they become its reasons, or
    its objections when their kind attacks (objection, rebuttal; Shift/Alt flips it; Ctrl
    keeps their other connections); on a reason's junction the box joins it as a linked
    premise, or undercuts it. `DropFeedback` lights the targets and plans the drop.
    """

    def __init__(
        self,
        view: QGraphicsView,
        scene: MapScene,
        grabbed: ClaimItem,
        start: QPointF,
        get_map: Callable[[], ArgumentMap],
        notify: Callable[[str], None] = lambda _text: None,
    ) -> None:
        self._view = view
        self._notify = notify
        self._get_map = get_map
        self._scene = scene
        self._grabbed = grabbed
        self._start = start
        self._items = [i for i in scene.selectedItems() if isinstance(i, ClaimItem)]
        if grabbed not in self._items:
            self._items = [grabbed]
        self._origins = {i.claim_id: i.pos() for i in self._items}
        ids = set(self._origins)
        self._lines = [
            (e, e.points, e.kind == "premise" and e.source in ids, e.is_arrow and e.target in ids)
            for e in scene.edges.built().values()  # lines not built yet are drawn where they end after the drop
            if (e.kind == "premise" and e.source in ids) or (e.is_arrow and e.target in ids)
        ]
        self._moved = False
        self._feedback: DropFeedback | None = None

    def move(self, event: QMouseEvent) -> None:
        pos = self._view.mapToScene(event.position().toPoint())
        delta = pos - self._start
        travel = self._view.mapFromScene(pos) - self._view.mapFromScene(self._start)
        if not self._moved and travel.manhattanLength() < DRAG_START:
            return
        self._moved = True
        for item in self._items:
            item.setPos(self._origins[item.claim_id] + delta)
            item.setZValue(5)
        dx, dy = delta.x(), delta.y()
        for edge, points, moves_start, moves_end in self._lines:  # lines follow the boxes
            pts = list(points)
            if moves_start:
                pts[0] = (pts[0][0] + dx, pts[0][1] + dy)
            if moves_end:
                pts[-1] = (pts[-1][0] + dx, pts[-1][1] + dy)
            edge.set_route(tuple(pts), edge.style)
        plan = self._feedback_for().update(event.position().toPoint(), event.modifiers())
        self._notify(plan.message)

    @property
    def moved(self) -> bool:
        """True once the press became a drag (a click that never moved is not a drag)."""
        return self._moved

    def _feedback_for(self) -> DropFeedback:
        # Lit when the drag starts: every valid target, and the one under the mouse.
        if self._feedback is None:
            self._feedback = DropFeedback(
                self._view, self._scene, self._get_map(), [i.claim_id for i in self._items]
            )
        return self._feedback

    def release(self, event: QMouseEvent) -> Build | None:
        if not self._moved:
            return None
        feedback = self._feedback_for()
        feedback.update(event.position().toPoint(), event.modifiers())  # the label now shown
        target = feedback.target
        ids = list(feedback.dragged)
        centres = {i.claim_id: (i.centre().x(), i.centre().y()) for i in self._items}
        self.cancel()
        if target is None:
            return lambda _m: edits.move(centres)
        flip, keep = flips(event.modifiers()), keeps(event.modifiers())
        # The very plan the label came from, made again on the map the document holds.
        return lambda m: plan_drop(m, ids, target, flip=flip, keep=keep).op

    def cancel(self) -> None:
        if self._feedback is not None:
            self._feedback.clear()
            self._feedback = None
        for item in self._items:
            item.setPos(self._origins[item.claim_id])
            item.setZValue(2)
        for edge, points, _start, _end in self._lines:
            edge.set_route(points, edge.style)
