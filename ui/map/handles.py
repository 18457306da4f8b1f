"""Direct handles on the hovered or selected box: "+ reason", "− objection", "+ co-premise", and drag-to-connect.

Rationale's way: buttons under the box add a new claim in place. OVA's way: drag from the
knob on the box's outgoing side (or from its edge) to another box or a reason's junction
to connect; `DropFeedback` lights the targets and labels what the drop will do.
`Handles(view)` watches the view's mouse and keys through event filters, so the view
itself only creates it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QKeyEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget
from shiboken6 import isValid
from typing_extensions import override

from argmap import edits
from argmap.edits.drop_plans import add_co_premise, reason_of
from argmap.model import Direction, Relation
from ui.map.claim_item import ClaimItem
from ui.map.connect_drag import ConnectDrag
from ui.map.style import USER_TYPE, label_font, palette

if TYPE_CHECKING:
    from ui.map.view import MapView

EDGE_BAND = 6
"""Screen pixels inside a box's border where a press starts a connection instead of a move."""
KNOB_R = 8.0
BUTTON_H = 24.0
BUTTON_PX = 13


@dataclass(frozen=True)
class Button:
    """One handle button: what it does, its words and its tooltip."""

    name: str
    text: str
    tip: str
    short: str
    """What the button reads where its words would cover a neighbouring box (a map zoomed out)."""


REASON = Button("reason", "+ reason", "Add a reason for this claim", "+")
OBJECTION = Button("objection", "− objection", "Add an objection to this claim", "−")
CO_PREMISE = Button("co_premise", "+ co-premise", "Add a premise that works together with this one", "&")
BUTTON_GAP = 6.0


def button_widths(buttons: list[Button], short: int = 0) -> list[float]:
    """Width of each button as drawn, in screen pixels (the box measurer keeps room for the row).

    The last `short` buttons are round, one symbol each, as wide as they are high.
    """
    metrics = QFontMetricsF(label_font(BUTTON_PX, bold=False))
    cut = len(buttons) - short
    return [metrics.horizontalAdvance(b.text) + 18 if i < cut else BUTTON_H for i, b in enumerate(buttons)]


def row_width(buttons: list[Button], short: int = 0) -> float:
    """Width of a row of handle buttons as drawn, in screen pixels (the last `short` as symbols)."""
    return sum(button_widths(buttons, short)) + BUTTON_GAP * (len(buttons) - 1)


class HandleBar(QGraphicsItem):
    """The row of buttons under a box, drawn at a fixed screen size whatever the zoom."""

    Type = USER_TYPE + 22

    def __init__(self) -> None:
        super().__init__()
        self.claim_id = ""
        self.buttons: list[tuple[Button, QRectF]] = []
        self.short = 0
        """How many of the last buttons are round with one symbol (their words would cover a neighbouring box)."""
        self._font = QFont(label_font(BUTTON_PX, bold=False))
        self._short_font = QFont(label_font(BUTTON_PX + 3, bold=True))
        self._rect = QRectF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setZValue(7)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # the Handles filter takes its clicks

    @override
    def type(self) -> int:
        return int(self.Type)

    def set_buttons(self, claim_id: str, buttons: list[Button], short: int = 0) -> None:
        """Show these buttons for `claim_id`, centred on the item's position (the last `short` as symbols)."""
        self.prepareGeometryChange()
        self.claim_id = claim_id
        self.short = short
        widths = button_widths(buttons, short)
        total = row_width(buttons, short)
        x = -total / 2
        self.buttons = []
        for b, w in zip(buttons, widths, strict=True):
            self.buttons.append((b, QRectF(x, 5, w, BUTTON_H)))
            x += w + BUTTON_GAP
        self._rect = QRectF(-total / 2, 5, total, BUTTON_H)
        self.show_tip(None)
        self.update()

    def show_tip(self, button: Button | None) -> None:
        """The tooltip of the button under the mouse, or of the whole row."""
        self.setToolTip(button.tip if button is not None else "; ".join(b.tip for b, _r in self.buttons))

    def button_at(self, local: QPointF) -> Button | None:
        """The button under a point in the bar's own (screen-sized) coordinates."""
        return next((b for b, r in self.buttons if r.contains(local)), None)

    def button_rect(self, name: str) -> QRectF:
        """Where a button is drawn, in the bar's coordinates (empty when not shown)."""
        return next((r for b, r in self.buttons if b.name == name), QRectF())

    @override
    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2, -2, 2, 2)

    @override
    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if getattr(self.scene(), "exporting", False):
            return
        pal = palette()
        cut = len(self.buttons) - self.short
        for i, (b, r) in enumerate(self.buttons):
            ink = pal.relation(Relation.ATTACK if b is OBJECTION else Relation.SUPPORT).color
            painter.setPen(QPen(ink, 1.5))
            painter.setBrush(pal.box_fill)
            painter.drawRoundedRect(r, BUTTON_H / 2, BUTTON_H / 2)
            painter.setPen(QColor(ink).darker(150))
            painter.setFont(self._font if i < cut else self._short_font)
            painter.drawText(r, int(Qt.AlignmentFlag.AlignCenter), b.text if i < cut else b.short)


