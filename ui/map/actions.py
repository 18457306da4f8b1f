"""The canvas's commands as QActions (with shortcuts) the window can put in menus and toolbars."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QGraphicsItem, QInputDialog, QMenu

from argmap import edits
from argmap.model import Direction, Relation
from argmap.ops import Op
from ui.map import clipboard

if TYPE_CHECKING:
    from ui.map.view import MapView

Keys = list[QKeySequence.StandardKey | str]


def build_actions(view: MapView) -> dict[str, QAction]:
    """Every map command by name; each is also added to the view so its shortcut works there."""
    acts: dict[str, QAction] = {}

    def add(name: str, text: str, keys: Keys, slot: Callable[[], object], tip: str = "") -> QAction:
        act = QAction(text, view)
        act.setObjectName(f"map_{name}")
        seqs: list[QKeySequence] = []
        for k in keys:
            seqs += (
                QKeySequence.keyBindings(k) if isinstance(k, QKeySequence.StandardKey) else [QKeySequence(k)]
            )
        act.setShortcuts(seqs)
        act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # not while the in-place editor has focus
        act.setStatusTip(tip or text.replace("&", "").rstrip("…"))
        act.triggered.connect(lambda _checked=False: slot())
        view.addAction(act)
        acts[name] = act
        return act

    add("zoom_in", "Zoom &In", [QKeySequence.StandardKey.ZoomIn, "Ctrl+="], view.zoom_in)
    add("zoom_out", "Zoom &Out", [QKeySequence.StandardKey.ZoomOut], view.zoom_out)
    add("zoom_fit", "&Fit Map to Window", ["Ctrl+0"], view.zoom_fit)
    add("zoom_reset", "Actual Size (&100%)", ["Ctrl+1"], view.zoom_reset)
    add("relayout", "&Re-layout", ["Ctrl+L"], view.relayout, "Unpin every box and lay the map out again")
    direction = add("left_right", "Lay Out &Left to Right", ["Ctrl+Shift+L"], lambda: _toggle_direction(view))
    direction.setCheckable(True)
    add(
        "unpin",
        "&Unpin",
        ["Ctrl+Shift+U"],
        lambda: view.push(edits.unpin(view.current_map(), view.selected_claims())),
    )
    add("edit", "&Edit Wording", ["F2"], view.edit_claim)
    add("delete", "&Delete", [QKeySequence.StandardKey.Delete], lambda: _delete(view))
    add("cut", "Cu&t Claims", [QKeySequence.StandardKey.Cut], lambda: _cut(view))
    add(
        "copy",
        "&Copy Claims",
        [QKeySequence.StandardKey.Copy],
        lambda: clipboard.copy_to_clipboard(view.current_map(), view.selected_claims()),
    )
    add("paste", "&Paste Claims", [QKeySequence.StandardKey.Paste], lambda: _paste(view))
    add("select_all", "Select &All Claims", [QKeySequence.StandardKey.SelectAll], lambda: _select_all(view))
    add("add_reason", "Add &Reason", ["Ins", "Return", "Enter"], lambda: _add(view, Relation.SUPPORT))
    add(
        "add_objection",
        "Add &Objection",
        ["Alt+Ins", "Shift+Return", "Shift+Enter"],
        lambda: _add(view, Relation.ATTACK),
    )
    add("add_claim", "&New Claim", ["Ctrl+Alt+N"], lambda: _new_claim(view))
    add(
        "connect_support",
        "Connect as Rea&son",
        ["Ctrl+K"],
        lambda: _connect(view, Relation.SUPPORT),
        "Selected claims become reasons for the last one selected",
    )
    add(
        "connect_attack",
        "Connect as O&bjection",
        ["Ctrl+Shift+K"],
        lambda: _connect(view, Relation.ATTACK),
        "Selected claims become objections to the last one selected",
    )
    add("disconnect", "Dis&connect", ["Ctrl+Shift+D"], lambda: _disconnect(view))
    add("toggle_relation", "Switch Support/&Attack", ["Ctrl+Shift+R"], lambda: _toggle_relation(view))
    add(
        "collapse",
        "Co&llapse Branch",
        ["Ctrl+["],
        lambda: view.push(edits.set_collapsed(view.current_map(), view.selected_claims(), True)),
    )
    add(
        "expand",
        "E&xpand Branch",
        ["Ctrl+]"],
        lambda: view.push(edits.set_collapsed(view.current_map(), view.selected_claims(), False)),
    )
    add("find", "&Find Claim…", [QKeySequence.StandardKey.Find], lambda: _ask_find(view))
    add(
        "find_next",
        "Find &Next",
        [QKeySequence.StandardKey.FindNext],
        lambda: view.find(view.last_find_text()),
    )
    view.session.changed.connect(
        lambda: direction.setChecked(view.current_map().layout.direction == Direction.LEFT_RIGHT)
    )
    view.session.replaced.connect(
        lambda: direction.setChecked(view.current_map().layout.direction == Direction.LEFT_RIGHT)
    )
    direction.setChecked(view.current_map().layout.direction == Direction.LEFT_RIGHT)
    return acts


CLAIM_MENU = (
    "edit",
    "add_reason",
    "add_objection",
    "delete",
    "cut",
    "copy",
    "paste",
    "disconnect",
    "toggle_relation",
    "collapse",
    "expand",
    "unpin",
)
LINE_MENU = ("disconnect", "toggle_relation", "delete")
CANVAS_MENU = ("add_claim", "paste", "relayout", "zoom_fit", "left_right")


def context_menu(view: MapView, item: QGraphicsItem | None) -> QMenu:
    """The right-click menu for a claim, a reason's line or junction, or the empty canvas."""
    from ui.map.claim_item import ClaimItem
    from ui.map.edge_item import EdgeItem, JunctionItem

    if isinstance(item, ClaimItem | EdgeItem | JunctionItem) and not item.isSelected():
        view.map_scene.clearSelection()
        item.setSelected(True)
    if isinstance(item, ClaimItem):
        names: tuple[str, ...] = CLAIM_MENU
    elif isinstance(item, EdgeItem | JunctionItem):
        names = LINE_MENU
    else:
        names = CANVAS_MENU
    menu = QMenu(view)
    for name in names:
        menu.addAction(view.actions_by_name[name])
    return menu


