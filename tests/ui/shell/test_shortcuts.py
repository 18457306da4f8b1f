"""Every window-wide shortcut does the same one thing from the window (nothing focused) and from the map."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog

from argmap.io.native import load
from argmap.model import Relation
from tests.conftest import SAMPLE_MAP
from ui.document.actions import Scope
from ui.shell.main_window import MainWindow

SKIP = {"quit", "print", "about", "projector"}
"""Close the window or open a modal dialog / another window: checked elsewhere."""


def _fresh(w: MainWindow, ids: list[str]) -> None:
    w.load(load(SAMPLE_MAP), None)
    w.selection.set(ids)
    _settle(w)


def _settle(w: MainWindow) -> None:
    """Let the window finish laying out (the details dock can widen when a claim is shown) before typing."""
    for _ in range(10):
        size = w.map_view.size()
        QApplication.processEvents()
        if w.map_view.size() == size:
            return


def _press(target, seq: QKeySequence) -> None:  # type: ignore[no-untyped-def]
    """Type a key; the shortcut runs inside keyClick (later layout passes are not part of its result)."""
    combo = seq[0]
    QTest.keyClick(target, combo.key(), combo.keyboardModifiers())


def _from_window(w: MainWindow, seq: QKeySequence) -> None:
    focus = QApplication.focusWidget()
    if focus is not None:
        focus.clearFocus()
    _press(w, seq)


def _from_map(w: MainWindow, seq: QKeySequence) -> None:
    w.map_view.setFocus()
    _press(w.map_view, seq)


def _state(w: MainWindow) -> tuple[object, ...]:
    m = w.session.map
    return (
        m.model_dump(exclude={"meta"}),
        w.session.undo_stack.undoText(),
        round(w.map_view.zoom(), 3),
        tuple(w.selection.ids),
    )


def _nudge():  # type: ignore[no-untyped-def]
    from argmap import edits

    return edits.move({"c2": (10.0, 10.0)})


def _window_actions(w: MainWindow) -> list[str]:
    return [
        spec.id
        for spec in w.registry.specs.values()
        if spec.scope is Scope.WINDOW and spec.keys and spec.id not in SKIP
    ]


def test_each_window_shortcut_does_the_same_from_the_window_and_from_the_map(
    qtbot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    w = main_window
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("open", True))  # Find's question
    ids = _window_actions(w)
    assert {"zoom_fit", "find", "edit", "delete", "collapse", "connect_attack", "undercut"} <= set(ids)
    for action_id in ids:
        action = w.actions_by_name[action_id]
        seq = action.shortcuts()[0]
        results = []
        for press in (_from_window, _from_map):
            _fresh(w, ["c6", "a1", "c2", "c1"])
            w.map_view.zoom_reset()
            if action_id in ("undo", "redo"):  # something to undo, and to redo
                w.actions_by_name["zoom_fit"].trigger()
                w.session.push(_nudge())
                if action_id == "redo":
                    w.session.undo_stack.undo()
            fired: list[bool] = []
            action.triggered.connect(lambda _c=False, f=fired: f.append(True))
            press(w, seq)
            action.triggered.disconnect()
            action.triggered.connect(lambda _c=False, s=w.registry.specs[action_id]: s.handler(w.session))
            assert fired == [True], f"{seq.toString()} did not run {action_id} ({press.__name__})"
            editor = w.map_view._editor
            if editor is not None:
                editor.finish(save=False)
            results.append(_state(w))
        assert results[0] == results[1], f"{seq.toString()} ({action_id}) differs between window and map"


def _click(w: MainWindow, claim_id: str, mods=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    view = w.map_view
    pos: QPoint = view.mapFromScene(view.map_scene.claims[claim_id].sceneBoundingRect().center())
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, mods, pos)


@pytest.mark.parametrize("where", ["window", "map"])
def test_ctrl_shift_k_on_a_supporting_pair_turns_it_into_an_objection(
    qtbot, main_window: MainWindow, where: str
) -> None:  # type: ignore[no-untyped-def]
    """Regression (issue 12): c2 supports c1; select c2 then c1; Ctrl+Shift+K: c2 attacks c1, once."""
    w = main_window
    w.load(load(SAMPLE_MAP), None)
    w.map_view.zoom_reset()
    w.map_view.select_claim("c2")  # scroll there so both boxes can be clicked
    _click(w, "c2")
    w.map_view.ensureVisible(w.map_view.map_scene.claims["c1"], 40, 40)
    _click(w, "c1", Qt.KeyboardModifier.ControlModifier)
    assert w.selection.ids == ["c2", "c1"]
    seq = QKeySequence("Ctrl+Shift+K")
    (_from_window if where == "window" else _from_map)(w, seq)
    between = [a for a in w.session.map.arguments if a.premises == ["c2"] and a.target == "c1"]
    assert [a.relation for a in between] == [Relation.ATTACK]
    assert w.actions_by_name["undo"].text() == "&Undo Turn into objection"
    assert w.session.undo_stack.count() == 1
    aid = between[0].id
    assert (aid, aid, "c1", "attack") in w.map_view.map_scene.edges  # drawn as an attack


def test_map_only_keys_do_not_fire_outside_the_map(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = main_window
    _fresh(w, ["c2"])
    w.outline.setFocus()
    n = len(w.session.map.claims)
    _press(w.outline, QKeySequence("Ins"))
    assert len(w.session.map.claims) == n  # Ins adds a reason only in the map
    _from_map(w, QKeySequence("Ins"))
    assert len(w.session.map.claims) == n + 1


def test_undo_button_keeps_its_width_the_menu_names_the_step(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Regression (issue 13, bug 7): the toolbar stays still; the step's name is in the tooltip and the menu."""
    from PySide6.QtWidgets import QToolBar

    w = main_window
    w.load(load(SAMPLE_MAP), None)
    bar = w.findChild(QToolBar, "main_toolbar")
    undo_button = bar.widgetForAction(w.actions_by_name["undo"])
    save_button = bar.widgetForAction(w.actions_by_name["save"])
    before = (undo_button.text(), undo_button.width(), save_button.x())
    w.selection.set(["c9", "c6"])
    w.actions_by_name["connect_attack"].trigger()
    QApplication.processEvents()
    assert w.actions_by_name["undo"].toolTip() == "Undo Connect as objection"
    assert w.actions_by_name["undo"].text() == "&Undo Connect as objection"
    assert (undo_button.text(), undo_button.width(), save_button.x()) == before
    assert undo_button.text() == "Undo"


