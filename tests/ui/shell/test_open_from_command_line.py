"""`argmap FILE` tells what File > Open tells (the import's warnings, one plain message for a newer map); exports say their format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from argmap.io.errors import LoadError
from tests.ui.prompter import FakePrompter
from ui.document.settings import Settings
from ui.shell.main_window import MainWindow
from ui.shell.startup import build_window

CHART_NOTE = (
    "Imported with warnings",
    "equation-and-chart.docx:\n• has 1 equation, shown as [equation] in the text\n"
    "• has 1 chart, left out (argmap shows text only)",
)


def _docx(tmp_path: Path) -> Path:
    from tests.argmap.articles.corpus import all_cases

    case = next(c for c in all_cases() if c.name == "equation-and-chart.docx")
    path = tmp_path / case.name
    path.write_bytes(case.data)
    return path


def _started(qtbot: QtBot, path: Path, settings: Settings, prompter: FakePrompter) -> MainWindow:
    """The window as `argmap FILE` builds and shows it (ui/app.py: build_window, then show)."""
    settings.mark_first_run_done()  # not the first start: no Getting started tab in the way
    window = build_window(path, settings, prompter)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_an_article_on_the_command_line_shows_its_warnings_like_file_open(
    qtbot: QtBot, tmp_path: Path, shell_settings: Settings, app_look: None
) -> None:
    path = _docx(tmp_path)
    prompter = FakePrompter()
    window = _started(qtbot, path, shell_settings, prompter)
    qtbot.waitUntil(lambda: bool(prompter.notes))
    assert prompter.notes == [CHART_NOTE]
    article = window.session.map.article
    assert article is not None and "[equation]" in article.text

    opened = FakePrompter()  # the same file through File > Open, in a window of its own
    other = MainWindow(settings=shell_settings, prompter=opened)
    qtbot.addWidget(other)
    assert other.files.open_path(path)
    assert opened.notes == prompter.notes


def test_another_map_format_on_the_command_line_shows_its_notes(
    qtbot: QtBot, tmp_path: Path, shell_settings: Settings, app_look: None
) -> None:
    path = tmp_path / "phones.argdown"
    path.write_text("# Group\n\n[A]: Claim A.\n  + [B]: Claim B.\n", encoding="utf-8")
    prompter = FakePrompter()
    window = _started(qtbot, path, shell_settings, prompter)
    qtbot.waitUntil(lambda: bool(prompter.notes))
    assert prompter.notes == [
        ("Imported with notes", "phones.argdown:\n• 1 heading (an Argdown group) is not kept")
    ]
    assert len(window.session.map.claims) == 2


def test_a_file_without_warnings_opens_without_a_note(
    qtbot: QtBot, shell_settings: Settings, app_look: None, sample_map_path: Path
) -> None:
    prompter = FakePrompter()
    _started(qtbot, sample_map_path, shell_settings, prompter)
    qtbot.wait(50)
    assert prompter.notes == [] and prompter.errors == []


def _newer(tmp_path: Path, sample_map_path: Path) -> Path:
    doc = json.loads(sample_map_path.read_text(encoding="utf-8"))
    doc["schema_version"] = 4
    path = tmp_path / "from-a-newer-argmap.argmap.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_a_newer_map_on_the_command_line_gets_one_plain_message_and_exit_2(
    qapp: QApplication,
    tmp_path: Path,
    sample_map_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shell_settings: Settings,
    app_look: None,
) -> None:
    import ui.app

    path = _newer(tmp_path, sample_map_path)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(ui.app, "Settings", lambda: shell_settings)  # never the user's own settings
    names = (qapp.applicationName(), qapp.organizationName())
    try:
        assert ui.app.run(str(path)) == 2
    finally:
        qapp.setApplicationName(names[0])
        qapp.setOrganizationName(names[1])
    [text] = shown
    assert text == (
        f"{path}: was written by a newer version of argmap (file format 4; this one reads up to 3): "
        "update argmap to open it"
    )


def test_a_newer_map_through_file_open_gets_the_same_message(
    main_window: MainWindow, tmp_path: Path, sample_map_path: Path, prompter: FakePrompter
) -> None:
    path = _newer(tmp_path, sample_map_path)
    assert not main_window.files.open_path(path)
    [(title, text)] = prompter.errors
    assert title == "Cannot open this file"
    assert "was written by a newer version of argmap" in text and "update argmap to open it" in text
    assert main_window.session.path is None
    with pytest.raises(LoadError, match="newer version of argmap"):
        build_window(path, main_window.settings, FakePrompter())


def test_export_to_a_json_name_says_which_format_it_wrote(
    main_window: MainWindow, tmp_path: Path, prompter: FakePrompter, sample_map_path: Path
) -> None:
    assert main_window.files.open_path(sample_map_path)
    prompter.save_answer = tmp_path / "for-ova.json"
    main_window.actions_by_name["export_map"].trigger()
    assert main_window.statusBar().currentMessage() == "Exported for-ova.json as AIF JSON, AIFdb shape"
    assert json.loads((tmp_path / "for-ova.json").read_text(encoding="utf-8"))["nodes"]
    [(title, text)] = prompter.notes
    assert title == "Exported with losses" and text.startswith("for-ova.json leaves out:\n• ")
