"""During a drag, the valid drop targets light up and the one under the mouse says what the drop will do.

Boxes get an outline; reasons' junctions grow to a disk of `ZONE_R` screen pixels (easy to
hit at any zoom). The target under the mouse is drawn strongly with a label ("support",
"attack", "linked premise", "undercut") taken from `gesture_plans.plan_drop`, the same
call whose op the drop pushes.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QStyleOptionGraphicsItem, QWidget
from typing_extensions import override

from argmap.edits.drop_plans import ATTACK, UNDERCUT, DropPlan, DropTarget, plan_drop
from argmap.model import ArgumentMap, Relation
from ui.map.claim_item import ClaimItem
from ui.map.edge_item import EdgeItem, JunctionItem
from ui.map.scene import MapScene
from ui.map.style import USER_TYPE, label_font, palette

ZONE_R = 16.0
"""Radius, in screen pixels, of a junction while it is a drop target."""
MAX_MARKS = 200
"""Above this many candidates in view, only the target under the mouse is lit (keeps drag start fast)."""
LABEL_PX = 13


def flips(mods: Qt.KeyboardModifier) -> bool:
    """Shift or Alt at the drop flips the relation the dragged claim's kind suggests."""
    return bool(mods & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier))


def keeps(mods: Qt.KeyboardModifier) -> bool:
    """Ctrl at the drop keeps the dragged claim's other connections."""
    return bool(mods & Qt.KeyboardModifier.ControlModifier)


def _ink(label: str) -> QColor:
    pal = palette()
    return QColor(pal.relation(Relation.ATTACK if label in (ATTACK, UNDERCUT) else Relation.SUPPORT).color)


class TargetMark(QGraphicsItem):
    """A lit drop target: an outline around a box (scene units) or a disk on a junction (screen units)."""

    Type = USER_TYPE + 20

    def __init__(self, target: DropTarget, rect: QRectF, disk: bool) -> None:
        super().__init__()
        self.target = target
        self.disk = disk
        self.hot = False
        self.ink = QColor(palette().selection)
        self._rect = rect
        if disk:
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setZValue(4)

    @override
    def type(self) -> int:
        return int(self.Type)

    @override
    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-4, -4, 4, 4)

    @override
    def shape(self) -> QPainterPath:
        path = QPainterPath()
        if self.disk:
            path.addEllipse(self._rect)
        else:
            path.addRect(self._rect)
        return path

    def set_hot(self, hot: bool, ink: QColor | None = None) -> None:
        """Draw strongly (the target under the mouse) in the colour of what the drop makes."""
        self.hot = hot
        self.ink = QColor(ink) if ink is not None else QColor(palette().selection)
        self.update()

    @override
    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if getattr(self.scene(), "exporting", False):
            return
        pen = QPen(self.ink, 4 if self.hot else 2)
        pen.setCosmetic(True)
        if not self.hot:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        fill = QColor(self.ink)
        fill.setAlpha(90 if self.hot else 35)
        if self.disk:
            painter.setBrush(fill)
            painter.drawEllipse(self._rect)
        else:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self._rect, 9, 9)


class DropLabel(QGraphicsItem):
    """The chip naming what the drop will do, drawn at a fixed screen size beside the target."""

    Type = USER_TYPE + 21

    def __init__(self) -> None:
        super().__init__()
        self.text = ""
        self._ink = QColor(palette().selection)
        self._font = QFont(label_font(LABEL_PX, bold=False))  # a copy: shared fonts are never changed
        self._font.setBold(True)
        self._rect = QRectF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setZValue(6)

    @override
    def type(self) -> int:
        return int(self.Type)

    def show_text(self, text: str, ink: QColor, at: QPointF) -> None:
        """Show `text` with its bottom-left corner at scene point `at`."""
        self.prepareGeometryChange()
        self.text, self._ink = text, QColor(ink)
        w = QFontMetricsF(self._font).horizontalAdvance(text) + 16
        self._rect = QRectF(0, -24, w, 22)
        self.setPos(at)
        self.setVisible(bool(text))
        self.update()

    @override
    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-1, -1, 1, 1)

    @override
    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if not self.text or getattr(self.scene(), "exporting", False):
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._ink)
        painter.drawRoundedRect(self._rect, 11, 11)
        painter.setPen(QColor("#FFFFFF"))
        painter.setFont(self._font)
        painter.drawText(self._rect, int(Qt.AlignmentFlag.AlignCenter), self.text)


