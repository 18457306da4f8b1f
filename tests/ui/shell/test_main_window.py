"""The window as a user meets it: title and unsaved mark, Save/Discard/Cancel, bad files, drops, help, first run."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from argmap.io.native import load, save
from argmap.model import Role
from tests.conftest import SAMPLE_ARTICLE, SAMPLE_MAP, SHIPPED_SAMPLE_MAP
from tests.ui.prompter import FakePrompter
from ui.document.settings import Settings
from ui.shell.help_dialog import shortcut_rows, shortcuts_html
from ui.shell.main_window import MainWindow
from ui.shell.startup import build_window

Button = QMessageBox.StandardButton


def _edited(w: MainWindow) -> None:
    w.article.select_range(0, 5)
    w.commands.tag_selection(Role.PREMISE)
    assert w.session.dirty


def test_title_shows_file_name_and_unsaved_mark(main_window: MainWindow) -> None:
    w = main_window
    assert w.files.open_path(SAMPLE_MAP)
    assert w.windowTitle() == "open-source-ai.argmap.json[*] — argmap"
    assert not w.isWindowModified() and w.file_state.text() == "Saved"
    _edited(w)
    assert w.isWindowModified() and "Unsaved" in w.file_state.text()
    assert "11 claims" in w.counts.text()
    w.session.undo_stack.undo()
    assert not w.isWindowModified()


@pytest.mark.parametrize(
    ("answer", "closes", "saved"),
    [("cancel", False, False), ("discard", True, False), ("save", True, True)],
)
def test_closing_with_changes_asks_save_discard_cancel(
    main_window: MainWindow, prompter: FakePrompter, tmp_path: Path, answer: str, closes: bool, saved: bool
) -> None:
    w = main_window
    path = tmp_path / "m.argmap.json"
    save(load(SAMPLE_MAP), path)
    assert w.files.open_path(path)
    _edited(w)
    prompter.save_changes_answer = answer  # type: ignore[assignment]
    assert w.close() is closes
    assert [q for q, _name in prompter.asked] == ["save_changes"]
    assert (len(load(path).claims) == 11) is saved


def test_opening_another_file_with_changes_can_be_cancelled(main_window: MainWindow) -> None:
    w = main_window
    assert w.files.open_path(SAMPLE_MAP)
    _edited(w)
    w.prompter.save_changes_answer = "cancel"  # type: ignore[attr-defined]
    assert not w.files.open_path(SAMPLE_ARTICLE)
    assert len(w.session.map.claims) == 11
    w.prompter.save_changes_answer = "discard"  # type: ignore[attr-defined]
    assert w.files.open_path(SAMPLE_ARTICLE)
    assert w.session.map.claims == [] and w.session.path is None


def test_a_bad_file_gives_one_clear_message(
    main_window: MainWindow, tmp_path: Path, prompter: FakePrompter
) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "broken.argmap.json"
    bad.write_text('{"schema_version": 1, "claims": [', encoding="utf-8")
    assert not main_window.files.open_path(bad)
    [(title, text)] = prompter.errors
    assert title == "Cannot open this file"
    assert "broken.argmap.json" in text and "line 1" in text and "Traceback" not in text
    assert main_window.session.path is None  # nothing half-loaded


def test_dropping_a_file_opens_it(main_window: MainWindow) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(SAMPLE_MAP))])
    event = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    main_window.dropEvent(event)
    assert main_window.session.path == SAMPLE_MAP
    assert main_window.outline.topLevelItemCount() >= 1


def test_recent_files_remember_opened_maps(main_window: MainWindow) -> None:
    assert main_window.files.open_path(SAMPLE_MAP)
    assert main_window.settings.recent_files() == [SAMPLE_MAP.resolve()]
    actions = main_window.recent_menu.actions()
    assert [a.toolTip() for a in actions] == [str(SAMPLE_MAP.resolve())]


def test_help_lists_every_shortcut(main_window: MainWindow) -> None:
    rows = shortcut_rows(main_window.registry)
    html = shortcuts_html(main_window.registry)
    names = {name for _keys, name in rows}
    assert {"Undo", "Redo", "Save", "Tag as Premise (in the article)", "Keyboard shortcuts and gestures"} <= names
    assert any(keys.startswith("Ctrl+Shift+Z") for keys, name in rows if name == "Redo")
    for action in main_window.findChildren(type(main_window.actions_by_name["save"])):
        if action.shortcuts():
            assert (
                action.shortcut().toString() in html
                or action.shortcut().toString(action.shortcut().SequenceFormat.NativeText) in html
            )


def test_tag_keys_work_only_in_the_article(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = main_window
    assert w.files.open_path(SAMPLE_ARTICLE)
    # a slow extraction shows a progress dialog, which the offscreen platform does not hand the
    # activation back from: key shortcuts need the active window
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=2000)
    w.details.show_claim(None)
    w.outline.setFocus()
    QApplication.processEvents()
    qtbot.keyClick(w.outline, Qt.Key.Key_P)
    assert w.session.map.claims == []
    w.article.setFocus()
    QApplication.processEvents()
    qtbot.keyClick(w.article, Qt.Key.Key_O)
    assert [c.role for c in w.session.map.claims] == [Role.OBJECTION]


def test_first_run_opens_the_sample_with_getting_started(
    qtbot, shell_settings: Settings, app_look: None
) -> None:  # type: ignore[no-untyped-def]
    window = build_window(None, shell_settings)
    qtbot.addWidget(window)
    # the sample opens as a new, unsaved copy titled after it (Save asks where; see test_first_run_sample.py)
    assert window.session.path is None and window.session.map.title == load(SHIPPED_SAMPLE_MAP).title
    assert window.windowTitle().startswith(load(SHIPPED_SAMPLE_MAP).title)
    assert not window.start_dock.isHidden()
    assert not shell_settings.first_run
    second = build_window(None, shell_settings)
    qtbot.addWidget(second)
    assert second.start_dock.isHidden() and second.session.map.claims == []


def test_article_named_on_the_command_line_starts_a_map(
    qtbot, shell_settings: Settings, app_look: None
) -> None:  # type: ignore[no-untyped-def]
    shell_settings.mark_first_run_done()
    window = build_window(SAMPLE_ARTICLE, shell_settings)
    qtbot.addWidget(window)
    assert window.session.map.article is not None and window.session.path is None
    assert window.article.toPlainText().startswith("Zuckerberg on open source AI")


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_export_image_from_the_file_menu(
    main_window: MainWindow, prompter: FakePrompter, tmp_path: Path, suffix: str
) -> None:
    target = tmp_path / f"map{suffix}"
    prompter.dialog = lambda dialog: (dialog.path_edit.setText(str(target)), True)[1]  # type: ignore[attr-defined]
    assert main_window.files.open_path(SAMPLE_MAP)
    main_window.actions_by_name["export_image"].trigger()
    assert target.exists() and target.stat().st_size > 1000
    if suffix == ".svg":
        svg = target.read_text(encoding="utf-8")
        assert "Open source is the" in svg and "better path for AI." in svg  # text kept as text, line by line
    if suffix == ".pdf":
        assert target.read_bytes().startswith(b"%PDF") and b"/Page" in target.read_bytes()
    if suffix == ".png":
        from PySide6.QtGui import QImage

        image = QImage(str(target))
        assert image.width() > 600  # scale 2 by default: print quality
        corner = image.pixel(0, 0)
        step = max(1, image.width() // 80)
        inked = sum(
            image.pixel(x, y) != corner
            for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)
        )
        assert inked > 50
    assert target.name in main_window.statusBar().currentMessage()


def test_export_map_as_argdown_and_open_it_again(main_window: MainWindow, tmp_path: Path) -> None:
    w = main_window
    assert w.files.open_path(SAMPLE_MAP)
    target = tmp_path / "sample.argdown"
    w.prompter.save_answer = target  # type: ignore[attr-defined]
    w.actions_by_name["export_map"].trigger()
    assert "Open source is the better path for AI." in target.read_text(encoding="utf-8")
    assert w.files.open_path(target)
    assert w.session.path is None  # an import is a new document: Save asks for a native name
    texts = {c.text for c in w.session.map.claims}
    assert "Open source is the better path for AI." in texts
    assert w.statusBar().currentMessage() == "Imported sample.argdown"


def test_unknown_file_type_is_refused_with_a_message(
    main_window: MainWindow, tmp_path: Path, prompter: FakePrompter
) -> None:  # type: ignore[no-untyped-def]
    odd = tmp_path / "notes.bin"
    odd.write_bytes(b"\x00\x01\x02binary")
    assert not main_window.files.open_path(odd)
    [(_title, text)] = prompter.errors
    assert text.startswith(str(odd)) and "binary" in text


def test_command_line_imports_other_formats(
    qtbot, shell_settings: Settings, tmp_path: Path, app_look: None
) -> None:  # type: ignore[no-untyped-def]
    from argmap.io.formats import write_map

    shell_settings.mark_first_run_done()
    target = tmp_path / "sample.argdown"
    write_map(load(SAMPLE_MAP), target)
    window = build_window(target, shell_settings)
    qtbot.addWidget(window)
    assert window.session.path is None and len(window.session.map.claims) >= 10


def test_closing_signal_only_when_the_user_agrees(main_window: MainWindow) -> None:
    closed: list[bool] = []
    main_window.closing.connect(lambda: closed.append(True))
    assert main_window.files.open_path(SAMPLE_MAP)
    _edited(main_window)
    main_window.prompter.save_changes_answer = "cancel"  # type: ignore[attr-defined]
    main_window.close()
    assert closed == []
    main_window.prompter.save_changes_answer = "discard"  # type: ignore[attr-defined]
    main_window.close()
    assert closed == [True]


def test_help_includes_the_canvas_commands_and_no_window_shortcut_is_taken_twice(
    main_window: MainWindow,
) -> None:
    from PySide6.QtGui import QAction

    names = {name for _keys, name in shortcut_rows(main_window.registry)}
    assert {"Fit Map to Window", "Find Claim", "Connect: reasons for the last selected"} <= names
    window_wide: dict[str, str] = {}
    for action in main_window.findChildren(QAction):
        if action.shortcutContext() not in (
            Qt.ShortcutContext.WindowShortcut,
            Qt.ShortcutContext.ApplicationShortcut,
        ):
            continue
        for key in action.shortcuts():
            text = key.toString()
            assert text not in window_wide, f"{text} is both {window_wide[text]!r} and {action.text()!r}"
            window_wide[text] = action.text()
    for action in main_window.findChildren(QAction):  # a focused widget's key would be ambiguous too
        if action.shortcutContext() in (
            Qt.ShortcutContext.WindowShortcut,
            Qt.ShortcutContext.ApplicationShortcut,
        ):
            continue
        for key in action.shortcuts():
            assert key.toString() not in window_wide, (
                f"{key.toString()} is also {window_wide[key.toString()]!r}"
            )


def test_a_file_changed_by_another_program_is_not_overwritten_silently(
    main_window: MainWindow, tmp_path: Path
) -> None:
    import os
    import shutil

    w = main_window
    path = tmp_path / "shared.argmap.json"
    shutil.copy(SAMPLE_MAP, path)
    assert w.files.open_path(path)
    _edited(w)
    other = path.read_text(encoding="utf-8").replace("Open source is the better path", "Edited elsewhere")
    path.write_text(other, encoding="utf-8")
    os.utime(path, (1, 1))  # make sure the stamp differs even on a coarse clock
    w.prompter.disk_answer = "cancel"  # type: ignore[attr-defined]
    assert not w.files.save()
    assert w.prompter.asked[-1] == ("changed_on_disk", path.name)  # type: ignore[attr-defined]
    assert path.read_text(encoding="utf-8") == other, "the other program's version is untouched"
    assert w.session.dirty, "the document keeps its unsaved changes"
    w.prompter.disk_answer = "overwrite"  # type: ignore[attr-defined]
    assert w.files.save()
    assert "Edited elsewhere" not in path.read_text(encoding="utf-8")
    assert not w.session.dirty


def test_an_inconsistent_map_is_refused_with_one_message_and_the_open_map_stays(
    main_window: MainWindow, tmp_path: Path, prompter: FakePrompter
) -> None:
    import json

    w = main_window
    assert w.files.open_path(SAMPLE_MAP)
    doc = json.loads(SAMPLE_MAP.read_text(encoding="utf-8"))
    doc["arguments"][0]["premises"] = ["ghost"]
    bad = tmp_path / "broken.argmap.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    assert not w.files.open_path(bad)
    assert len(prompter.errors) == 1
    _title, text = prompter.errors[0]
    assert "broken.argmap.json" in text and "premise 'ghost'" in text
    assert w.session.path == SAMPLE_MAP and len(w.session.map.claims) == 10
