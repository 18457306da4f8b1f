"""Drawing a connection from a box (OVA's way): a rubber line to the mouse, the lit drop targets, the drop."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPoint, QPointF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsLineItem

from ui.map.claim_item import ClaimItem
from ui.map.drop_targets import DropFeedback
from ui.map.interactions import DRAG_START
from ui.map.style import palette

if TYPE_CHECKING:
    from ui.map.view import MapView


class ConnectDrag:
    """A connection being drawn from a box: a rubber line to the mouse and the lit drop targets."""

    def __init__(self, view: MapView, source: ClaimItem, start: QPointF, pressed_at: QPoint) -> None:
        self._view = view
        self.source = source.claim_id
        self._start = start
        self._pressed_at = pressed_at
        self.moved = False
        self.feedback = DropFeedback(view, view.map_scene, view.current_map(), [source.claim_id])
        pen = QPen(palette().selection, 2, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        self._line = QGraphicsLineItem(QLineF(start, start))
        self._line.setPen(pen)
        self._line.setZValue(6)
        view.map_scene.addItem(self._line)

    def move(self, pos: QPoint, mods: Qt.KeyboardModifier) -> None:
        """The mouse moved: stretch the line, plan the drop there and say what it would do."""
        self.moved = self.moved or (pos - self._pressed_at).manhattanLength() >= DRAG_START
        if not self.moved:
            return
        self._line.setLine(QLineF(self._start, self._view.mapToScene(pos)))
        plan = self.feedback.update(pos, mods)
        self._view.message.emit(
            plan.message if plan.message else "Drag onto a box or a reason's dot to connect"
        )

    def release(self, pos: QPoint, mods: Qt.KeyboardModifier) -> None:
        """Drop: push the plan the label showed (nothing off a target); without a drag it was a click."""
        plan = self.feedback.update(pos, mods)
        self.cancel()
        if self.moved:
            self._view.push(plan.op)
            return
        item = self._view.map_scene.claims.get(self.source)  # a click near the edge still selects the box
        if item is None:
            return
        if mods & Qt.KeyboardModifier.ControlModifier:
            item.setSelected(not item.isSelected())
        else:
            self._view.select_claim(self.source, centre=False)

    def cancel(self) -> None:
        """Escape: take the line and the marks away."""
        self.feedback.clear()
        if self._line.scene() is not None:
            self._line.scene().removeItem(self._line)
