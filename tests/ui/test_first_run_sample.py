"""The sample that ships with argmap is never overwritten: it opens as a copy and Save asks where to keep it."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from argmap.io.native import load
from argmap.paths import SAMPLE_MAP, seed
from tests.ui.prompter import FakePrompter
from ui.document.settings import Settings
from ui.shell.startup import build_window


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A user's home with a Documents folder, so the test sees where the Save dialog starts."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))  # no user-dirs.dirs: ~/Documents
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    return home


def test_saving_right_after_the_first_start_leaves_the_sample_unchanged(
    qtbot,  # type: ignore[no-untyped-def]
    shell_settings: Settings,
    app_look: None,
    home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sample = seed(SAMPLE_MAP)
    before = _digest(sample)
    siblings = sorted(p.name for p in sample.parent.iterdir())
    asked: list[str] = []
    target = home / "Documents" / "my first map.argmap.json"

    def save_dialog(_parent, _title, start, _filters):  # type: ignore[no-untyped-def]
        asked.append(start)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    assert shell_settings.first_run
    window = build_window(None, shell_settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.session.map.title == load(sample).title and window.session.map.claims
    assert window.windowTitle().startswith(load(sample).title)
    assert window.file_state.text() == "Not saved yet"

    window.activateWindow()
    QApplication.processEvents()
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert len(asked) == 1, "Ctrl+S saved without asking where"
    assert Path(asked[0]).parent == home / "Documents"
    assert target.is_file() and load(target).claims == load(sample).claims
    assert window.session.path == target
    assert _digest(sample) == before
    assert sorted(p.name for p in sample.parent.iterdir()) == siblings  # no .bak, no temp file


def test_opening_the_sample_again_is_a_copy_too(
    main_window,  # type: ignore[no-untyped-def]
    home: Path,
    prompter: FakePrompter,
) -> None:
    sample = seed(SAMPLE_MAP)
    before = _digest(sample)
    main_window.files.open_path(sample)
    assert main_window.session.path is None and main_window.session.map.claims
    assert main_window.statusBar().currentMessage() == f"Opened a copy of {sample.name}"
    prompter.save_answer = home / "elsewhere.argmap.json"
    assert main_window.files.save()
    assert prompter.places == [home / "Documents" / f"{_safe(load(sample).title)}.argmap.json"]
    assert prompter.save_answer.is_file() and _digest(sample) == before
    assert sample not in main_window.settings.recent_files()


def test_a_save_dialog_for_a_new_map_starts_in_the_documents_folder(
    main_window,  # type: ignore[no-untyped-def]
    home: Path,
    prompter: FakePrompter,
) -> None:
    main_window.settings.add_recent(seed(SAMPLE_MAP))  # an old version opened the sample in place
    main_window.files.save_as()
    main_window.files.open_dialog()
    assert prompter.places == [home / "Documents" / "Untitled.argmap.json", home / "Documents"]


def _safe(title: str) -> str:
    return "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in title).strip()[:60]
