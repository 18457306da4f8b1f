"""Mouse gestures on the canvas, one small class each: move/drop-to-connect and pan."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView

from argmap import edits
from argmap.model import ArgumentMap, Relation
from argmap.ops import Op, OpError
from ui.map.claim_item import ClaimItem
from ui.map.edge_item import EdgeItem, JunctionItem
from ui.map.scene import MapScene

Build = Callable[[ArgumentMap], Op | None]
"""What a gesture makes of the map; the view hands it to `Document.edit` (which reports a refusal)."""

DRAG_START = 4
"""Pixels the mouse must travel before a press becomes a drag."""


def attack_modifier(mods: Qt.KeyboardModifier) -> bool:
    """Shift or Alt at the drop makes the connection an attack."""
    return bool(mods & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier))


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

    On empty canvas the boxes stay there (pinned); on a claim they become its reasons
    (Shift/Alt: objections; Ctrl keeps their other connections); on a reason's junction
    the box joins it as a linked premise (Shift/Alt: undercuts the reason).
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
            for e in scene.edges.values()
            if (e.kind == "premise" and e.source in ids) or (e.is_arrow and e.target in ids)
        ]
        self._moved = False
        self._target: QGraphicsItem | None = None

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
        self._set_target(self._drop_target(pos))

    @property
    def moved(self) -> bool:
        """True once the press became a drag (a click that never moved is not a drag)."""
        return self._moved

    def _drop_target(self, pos: QPointF) -> QGraphicsItem | None:
        dragged = {i.claim_id for i in self._items}
        for item in self._scene.items(pos):
            if isinstance(item, ClaimItem) and item.claim_id not in dragged:
                return item
            if isinstance(item, JunctionItem):
                return item
            if isinstance(item, EdgeItem) and item.is_arrow:
                return self._scene.junctions.get(item.argument_id)
        return None

    def _set_target(self, target: QGraphicsItem | None) -> None:
        if target is self._target:
            return
        for old in (self._target,):
            if isinstance(old, ClaimItem | JunctionItem):
                old.drop_target = False
                old.update()
        self._target = target
        if isinstance(target, ClaimItem | JunctionItem):
            target.drop_target = True
            target.update()
        grabbed = self._grabbed.claim_id
        if isinstance(target, ClaimItem):
            words = " ".join(target.claim.text.split()[:8])
            attack = self._relation(grabbed, flip=False) is Relation.ATTACK
            what, other = ("an objection to", "a reason") if attack else ("a reason for", "an objection")
            self._notify(f"Drop to make it {what} “{words}…” (hold Shift for {other})")
        elif isinstance(target, JunctionItem):
            if self._relation(grabbed, flip=False) is Relation.ATTACK:
                self._notify("Drop to undercut this reason (hold Shift to join it as a linked premise)")
            else:
                self._notify("Drop to join this reason as a linked premise (hold Shift to undercut it)")
        else:
            self._notify("")

    def release(self, event: QMouseEvent) -> Build | None:
        if not self._moved:
            return None
        target = self._target
        centres = {i.claim_id: (i.centre().x(), i.centre().y()) for i in self._items}
        self.cancel()
        flip = attack_modifier(event.modifiers())
        keep = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        ids = [i.claim_id for i in self._items]
        if isinstance(target, ClaimItem):
            claim_id = target.claim_id
            return lambda m: edits.drop_on_claim(m, ids, claim_id, flip=flip, keep=keep)
        if isinstance(target, JunctionItem) and len(ids) == 1:
            argument_id = target.argument_id
            return lambda m: edits.drop_on_reason(m, ids[0], argument_id, flip=flip)
        return lambda _m: edits.move(centres)

    def _relation(self, claim_id: str, *, flip: bool) -> Relation:
        try:
            return edits.drop_relation(self._get_map(), claim_id, flip=flip)
        except OpError:
            return Relation.SUPPORT

    def cancel(self) -> None:
        self._set_target(None)
        for item in self._items:
            item.setPos(self._origins[item.claim_id])
            item.setZValue(2)
        for edge, points, _start, _end in self._lines:
            edge.set_route(points, edge.style)