class ConnectKnob(QGraphicsItem):
    """The round knob on a box's outgoing side: drag it onto another box to connect."""

    Type = USER_TYPE + 23

    def __init__(self) -> None:
        super().__init__()
        self.claim_id = ""
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setZValue(7)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setToolTip("Drag onto another box to connect (or onto a reason's dot)")
        self.setCursor(Qt.CursorShape.CrossCursor)

    @override
    def type(self) -> int:
        return int(self.Type)

    @override
    def boundingRect(self) -> QRectF:
        return QRectF(-KNOB_R - 2, -KNOB_R - 2, 2 * KNOB_R + 4, 2 * KNOB_R + 4)

    @override
    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if getattr(self.scene(), "exporting", False):
            return
        pal = palette()
        painter.setPen(QPen(pal.selection, 2))
        painter.setBrush(pal.box_fill)
        painter.drawEllipse(QPointF(0, 0), KNOB_R, KNOB_R)
        painter.setBrush(pal.selection)
        painter.drawEllipse(QPointF(0, 0), KNOB_R / 2.5, KNOB_R / 2.5)


class Handles(QObject):
    """Shows the handles on the hovered (else the single selected) box and runs their clicks and drags."""

    def __init__(self, view: MapView) -> None:
        super().__init__(view)
        self._view = view
        self.bar = HandleBar()
        self.knob = ConnectKnob()
        self.drag: ConnectDrag | None = None
        self._hovered: str | None = None
        self._band_cursor = False
        self._scene: object = None
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)
        view.session.changed.connect(self.refresh)
        view.session.replaced.connect(self._on_replaced)
        self._on_replaced()

    # --- placement ----------------------------------------------------------------

    def _on_replaced(self) -> None:
        scene = self._view.map_scene
        if scene is self._scene:
            return
        self._scene = scene
        self.bar, self.knob = HandleBar(), ConnectKnob()  # the old scene deletes the old ones
        scene.addItem(self.bar)
        scene.addItem(self.knob)
        scene.selectionChanged.connect(self.refresh)
        self._hovered = None
        self.refresh()

    def owner(self) -> str | None:
        """The claim whose handles are shown: the hovered box, else the only selected one."""
        scene = self._view.map_scene
        if self._hovered in scene.claims:
            return self._hovered
        chosen = self._view.selected_claims()
        return chosen[0] if len(chosen) == 1 and chosen[0] in scene.claims else None

    def refresh(self) -> None:
        """Put the handles on their box (or hide them), after any change, hover or selection."""
        if not isValid(self._view) or not isValid(self.bar):
            return  # the view is being destroyed (its scene clears its selection on the way out)
        if self._scene is not self._view.map_scene:
            self._on_replaced()
            return
        cid = self.owner() if self.drag is None and not self._view.in_overview() else None
        item = self._view.map_scene.claims.get(cid or "")
        if item is None or not item.isVisible():
            self.bar.setVisible(False)
            self.knob.setVisible(False)
            return
        m = self._view.current_map()
        buttons = [REASON, OBJECTION]
        if reason_of(m, item.claim_id) is not None:
            buttons.append(CO_PREMISE)
        box = item.sceneBoundingRect()
        short = next(
            (n for n in range(len(buttons)) if not self._covers_a_neighbour(item, row_width(buttons, n))),
            len(buttons),
        )
        shown = [b for b, _ in self.bar.buttons]
        if self.bar.claim_id != item.claim_id or shown != buttons or self.bar.short != short:
            self.bar.set_buttons(item.claim_id, buttons, short)
        self.bar.setPos(QPointF(box.center().x() + self._keep_on_screen(box), box.bottom()))
        left_right = m.layout.direction == Direction.LEFT_RIGHT
        self.knob.claim_id = item.claim_id
        self.knob.setPos(
            QPointF(box.left(), box.center().y()) if left_right else QPointF(box.center().x(), box.top())
        )
        self.bar.setVisible(True)
        self.knob.setVisible(True)

    def _covers_a_neighbour(self, item: ClaimItem, width: float) -> bool:
        """True when a row of buttons `width` screen pixels wide under `item` would cover another box.

        At 100% a box leaves room for the words of "+ reason" and "− objection"; zoomed out (fit
        on a small screen) the row is wider than the box, so its last buttons, then all of
        them, are drawn as symbols instead (their tooltips keep the words).
        """
        view = self._view
        box = item.sceneBoundingRect()
        at = view.mapFromScene(QPointF(box.center().x(), box.bottom()))
        row = QRectF(at.x() - width / 2, at.y() + 5, width, BUTTON_H).toAlignedRect()
        area = view.mapToScene(row).boundingRect()
        return any(
            isinstance(i, ClaimItem) and i is not item and i.isVisible() for i in view.map_scene.items(area)
        )

    def _keep_on_screen(self, box: QRectF) -> float:
        """Scene shift that keeps the whole button row inside the view (a box at the edge)."""
        half = self.bar.boundingRect().width() / 2
        centre = self._view.mapFromScene(box.center()).x()
        width = self._view.viewport().width()
        shift = max(0.0, 4 + half - centre) - max(0.0, centre + half - (width - 4))
        return shift / max(self._view.transform().m11(), 0.01)

    # --- events -------------------------------------------------------------------

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isValid(self._view) or not isValid(self.bar):
            return False
        kind = event.type()
        if watched is self._view:
            escape = isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape
            if kind == QEvent.Type.KeyPress and escape and self.drag is not None:
                self.drag.cancel()
                self.drag = None
                self.refresh()
                return True
            return False
        if kind == QEvent.Type.Leave and self.drag is None:
            self._hovered = None
            self.refresh()
        if not isinstance(event, QMouseEvent):
            return False
        if kind == QEvent.Type.MouseMove:
            return self._moved(event)
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            return self._pressed(event, double=kind == QEvent.Type.MouseButtonDblClick)
        if kind == QEvent.Type.MouseButtonRelease and self.drag is not None:
            drag, self.drag = self.drag, None
            drag.release(event.position().toPoint(), event.modifiers())
            self.refresh()
            return True
        return False

    def _moved(self, event: QMouseEvent) -> bool:
        pos = event.position().toPoint()
        if self.drag is not None:
            self.drag.move(pos, event.modifiers())
            return True
        if event.buttons() != Qt.MouseButton.NoButton:  # the view's own drag: the handles step aside
            self.bar.setVisible(False)
            self.knob.setVisible(False)
            return False
        item = self._claim_at(pos)
        handle = self._handle_at(pos)
        on_handles = handle is not None
        if handle is self.bar:
            self.bar.show_tip(self.bar.button_at(self._local(self.bar, pos)))
        if not on_handles:
            hovered = item.claim_id if item is not None else None
            if hovered != self._hovered:
                self._hovered = hovered
                self.refresh()
        band = item is not None and not on_handles and self._in_band(item, pos)
        if band != self._band_cursor:
            self._band_cursor = band
            if band:
                self._view.viewport().setCursor(Qt.CursorShape.CrossCursor)
            else:
                self._view.viewport().unsetCursor()
        return False

    def _pressed(self, event: QMouseEvent, double: bool) -> bool:
        if event.button() != Qt.MouseButton.LeftButton or self._view.in_overview():
            return False
        pos = event.position().toPoint()
        handle = self._handle_at(pos)
        if handle is self.bar:
            button = self.bar.button_at(self._local(self.bar, pos))
            if button is not None and not double:
                self.press_button(self.bar.claim_id, button.name)
            return True
        item = self._view.map_scene.claims.get(self.knob.claim_id) if handle is self.knob else None
        if item is None and not double:
            under = self._claim_at(pos)
            item = under if under is not None and self._in_band(under, pos) else None
        if item is None:
            return False
        if not double:
            start = self.knob.scenePos() if handle is self.knob else self._view.mapToScene(pos)
            self.drag = ConnectDrag(self._view, item, start, pos)
            self.bar.setVisible(False)
            self.knob.setVisible(False)
        return True

    def press_button(self, claim_id: str, name: str) -> None:
        """What a handle button does: add a reason, an objection or a co-premise, then edit its wording."""
        view = self._view
        m = view.current_map()
        if name == CO_PREMISE.name:
            made = add_co_premise(m, claim_id)
            if made is None:
                return
            op, new_id = made
        else:
            relation = Relation.SUPPORT if name == REASON.name else Relation.ATTACK
            op, new_id = edits.add_reason(m, claim_id, relation)
        if view.push(op):
            self._hovered = None
            view.select_claim(new_id)
            view.edit_claim(new_id)

    # --- hit tests ----------------------------------------------------------------

    def _handle_at(self, pos: QPoint) -> QGraphicsItem | None:
        for item in self._view.items(pos):
            if item is self.bar and self.bar.isVisible():
                return self.bar if self.bar.button_at(self._local(self.bar, pos)) is not None else None
            if item is self.knob and self.knob.isVisible():
                return self.knob
        return None

    def _local(self, item: QGraphicsItem, pos: QPoint) -> QPointF:
        """A viewport point in the coordinates of an item drawn at screen size."""
        inverse, _ok = item.deviceTransform(self._view.viewportTransform()).inverted()
        return inverse.map(QPointF(pos))

    def button_point(self, name: str) -> QPoint:
        """The viewport point at the centre of a handle button, as drawn (for tests and tours)."""
        centre = self.bar.button_rect(name).center()
        return self.bar.deviceTransform(self._view.viewportTransform()).map(centre).toPoint()

    def knob_point(self) -> QPoint:
        """The viewport point of the connect knob, as drawn."""
        return self._view.mapFromScene(self.knob.scenePos())

    def _claim_at(self, pos: QPoint) -> ClaimItem | None:
        return next((i for i in self._view.items(pos) if isinstance(i, ClaimItem)), None)

    def _in_band(self, item: ClaimItem, pos: QPoint) -> bool:
        """True when `pos` is within `EDGE_BAND` screen pixels inside the box's border."""
        r = self._view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        inside = r.adjusted(EDGE_BAND, EDGE_BAND, -EDGE_BAND, -EDGE_BAND)
        return r.contains(pos) and not inside.contains(pos)
