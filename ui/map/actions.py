"""The canvas's commands as QActions (with shortcuts) the window can put in menus and toolbars."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QGraphicsItem, QMenu

from argmap.model import Direction, Relation
from argmap.ops import SetDirection
from ui.map import clipboard, intents

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
        lambda: view.push(intents.unpin(view.current_map(), view.selected_claims())),
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
        lambda: view.push(intents.set_collapsed(view.current_map(), view.selected_claims(), True)),
    )
    add(
        "expand",
        "E&xpand Branch",
        ["Ctrl+]"],
        lambda: view.push(intents.set_collapsed(view.current_map(), view.selected_claims(), False)),
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
    m = view.current_map()
    new = Direction.TOP_DOWN if m.layout.direction == Direction.LEFT_RIGHT else Direction.LEFT_RIGHT
    view.push(SetDirection(new))


def _delete(view: MapView) -> None:
    view.push(intents.remove(view.current_map(), view.selected_claims(), view.selected_arguments()))


def _cut(view: MapView) -> None:
    if clipboard.copy_to_clipboard(view.current_map(), view.selected_claims()):
        view.push(intents.remove(view.current_map(), view.selected_claims()))


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
    op, new_id = intents.add_reason(view.current_map(), chosen[-1], relation)
    if view.push(op):
        view.select_claim(new_id)
        view.edit_claim(new_id)


def _new_claim(view: MapView) -> None:
    op, new_id = intents.add_claim(view.current_map())
    if view.push(op):
        view.select_claim(new_id)
        view.edit_claim(new_id)


def _connect(view: MapView, relation: Relation) -> None:
    if len(view.selected_claims()) < 2:
        view.message.emit("Select two or more claims: the last one selected is the one they are reasons for")
        return
    view.push(intents.connect_selected(view.current_map(), view.selected_claims(), relation))


def _disconnect(view: MapView) -> None:
    args = view.selected_arguments()
    m = view.current_map()
    op = intents.remove(m, [], args) if args else intents.disconnect(m, view.selected_claims())
    view.push(op)


def _toggle_relation(view: MapView) -> None:
    m = view.current_map()
    args = view.selected_arguments()
    if not args:
        chosen = set(view.selected_claims())
        args = [a.id for a in m.arguments if chosen & set(a.premises)]
    view.push(intents.toggle_relation(m, args))


def _ask_find(view: MapView) -> None:
    view.open_find_bar()  # non-modal (ui/map/find_bar.py)
