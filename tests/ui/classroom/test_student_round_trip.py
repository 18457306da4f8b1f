"""A student opens the students' copy, gives a name, tags two claims, saves; the map grades with no warning."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget

from argmap.cli import main as cli_main
from argmap.io.native import load
from tests.conftest import SAMPLE_MAP
from tests.ui.prompter import FakePrompter
from ui.classroom import student_open
from ui.classroom.student_open import NAME_KEY, AssignmentPanel
from ui.shell.main_window import MainWindow


@pytest.fixture
def copies(tmp_path: Path) -> tuple[Path, Path]:
    notes = tmp_path / "notes.txt"
    notes.write_text("Find the thesis and two reasons.", encoding="utf-8")
    assert (
        cli_main(
            [
                "assign",
                str(SAMPLE_MAP),
                "-o",
                str(tmp_path / "out"),
                "--title",
                "Week 3",
                "--instructions",
                str(notes),
            ]
        )
        == 0
    )
    return (
        tmp_path / "out" / "Week 3 - teacher.argmap-assignment.json",
        tmp_path / "out" / "Week 3 - students.argmap-assignment.json",
    )


def _press(qtbot, widget, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    QApplication.processEvents()
    qtbot.keyClick(widget, key)


def _tag(qtbot, w: MainWindow, starts: str, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    text = w.article.toPlainText()
    start = text.index(starts)
    w.article.select_range(start + 2, start + 2)  # the caret in the sentence: the whole sentence is tagged
    _press(qtbot, w.article, key)


def test_open_the_students_copy_tag_two_claims_save_and_grade(  # type: ignore[no-untyped-def]
    qtbot, main_window: MainWindow, prompter: FakePrompter, copies: tuple[Path, Path], tmp_path: Path, capsys
) -> None:
    teacher, students = copies
    w = main_window
    prompter.text_answer = "Ada Lovelace"
    prompter.open_answer = students
    w.actions_by_name["open"].trigger()
    assert [q for q in prompter.asked if q[0] == "text"] == [("text", "Your name")]  # asked once
    assert w.article.toPlainText() == w.session.map.article.text  # type: ignore[union-attr]
    dock = w.registry.dock_widgets["assignment"]
    assert isinstance(dock, QDockWidget) and dock.isVisible()
    qtbot.waitUntil(lambda: not dock.visibleRegion().isEmpty())  # its tab is the one in front
    panel = dock.widget()
    assert isinstance(panel, AssignmentPanel)
    assert "Find the thesis and two reasons." in panel.toPlainText()
    assert w.settings.store.value(NAME_KEY) == "Ada Lovelace"

    _tag(qtbot, w, "According to Zuckerberg, this direction", Qt.Key.Key_C)
    _tag(qtbot, w, "Open models, Zuckerberg argues", Qt.Key.Key_P)
    assert len(w.session.map.claims) == 2

    proposed: list[Path] = []

    def save_path(_title: str, suggested: Path, _filters: str) -> Path:
        proposed.append(suggested)
        return tmp_path / suggested.name

    prompter.save_path = save_path  # type: ignore[method-assign]
    w.actions_by_name["save"].trigger()
    assert proposed and proposed[0].name == "Week 3 - Ada Lovelace.argmap.json"
    assert proposed[0].parent == student_open.documents_folder()
    saved = tmp_path / "Week 3 - Ada Lovelace.argmap.json"
    m = load(saved)
    assert m.classroom is not None and m.classroom.student == "Ada Lovelace"

    capsys.readouterr()
    assert cli_main(["grade", str(teacher), str(saved)]) == 0
    out = capsys.readouterr()
    assert "warning" not in out.err
    assert "Ada Lovelace" in out.out

    # the next assignment opened: the name is remembered, not asked again
    assert w.files.open_path(students)
    assert [q for q in prompter.asked if q[0] == "text"] == [("text", "Your name")]
    assert w.session.map.classroom is not None and w.session.map.classroom.student == "Ada Lovelace"


def test_a_broken_package_gets_one_message(
    main_window: MainWindow, prompter: FakePrompter, tmp_path: Path
) -> None:
    bad = tmp_path / "x.argmap-assignment.json"
    bad.write_text('{"format": "argmap-assignment", "article": 3}', encoding="utf-8")
    assert not main_window.files.open_path(bad)
    assert [t for t, _ in prompter.errors] == ["Cannot open this assignment"]


def test_the_command_line_opens_a_students_copy_as_a_new_student_map(  # type: ignore[no-untyped-def]
    qtbot, copies: tuple[Path, Path], shell_settings, app_look
) -> None:
    from ui.shell.startup import build_window

    shell_settings.mark_first_run_done()
    shell_settings.store.setValue(NAME_KEY, "Bo")
    window = build_window(copies[1], shell_settings)
    qtbot.addWidget(window)
    m = window.session.map
    assert m.classroom is not None and (m.classroom.student, m.title) == ("Bo", "Week 3")
    assert window.session.path is None  # Save asks where, proposing the documents folder
    assert m.claims == [] and m.article is not None