class DropFeedback:
    """Lights the valid targets of one drag and plans the drop at the mouse; `clear()` removes every mark."""

    def __init__(self, view: QGraphicsView, scene: MapScene, m: ArgumentMap, dragged: Sequence[str]) -> None:
        self._view = view
        self._scene = scene
        self._map = m
        self.dragged = list(dragged)
        self._marks: dict[DropTarget, TargetMark] = {}
        self._hot: TargetMark | None = None
        self._flagged: ClaimItem | JunctionItem | None = None
        self.target: DropTarget | None = None
        self.plan = DropPlan(None)
        self._claims = {c.id: c for c in m.claims}
        self._plans: dict[tuple[DropTarget, bool, bool], DropPlan] = {}
        self._label = DropLabel()
        self._label.setVisible(False)
        scene.addItem(self._label)
        self._light_candidates()

    def _plan(self, target: DropTarget, flip: bool, keep: bool = False) -> DropPlan:
        """`plan_drop` for this drag, remembered: the map does not change while the mouse moves."""
        key = (target, flip, keep)
        plan = self._plans.get(key)
        if plan is None:
            plan = plan_drop(self._map, self.dragged, target, flip=flip, keep=keep, claims=self._claims)
            self._plans[key] = plan
        return plan

    def _valid(self, target: DropTarget) -> bool:
        return self._plan(target, False).valid or self._plan(target, True).valid

    def _light_candidates(self) -> None:
        seen = self._view.mapToScene(self._view.viewport().rect()).boundingRect()
        shown = self._scene.items(seen)  # the scene's index: only what is in view, whatever the map's size
        dragged = set(self.dragged)
        boxes = [i for i in shown if isinstance(i, ClaimItem) and i.claim_id not in dragged and i.isVisible()]
        joints = [
            j for j in shown if isinstance(j, JunctionItem) and j.isVisible() and seen.contains(j.scenePos())
        ]
        boxes.reverse()  # in reading order (the index gives the top of the stack first)
        if len(boxes) + len(joints) > MAX_MARKS:
            boxes, joints = [], []
        for box in boxes:
            target = DropTarget(claim_id=box.claim_id)
            if self._valid(target):
                rect = box.sceneBoundingRect().adjusted(-5, -5, 5, 5)
                self._add_mark(TargetMark(target, rect, disk=False))
        if len(self.dragged) == 1:
            for joint in joints:
                target = DropTarget(argument_id=joint.argument_id)
                if self._valid(target):
                    mark = TargetMark(target, QRectF(-ZONE_R, -ZONE_R, 2 * ZONE_R, 2 * ZONE_R), disk=True)
                    mark.setPos(joint.scenePos())
                    self._add_mark(mark)

    def _add_mark(self, mark: TargetMark) -> None:
        self._marks[mark.target] = mark
        self._scene.addItem(mark)

    @property
    def lit(self) -> list[DropTarget]:
        """The targets lit for this drag."""
        return list(self._marks)

    def mark(self, target: DropTarget) -> TargetMark | None:
        """The mark drawn on a target, if it is lit."""
        return self._marks.get(target)

    def target_at(self, pos: QPoint) -> DropTarget | None:
        """The drop target under a viewport point: a grown junction first, then a box, then a reason's line."""
        under = self._view.items(pos)
        for item in under:
            if isinstance(item, TargetMark) and item.disk:
                return item.target
        for item in under:
            if isinstance(item, ClaimItem) and item.claim_id not in self.dragged:
                return DropTarget(claim_id=item.claim_id)
            if isinstance(item, JunctionItem):
                return DropTarget(argument_id=item.argument_id)
            if isinstance(item, EdgeItem) and item.is_arrow:
                return DropTarget(argument_id=item.argument_id)
        return None

    def update(self, pos: QPoint, mods: Qt.KeyboardModifier) -> DropPlan:
        """Plan the drop at a viewport point with these modifiers; light that target and label it."""
        target = self.target_at(pos)
        plan = DropPlan(None)
        if target is not None:
            plan = self._plan(target, flips(mods), keeps(mods))
        self.target, self.plan = target, plan
        self._show(target, plan)
        return plan

    def _item_of(self, target: DropTarget | None) -> ClaimItem | JunctionItem | None:
        if target is None:
            return None
        if target.claim_id is not None:
            return self._scene.claims.get(target.claim_id)
        return self._scene.junctions.get(target.argument_id or "")

    def _show(self, target: DropTarget | None, plan: DropPlan) -> None:
        ink = _ink(plan.label)
        hot = self._marks.get(target) if target is not None and plan.valid else None
        if self._hot is not None and self._hot is not hot:
            self._hot.set_hot(False)
        if hot is not None:
            hot.set_hot(True, ink)
        self._hot = hot
        item = self._item_of(target) if plan.valid else None
        if self._flagged is not None and self._flagged is not item:
            self._flagged.drop_target = False
            self._flagged.update()
        if item is not None:
            item.drop_target = True
            item.update()
        self._flagged = item
        if item is None:
            self._label.show_text("", ink, QPointF())
            return
        if isinstance(item, ClaimItem):
            corner = item.sceneBoundingRect().topLeft()
        else:
            corner = item.scenePos() + QPointF(ZONE_R / max(self._view.transform().m11(), 0.01), 0)
        self._label.show_text(plan.label, ink, corner)

    def clear(self) -> None:
        """Remove every mark and the label; the boxes look as before the drag."""
        if self._flagged is not None:
            self._flagged.drop_target = False
            self._flagged.update()
            self._flagged = None
        for mark in self._marks.values():
            if mark.scene() is self._scene:
                self._scene.removeItem(mark)
        self._marks.clear()
        self._hot = None
        if self._label.scene() is self._scene:
            self._scene.removeItem(self._label)
        self.target, self.plan = None, DropPlan(None)