def _toggle_direction(view: MapView) -> None:
    view.push(edits.toggle_direction(view.current_map()))


def _build(view: MapView, make: Callable[[], Op | None]) -> Op | None:
    try:
        return make()
    except ValueError as e:  # OpError: refused in plain words
        view.message.emit(str(e))
        return None


def _delete(view: MapView) -> None:
    ids = view.selected_claims() + view.selected_arguments()
    view.push(_build(view, lambda: edits.remove(view.current_map(), ids)))


def _cut(view: MapView) -> None:
    if clipboard.copy_to_clipboard(view.current_map(), view.selected_claims()):
        view.push(_build(view, lambda: edits.remove(view.current_map(), view.selected_claims())))


def _paste(view: MapView) -> None:
    data = clipboard.from_clipboard()
    made = clipboard.paste_op(view.current_map(), data) if data else None
    if made is not None and view.push(made[0]):
        view.select_claims(made[1])


def _select_all(view: MapView) -> None:
    for item in view.map_scene.claims.values():
        item.setSelected(True)


def _add(view: MapView, relation: Relation) -> None:
    chosen = view.selected_claims()
    if not chosen:
        _new_claim(view)
        return
    op, new_id = edits.add_reason(view.current_map(), chosen[-1], relation)
    if view.push(op):
        view.select_claim(new_id)
        view.edit_claim(new_id)


def _new_claim(view: MapView) -> None:
    op, new_id = edits.add_claim(view.current_map())
    if view.push(op):
        view.select_claim(new_id)
        view.edit_claim(new_id)


def _connect(view: MapView, relation: Relation) -> None:
    ids = view.selected_claims()
    view.push(_build(view, lambda: edits.connect_selected(view.current_map(), ids, relation)))


def _disconnect(view: MapView) -> None:
    ids = view.selected_arguments() + view.selected_claims()
    view.push(_build(view, lambda: edits.detach(view.current_map(), ids)))


def _toggle_relation(view: MapView) -> None:
    ids = view.selected_arguments() + view.selected_claims()
    view.push(_build(view, lambda: edits.flip(view.current_map(), ids)))


def _ask_find(view: MapView) -> None:
    text, ok = QInputDialog.getText(view, "Find claim", "Find claims containing:", text=view.last_find_text())
    if ok:
        view.find(text)
