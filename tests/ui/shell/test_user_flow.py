"""A reader's session, driven through the window: open the article, tag, connect, edit, undo, save, reopen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from argmap.io.native import load
from argmap.model import Relation, Role
from tests.conftest import SAMPLE_ARTICLE
from ui.document.document import Document
from ui.shell.main_window import MainWindow


def _sentence(text: str, starts: str, ends: str) -> tuple[int, int]:
    start = text.index(starts)
    return start, text.index(ends, start) + len(ends)


def _press(qtbot, widget, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    QApplication.processEvents()
    qtbot.keyClick(widget, key, modifiers)


def _click_claim(qtbot, w: MainWindow, claim_id: str, modifiers=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    for i in range(w.outline.topLevelItemCount()):
        item = w.outline.topLevelItem(i)
        if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == claim_id:
            rect = w.outline.visualItemRect(item)
            qtbot.mouseClick(w.outline.viewport(), Qt.MouseButton.LeftButton, modifiers, rect.center())
            return
    raise AssertionError(f"{claim_id} is not a top-level row of the outline")


def test_tag_connect_edit_undo_save_reopen(qtbot, main_window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    w = main_window
    assert w.files.open_path(SAMPLE_ARTICLE)
    text = w.session.map.article.text if w.session.map.article else ""
    assert w.article.toPlainText() == text
    assert w.session.map.claims == []
    pristine = w.session.map.model_dump()

    # Select a sentence by character range (a little short of its ends) and press P.
    s, e = _sentence(text, "Open models, Zuckerberg argues", "global safety auditing.")
    w.article.select_range(s + 3, e - 2)
    _press(qtbot, w.article, Qt.Key.Key_P)
    assert len(w.session.map.claims) == 1
    premise = w.session.map.claims[0]
    assert premise.role is Role.PREMISE
    assert premise.spans[0].quote == text[s:e]  # snapped to whole words
    assert premise.text == text[s:e]
    assert w.details.claim_id == premise.id  # the new claim is selected
    assert "Undo Add claim" in w.actions_by_name["undo"].text()

    # Caret in another sentence, press C: the whole sentence becomes the conclusion.
    s2, e2 = _sentence(text, "Yet, Zuckerberg claims", "outweigh the risks.")
    w.article.select_range(s2 + 10, s2 + 10)
    _press(qtbot, w.article, Qt.Key.Key_C)
    conclusion = w.session.map.claims[1]
    assert (conclusion.role, conclusion.spans[0].quote) == (Role.CONCLUSION, text[s2:e2])

    # Select the premise, Ctrl+click the conclusion in the outline, Ctrl+K connects them.
    _click_claim(qtbot, w, premise.id)
    _click_claim(qtbot, w, conclusion.id, Qt.KeyboardModifier.ControlModifier)
    assert w.selection.ids == [premise.id, conclusion.id]
    _press(qtbot, w.outline, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    [arg] = w.session.map.arguments
    assert (arg.premises, arg.target, arg.relation) == ([premise.id], conclusion.id, Relation.SUPPORT)
    assert w.outline.topLevelItemCount() == 1  # the premise now hangs under its conclusion

    # Edit the conclusion's wording in the details panel.
    w.selection.select(conclusion.id)
    w.details.wording.selectAll()
    w.details.wording.setFocus()
    qtbot.keyClicks(w.details.wording, "Open models are worth the risk.")
    qtbot.keyClick(w.details.wording, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert w.session.map.claim(conclusion.id).text == "Open models are worth the risk."
    assert w.actions_by_name["undo"].text() == "&Undo Edit wording"
    edited = w.session.map.model_dump()

    # Undo and redo from the keyboard.
    _press(qtbot, w.article, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert w.session.map.claim(conclusion.id).text == text[s2:e2]
    _press(
        qtbot,
        w.article,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert w.session.map.model_dump() == edited

    # Save with Ctrl+S (asks for a name), the title loses its unsaved mark.
    assert w.isWindowModified()
    target = tmp_path / "my map.argmap.json"
    w.prompter.save_answer = target  # type: ignore[attr-defined]
    _press(qtbot, w.article, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert target.exists() and not w.isWindowModified()
    assert w.windowTitle().startswith("my map.argmap.json")

    # Reopen in a fresh window: the same map.
    again = MainWindow(Document(), w.settings)
    qtbot.addWidget(again)
    assert again.files.open_path(target)
    assert again.session.map.model_dump(exclude={"meta"}) == w.session.map.model_dump(exclude={"meta"})
    assert load(target).claim(conclusion.id).text == "Open models are worth the risk."

    # Undo everything, then redo everything: the identical map.
    stack = w.session.undo_stack
    while stack.canUndo():
        stack.undo()
    assert w.session.map.model_dump(exclude={"meta"}) == {k: v for k, v in pristine.items() if k != "meta"}
    while stack.canRedo():
        stack.redo()
    assert w.session.map.model_dump(exclude={"meta"}) == {k: v for k, v in edited.items() if k != "meta"}
