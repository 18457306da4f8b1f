"""MapView: the canvas widget the window embeds; zoom, pan, selection, keyboard travel, gestures."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QLabel, QWidget
from typing_extensions import override

from argmap import edits
from argmap.model import ArgumentMap, Direction
from argmap.ops import Op
from ui.document.actions import Registry, Scope
from ui.document.document import Document
from ui.document.selection import Selection
from ui.map import keyboard
from ui.map.actions import context_menu, register_map_actions
from ui.map.claim_item import ClaimItem
from ui.map.edge_item import EdgeItem, JunctionItem
from ui.map.find_bar import FindBar
from ui.map.first_view import first_view
from ui.map.handles import Handles
from ui.map.inplace_editor import InplaceEditor
from ui.map.interactions import Interaction, MoveDrag, PanDrag
from ui.map.marks import fade_except, mark_matches
from ui.map.overview import OVERVIEW_MIN_CLAIMS, OVERVIEW_ZOOM, OverviewScene
from ui.map.reveal_view import RevealView
from ui.map.scene import MapScene
from ui.map.style import palette as map_palette
from ui.map.style import set_text_scale
from ui.map.wide_map import WideMapBar

EMPTY_MAP = (
    "This map is empty. Select a sentence in the article and press C (conclusion), "
    "P (premise), O (objection) or R (rebuttal): its box appears here. "
    "Double-click here to add a claim of your own."
)
READABLE_ZOOM = 0.7
"""Zoom a click on the overview of a big map goes to (wording about 11 px)."""
_ARROWS = {Qt.Key.Key_Up: "up", Qt.Key.Key_Down: "down", Qt.Key.Key_Left: "left", Qt.Key.Key_Right: "right"}


class MapView(RevealView):
    """The argument map of a document; shows and changes the shared `Selection`.

    Its commands are declared in the `Registry` it is given (a private one when alone).
    """

    message = Signal(str)
    """A short note for the status bar (e.g. why a drop did nothing)."""

    def __init__(
        self,
        session: Document,
        selection: Selection | None = None,
        registry: Registry | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.selection = selection if selection is not None else Selection(self)
        self._following = False
        self._wanted: set[str] = set()
        """The selection's ids as a set (items built later are selected from it)."""
        self.map_scene = MapScene(self)
        self.map_scene.sync(session.map)  # before setScene: adding items to a shown scene is slower
        self.setScene(self.map_scene)
        self._overview = OverviewScene(self)
        self._overview.mark_stale(self.map_scene.layout, session.map, self.map_scene.sceneRect())
        self.follow_theme()
        self.setObjectName("mapView")
        self.setAccessibleName("Argument map")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, True)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._interaction: Interaction | None = None
        self._space = False
        self._find_text = ""
        self._editor: InplaceEditor | None = None
        self._filter: set[str] | None = None
        self._shown_current: ClaimItem | None = None
        self._fitted_size = QSize()
        self.map_scene.selectionChanged.connect(self._on_selection)
        self.map_scene.decorators["selection"] = self._select_new
        session.changed.connect(self._on_changed)
        session.replaced.connect(self._on_replaced)
        self.selection.changed.connect(self._follow_selection)
        self.registry = registry if registry is not None else Registry(session, self)
        self.registry.scopes[Scope.MAP] = self
        self.actions_by_name: dict[str, QAction] = register_map_actions(self.registry, self)
        self.find_bar = FindBar(self, self.find, self.clear_find)
        self.empty_note = QLabel(EMPTY_MAP, self.viewport())  # what to do on an empty canvas
        self.empty_note.setWordWrap(True)
        self.empty_note.setMargin(24)
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_note.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._place_empty_note()
        self.handles = Handles(self)  # "+ reason" / "− objection" / "+ co-premise" buttons, drag-to-connect
        self.wide_bar = WideMapBar(self)  # a wide top-down map: offer left to right

    # --- public API -----------------------------------------------------------

    def current_map(self) -> ArgumentMap:
        """The map being shown (the session's)."""
        return self.session.map

    def selected_claims(self) -> list[str]:
        """Selected claim ids shown in the map, in the order they were selected."""
        return [i for i in self.selection.ids if i in self.map_scene.claims]

    def selected_arguments(self) -> list[str]:
        """Ids of selected reasons (their line or junction)."""
        known = {a.id for a in self.session.map.arguments}
        return [i for i in self.selection.ids if i in known]

    def select_claim(self, claim_id: str, *, centre: bool = True) -> bool:
        """Make one claim the selection and scroll to it; False if it is not shown."""
        item = self.map_scene.claims.get(claim_id)
        if item is None:
            return False
        self.selection.select(claim_id)
        item.setFocus()
        if self.in_overview():
            self.set_zoom(READABLE_ZOOM)
        if centre:
            self.ensureVisible(item, 40, 40)
        return True

    def select_claims(self, claim_ids: list[str]) -> None:
        """Make these claims the selection (in this order)."""
        self.selection.set([c for c in claim_ids if c in self.map_scene.claims])

    def last_find_text(self) -> str:
        """The text of the last search (for Find Next)."""
        return self._find_text

    def zoom_fit(self) -> None:
        """Fit the whole map in the window (never above 100%)."""
        rect = self.map_scene.map_rect().adjusted(-30, -30, 30, 30)
        if rect.isEmpty():
            self.set_zoom(1.0)
            return
        view = self.viewport().rect()
        factor = min(view.width() / rect.width(), view.height() / rect.height(), 1.0)
        self.set_zoom(factor)
        self.centerOn(rect.center())
        self._auto_fit = True

    def relayout(self) -> None:
        """Re-layout: unpin every box and let the automatic layout place them (one undo step)."""
        op = edits.relayout(self.session.map)
        if op is not None:
            self.push(op)
        else:
            self.map_scene.sync(self.session.map)

    def find(self, text: str) -> list[str]:  # type: ignore[override]  # QWidget.find(int) is unrelated
        """Highlight claims whose wording contains `text`; select the next match. Returns all matches."""
        needle = text.casefold().strip()
        hits = mark_matches(self.map_scene, self.session.map, needle)
        if hits:
            chosen = self.selected_claims()
            current = chosen[-1] if chosen else None
            again = needle == self._find_text and current in hits
            nxt = hits[(hits.index(current) + 1) % len(hits)] if again and current else hits[0]
            self.select_claim(nxt)
        self._find_text = needle
        if needle:
            self.message.emit(f"{len(hits)} claim{'s' if len(hits) != 1 else ''} match “{text}”")
        return hits

    def open_find_bar(self) -> None:
        """Ctrl+F: the non-modal find bar over the map (Enter/F3 next, Esc closes)."""
        self.find_bar.open(self._find_text)

    def clear_find(self) -> None:
        """Take the find marks off and give the keyboard back to the map."""
        mark_matches(self.map_scene, self.session.map, "")
        self._find_text = ""
        self.setFocus()

    def set_filter(self, only: set[str] | None) -> None:
        """Fade every claim not in `only` (e.g. claims with a tag) and its lines; None shows all."""
        self._filter = only
        fade_except(self.map_scene, self.session.map, only)

    def edit_claim(self, claim_id: str | None = None) -> bool:
        """Open the in-place editor on a claim (default: the current one)."""
        chosen = self.selected_claims()
        cid = claim_id or (chosen[-1] if chosen else None)
        item = self.map_scene.claims.get(cid or "")
        if item is None:
            return False
        self.select_claim(item.claim_id)
        self._editor = InplaceEditor(self, item, self._commit_wording)
        return True

    def push(self, op: Op | None, merge_id: int = -1) -> bool:
        """Push an op on the document (which reports a refusal); True when it was applied."""
        return self.session.push(op, merge_id)

    def refresh(self) -> None:
        """Show the map again after a display setting of the scene changed (a branch focused)."""
        self._on_changed()

    # --- sync -----------------------------------------------------------------

    def _on_changed(self) -> None:
        chosen = self.selected_claims()
        anchor = self.map_scene.claims.get(chosen[-1]) if chosen else None
        screen = self.viewport().rect().center()
        point = anchor.pos() if anchor is not None else self.mapToScene(screen)
        screen = self.mapFromScene(point)
        had_caption = self.map_scene.tray_caption is not None
        self.map_scene.sync(self.session.map)
        self._update_overview(changed=True)
        self._place_empty_note()
        if self.session.map.layout.direction != Direction.TOP_DOWN:
            self.wide_bar.hide()
        if self.map_scene.layout_problem:
            self.message.emit(self.map_scene.layout_problem)
        if not had_caption and self.map_scene.tray_caption is not None:
            self.follow_theme()
        if self._filter is not None:
            fade_except(self.map_scene, self.session.map, self._filter)
        self._follow_selection()  # items were re-made or re-selected: show the selection again
        if anchor is not None and anchor.scene() is self.map_scene:
            point = anchor.pos()
        shift = self.mapFromScene(point) - screen
        if shift.manhattanLength() > 0:  # keep what the user works on where it was on screen
            h, v = self.horizontalScrollBar(), self.verticalScrollBar()
            h.setValue(h.value() + shift.x())
            v.setValue(v.value() + shift.y())
        current = self.map_scene.claims.get(self.selection.current or "")
        if current is not None and not self._in_view(current):  # the new or edited box: the least scroll
            self.ensureVisible(current, 40, 40)

    def set_text_scale(self, scale: float) -> None:
        """Canvas wording at `scale` times its default size (the app's text-size preference)."""
        if set_text_scale(scale):
            self._rebuild_scene()

    def _place_empty_note(self) -> None:
        self.empty_note.setVisible(not self.session.map.claims)
        self.empty_note.setGeometry(self.viewport().rect())

    def _on_replaced(self) -> None:
        self._find_text = ""  # a new document: Find Next starts from its first match
        self._rebuild_scene()
        self._place_empty_note()
        self.wide_bar.forget()
        self.zoom_start()

    def _rebuild_scene(self) -> None:
        old = self.map_scene
        self.map_scene = MapScene(self)
        self.map_scene.sync(self.session.map)
        self.map_scene.selectionChanged.connect(self._on_selection)
        self.map_scene.decorators["selection"] = self._select_new
        self.setScene(self.map_scene)
        self._update_overview(changed=True)
        self.follow_theme()
        old.deleteLater()
        self._follow_selection()

    def _on_selection(self) -> None:
        try:
            selected = self.map_scene.selectedItems()
        except RuntimeError:  # the scene is being destroyed with the window
            return
        if self._following:
            return
        chosen = {i.claim_id for i in selected if isinstance(i, ClaimItem)}
        chosen |= {i.argument_id for i in selected if isinstance(i, EdgeItem | JunctionItem)}
        order = [c for c in self.selection.ids if c in chosen]
        order += sorted(chosen - set(order))
        self.selection.set(order)

    def _follow_selection(self) -> None:
        """Select the items of the shared selection (nothing is emitted back); scroll to a new current claim."""
        want = self._wanted = set(self.selection.ids)
        try:
            items = self.map_scene.items()
        except RuntimeError:  # the scene is being destroyed with the window
            return
        self._following = True
        try:
            for item in items:
                if isinstance(item, ClaimItem):
                    on = item.claim_id in want
                elif isinstance(item, EdgeItem | JunctionItem):
                    on = item.argument_id in want
                else:
                    continue
                if item.isSelected() != on:
                    item.setSelected(on)
        finally:
            self._following = False
        current = self.map_scene.claims.get(self.selection.current or "")
        if current is not None and current is not self._shown_current and not self._in_view(current):
            self.ensureVisible(
                current, 40, 40
            )  # a box already in view stays put: a press starts a drag there
        self._shown_current = current

    def _select_new(self, item: QGraphicsItem) -> None:
        """An item built after the selection was made (a big map builds what comes into view): select it if chosen."""
        key = item.claim_id if isinstance(item, ClaimItem) else getattr(item, "argument_id", None)
        if key in self._wanted:
            was, self._following = self._following, True
            item.setSelected(True)
            self._following = was

    def _in_view(self, item: ClaimItem) -> bool:
        return self.visible_rect().contains(item.sceneBoundingRect())

    def _commit_wording(self, claim_id: str, text: str) -> None:
        self._editor = None
        self.setFocus()
        self.session.edit(lambda m: edits.set_wording(m, claim_id, text))

    # --- events ---------------------------------------------------------------

    def zoom_start(self) -> None:
        """The first view of a map: all of it if readable, else its conclusion and first layer (first_view.py)."""
        plan = first_view(self.session.map, self.map_scene, self.viewport().size())
        self.set_zoom(plan.zoom)
        self.centerOn(plan.centre)
        self._auto_fit = True
        self.wide_bar.offer()

    @override
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.follow_theme()

    def follow_theme(self) -> None:
        """Canvas behind the boxes follows the app's light or dark theme; boxes stay paper-white."""
        window = self.palette().color(QPalette.ColorRole.Window)
        dark = window.lightness() < 110
        brush = QColor("#3A3A3A") if dark else map_palette().background
        self.map_scene.setBackgroundBrush(brush)
        self._overview.setBackgroundBrush(brush)
        caption = self.map_scene.tray_caption
        if caption is not None:
            caption.setBrush(QColor("#D0D0D0") if dark else map_palette().muted)

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Re-fit only when the widget itself was resized: reacting to scroll bars coming and
        # going (which resize the viewport) would zoom back and forth for ever.
        self.find_bar.place()
        self._place_empty_note()
        if self.wide_bar.isVisible():
            self.wide_bar.place()
        if self._auto_fit and self.size() != self._fitted_size:
            self._fitted_size = self.size()
            self.zoom_start()
        self.reveal()

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.reveal()
        pos = event.position().toPoint()
        if event.button() == Qt.MouseButton.MiddleButton or (
            event.button() == Qt.MouseButton.LeftButton and self._space
        ):
            self._interaction = PanDrag(self, pos)
            event.accept()
            return
        if event.button() == Qt.MouseButton.LeftButton and self.in_overview():
            target = self.mapToScene(pos)  # far out on a big map: a click zooms in there
            self.set_zoom(READABLE_ZOOM)
            self.centerOn(target)
            event.accept()
            return
        item = self.itemAt(pos)
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and isinstance(item, ClaimItem):
            self._interaction = MoveDrag(
                self, self.map_scene, item, self.mapToScene(pos), self.current_map, self.message.emit
            )

    @override
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._interaction is not None:
            self._interaction.move(event)
            event.accept()
            return
        super().mouseMoveEvent(event)

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._interaction is not None:
            gesture, self._interaction = self._interaction, None
            clicked = isinstance(gesture, MoveDrag) and not gesture.moved
            build = gesture.release(event)
            if build is not None:
                self.session.edit(build)
            if clicked:  # a click, not a drag: the item's own release (Ctrl+click adds to the selection)
                super().mouseReleaseEvent(event)
            event.accept()
            return
        super().mouseReleaseEvent(event)
        event.accept()  # a rubber band ends here even when no item took the release

    @override
    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self.itemAt(event.position().toPoint())
        if isinstance(item, ClaimItem):
            self.edit_claim(item.claim_id)
            event.accept()
            return
        if item is None and not self.in_overview() and event.button() == Qt.MouseButton.LeftButton:
            at = self.mapToScene(event.position().toPoint())  # a new claim where the user double-clicked
            op, new_id = edits.add_claim_at(self.session.map, (at.x(), at.y()))
            if self.push(op):
                self.select_claim(new_id, centre=False)
                self.edit_claim(new_id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    @override
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        context_menu(self, self.itemAt(event.pos())).exec(event.globalPos())

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        if key == Qt.Key.Key_Escape:
            if self._interaction is not None:
                self._interaction.cancel()
                self._interaction = None
            else:
                self.selection.clear()
            return
        if key in _ARROWS:
            mods = event.modifiers()
            if mods & Qt.KeyboardModifier.ControlModifier:
                keyboard.nudge(self, _ARROWS[key])
            else:
                keyboard.travel(self, _ARROWS[key], extend=bool(mods & Qt.KeyboardModifier.ShiftModifier))
            return
        super().keyPressEvent(event)

    @override
    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self.viewport().unsetCursor()
            return
        super().keyReleaseEvent(event)

    def add_to_selection(self, claim_id: str) -> None:
        """Select one more claim (it becomes the last selected) and scroll to it."""
        item = self.map_scene.claims.get(claim_id)
        if item is None:
            return
        self.selection.add(claim_id)
        self.ensureVisible(item, 40, 40)

    def in_overview(self) -> bool:
        """True while a big map is shown far out as one picture (click to zoom in)."""
        return self.scene() is self._overview

    @override
    def _update_overview(self, changed: bool = False) -> None:
        if changed:
            self._overview.mark_stale(self.map_scene.layout, self.session.map, self.map_scene.sceneRect())
        big = len(self.map_scene.claims) >= OVERVIEW_MIN_CLAIMS
        want = self._overview if big and self.zoom() < OVERVIEW_ZOOM else self.map_scene
        if self.scene() is not want:
            centre = self.mapToScene(self.viewport().rect().center())
            self.setScene(want)
            self.centerOn(centre)
        self.reveal()