def test_f1_lists_each_action_once_with_keys_a_keyboard_has_and_the_mouse_gestures(
    main_window: MainWindow,
) -> None:
    from ui.shell.help_dialog import shortcut_rows, shortcuts_html

    rows = shortcut_rows(main_window.registry)
    names = [name for _keys, name in rows]
    assert len(names) == len(set(names))  # Ctrl+K and Delete once each
    keys = " or ".join(k for k, _name in rows).split(" or ")
    assert not [k for k in keys if k.rsplit("+", 1)[-1] in ("F16", "F20", "Copy", "Cut", "Paste")]
    assert ("Ctrl+Shift+K", "Connect: objections against the last selected") in rows
    html = shortcuts_html(main_window.registry)
    assert "Drag a box onto another" in html and "an objection or rebuttal attacks it" in html
    assert "Drop a box on a reason" in html


def test_text_fields_keep_their_editing_keys(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Delete, Ctrl+Z and Return edit the text being typed, in Details and in the map's in-place editor."""
    from ui.map.inplace_editor import InplaceEditor

    w = main_window
    _fresh(w, ["c2"])
    n = len(w.session.map.claims)
    w.details.wording.setFocus()
    w.details.wording.moveCursor(w.details.wording.textCursor().MoveOperation.Start)
    _press(w.details.wording, QKeySequence("Del"))
    assert len(w.session.map.claims) == n
    assert w.details.wording.toPlainText() == w.session.map.claim("c2").text[1:]
    assert w.map_view.edit_claim("c2")
    editor = w.map_view.findChild(InplaceEditor)
    assert editor is not None
    editor.setFocus()
    _press(editor, QKeySequence("Del"))
    assert len(w.session.map.claims) == n and editor.isVisible()
    editor.finish(save=False)
