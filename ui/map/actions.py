"""The map's commands, declared in the registry (keys, menus, scope), and its right-click menus."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QGraphicsItem, QMenu

from argmap import edits
from argmap.model import ArgumentMap, Direction, Relation
from argmap.ops import Op
from ui.document.actions import ActionSpec, Registry, Scope
from ui.document.document import Document
from ui.map import clipboard

if TYPE_CHECKING:
    from ui.map.view import MapView

M, W = Scope.MAP, Scope.WINDOW
Std = QKeySequence.StandardKey


def register_map_actions(registry: Registry, view: MapView) -> dict[str, QAction]:
    """Declare the map's commands in the registry; returns them by id (for context menus and tests).

    Window-wide keys work wherever the focus is (a text field keeps its editing keys);
    Enter, Ins and the clipboard keys act on claims only while the map has focus.
    """
    doc = view.session
    sel = view.selection

    def on_selection(build: Callable[[ArgumentMap, list[str]], Op | None]) -> Callable[[Document], object]:
        return lambda d: d.edit(lambda m: build(m, sel.ids))

    specs = [
        # Claim menu: connect, link, undercut, switch, detach (after the tagging keys the shell declares)
        ActionSpec(
            "connect_support",
            "Connect: reasons &for the last selected",
            on_selection(lambda m, ids: edits.connect_selected(m, ids, Relation.SUPPORT)),
            ["Ctrl+K"],
            "claim",
            "connect",
            "connect",
            W,
            "The selected claims become reasons for the one selected last (Ctrl+K)",
            "Connect +",
        ),
        ActionSpec(
            "connect_attack",
            "Connect: objections &against the last selected",
            on_selection(lambda m, ids: edits.connect_selected(m, ids, Relation.ATTACK)),
            ["Ctrl+Shift+K"],
            "claim",
            "connect",
            "connect",
            W,
            "The selected claims become objections to the one selected last (Ctrl+Shift+K)",
            "Connect −",
        ),
        ActionSpec(
            "link_premises",
            "&Link as Co-premises",
            on_selection(edits.link_selected),
            ["Ctrl+J"],
            "claim",
            "connect",
            tip="The selected claims become one linked reason for the one selected last",
        ),
        ActionSpec(
            "undercut",
            "&Undercut the Selected Reason",
            on_selection(edits.undercut_selected),
            ["Ctrl+U"],
            "claim",
            "connect",
            tip="The selected claims attack the selected reason's inference",
        ),
        ActionSpec(
            "toggle_relation",
            "Switch Support/&Attack",
            on_selection(edits.flip),
            ["Ctrl+Shift+R"],
            "claim",
            "connect",
        ),
        ActionSpec(
            "disconnect",
            "De&tach",
            on_selection(edits.detach),
            ["Ctrl+Shift+D"],
            "claim",
            "connect",
            tip="Take the selected claims out of their reasons (or delete the selected reasons' links)",
        ),
        ActionSpec("edit", "&Edit Wording", lambda _d: view.edit_claim(), ["F2"], "claim", "edit"),
        ActionSpec(
            "add_reason",
            "Add &Reason",
            lambda _d: _add(view, Relation.SUPPORT),
            ["Ins", "Return", "Enter"],
            "claim",
            "edit",
            scope=M,
        ),
        ActionSpec(
            "add_objection",
            "Add &Objection",
            lambda _d: _add(view, Relation.ATTACK),
            ["Alt+Ins", "Shift+Return", "Shift+Enter"],
            "claim",
            "edit",
            scope=M,
        ),
        ActionSpec("add_claim", "&New Claim", lambda _d: _new_claim(view), ["Ctrl+Alt+N"], "claim", "edit"),
        ActionSpec(
            "delete",
            "&Delete",
            on_selection(edits.remove),
            [Std.Delete],
            "claim",
            "edit",
            tip="Delete the selected claims and reasons",
        ),
        # Map menu
        ActionSpec("cut", "Cu&t Claims", lambda _d: _cut(view), [Std.Cut], "map", "clipboard", scope=M),
        ActionSpec(
            "copy",
            "&Copy Claims",
            lambda _d: clipboard.copy_to_clipboard(doc.map, view.selected_claims()),
            [Std.Copy],
            "map",
            "clipboard",
            scope=M,
        ),
        ActionSpec(
            "paste", "&Paste Claims", lambda _d: _paste(view), [Std.Paste], "map", "clipboard", scope=M
        ),
        ActionSpec(
            "select_all",
            "Select &All Claims",
            lambda _d: sel.set(view.map_scene.claims),
            [Std.SelectAll],
            "map",
            "clipboard",
            scope=M,
        ),
        ActionSpec(
            "collapse",
            "Co&llapse Branch",
            on_selection(lambda m, ids: edits.set_collapsed(m, ids, True)),
            ["Ctrl+["],
            "map",
            "branch",
        ),
        ActionSpec(
            "expand",
            "E&xpand Branch",
            on_selection(lambda m, ids: edits.set_collapsed(m, ids, False)),
            ["Ctrl+]"],
            "map",
            "branch",
        ),
        ActionSpec("unpin", "&Unpin", on_selection(edits.unpin), ["Ctrl+Shift+U"], "map", "branch"),
        ActionSpec("find", "&Find Claim…", lambda _d: _ask_find(view), [Std.Find], "map", "find"),
        ActionSpec(
            "find_next",
            "Find &Next",
            lambda _d: view.find(view.last_find_text()),
            [Std.FindNext],
            "map",
            "find",
        ),
        ActionSpec("zoom_in", "Zoom &In", lambda _d: view.zoom_in(), [Std.ZoomIn, "Ctrl+="], "map", "zoom"),
        ActionSpec("zoom_out", "Zoom &Out", lambda _d: view.zoom_out(), [Std.ZoomOut], "map", "zoom"),
        ActionSpec("zoom_fit", "&Fit Map to Window", lambda _d: view.zoom_fit(), ["Ctrl+0"], "map", "zoom"),
        ActionSpec(
            "zoom_reset", "Actual Size (&100%)", lambda _d: view.zoom_reset(), ["Ctrl+1"], "map", "zoom"
        ),
        ActionSpec(
            "relayout",
            "&Re-layout",
            lambda _d: view.relayout(),
            ["Ctrl+L"],
            "map",
            "zoom",
            tip="Unpin every box and lay the map out again",
        ),
        ActionSpec(
            "left_right",
            "Lay Out &Left to Right",
            lambda d: d.edit(edits.toggle_direction),
            ["Ctrl+Shift+L"],
            "map",
            "zoom",
            checkable=True,
        ),
    ]
    acts = {spec.id: registry.add(spec) for spec in specs}
    for what, meaning in GESTURES:
        registry.add_gesture(what, meaning)
    direction = acts["left_right"]

    def sync_direction() -> None:
        direction.setChecked(doc.map.layout.direction == Direction.LEFT_RIGHT)

    doc.changed.connect(sync_direction)
    doc.replaced.connect(sync_direction)
    sync_direction()
    return acts


GESTURES = [
    ("Drag a box onto another", "Connect: a premise supports it, an objection or rebuttal attacks it"),
    ("Hold Shift (or Alt) while dropping", "The other way round: support becomes attack and back"),
    ("Hold Ctrl while dropping", "Keep the box's other connections (add one more)"),
    (
        "Drop a box on a reason's junction",
        "A premise joins it as a linked premise; an objection undercuts it",
    ),
    ("Drag a box onto empty canvas", "Move it there (it stays pinned; Re-layout frees it)"),
    ("Double-click a box / the canvas", "Edit its wording / add a new claim there"),
    ("Rubber-band drag, Ctrl+click", "Select several claims"),
    ("Space-drag or middle-drag; Ctrl+wheel", "Pan; zoom"),
    ("Arrow keys; Ctrl+arrows", "Go to parent, children, siblings; nudge the selected box"),
]


CLAIM_MENU = (
    "edit",
    "add_reason",
    "add_objection",
    "delete",
    "cut",
    "copy",
    "paste",
    "link_premises",
    "disconnect",
    "toggle_relation",
    "collapse",
    "expand",
    "unpin",
)
LINE_MENU = ("undercut", "disconnect", "toggle_relation", "delete")
CANVAS_MENU = ("add_claim", "paste", "relayout", "zoom_fit", "left_right")


def context_menu(view: MapView, item: QGraphicsItem | None) -> QMenu:
    """The right-click menu for a claim, a reason's line or junction, or the empty canvas."""
    from ui.map.claim_item import ClaimItem
    from ui.map.edge_item import EdgeItem, JunctionItem

    if isinstance(item, ClaimItem) and not item.isSelected():
        view.selection.select(item.claim_id)
    elif isinstance(item, EdgeItem | JunctionItem) and not item.isSelected():
        view.selection.set([*view.selected_claims(), item.argument_id])  # keep claims: "undercut" needs both
    if isinstance(item, ClaimItem):
        names: tuple[str, ...] = CLAIM_MENU
    elif isinstance(item, EdgeItem | JunctionItem):
        names = LINE_MENU
    else:
        names = CANVAS_MENU
    menu = QMenu(view)
    for name in names:
        menu.addAction(view.actions_by_name[name])
    if isinstance(item, ClaimItem):  # kind and tags of the box, right there (ui/map/claim_menu.py)
        from ui.map.claim_menu import kind_menu, tag_menu

        chosen = view.selected_claims() or [item.claim_id]
        menu.insertSeparator(menu.actions()[0] if menu.actions() else None)  # type: ignore[arg-type]
        first = menu.actions()[0]
        menu.insertMenu(first, kind_menu(view, chosen, menu))
        menu.insertMenu(first, tag_menu(view, chosen, menu))
    return menu


def _cut(view: MapView) -> None:
    ids = view.selected_claims()
    if clipboard.copy_to_clipboard(view.current_map(), ids):
        view.session.edit(lambda m: edits.remove(m, ids))


def _paste(view: MapView) -> None:
    data = clipboard.from_clipboard()
    made = clipboard.paste_op(view.current_map(), data) if data else None
    if made is not None and view.push(made[0]):
        view.select_claims(made[1])


def _add(view: MapView, relation: Relation) -> None:
    chosen = view.selected_claims()
    if not chosen:
        _new_claim(view)
        return
    made: list[str] = []

    def build(m: ArgumentMap) -> Op:
        op, new_id = edits.add_reason(m, chosen[-1], relation)
        made.append(new_id)
        return op

    if view.session.edit(build):
        new_id = made[0]
        view.select_claim(new_id)
        view.edit_claim(new_id)


def _new_claim(view: MapView) -> None:
    op, new_id = edits.add_claim(view.current_map())
    if view.push(op):
        view.select_claim(new_id)
        view.edit_claim(new_id)


def _ask_find(view: MapView) -> None:
    view.open_find_bar()  # non-modal (ui/map/find_bar.py)
