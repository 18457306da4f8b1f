"""Fixtures for the window shell tests: private settings, a main window, app look restored after."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from tests.ui.prompter import FakePrompter
from ui.document.document import Document
from ui.document.settings import Settings
from ui.shell.main_window import MainWindow


@pytest.fixture
def shell_settings(tmp_path: Path) -> Settings:
    """Settings in a private .ini file, so tests never touch the user's preferences."""
    return Settings(QSettings(str(tmp_path / "argmap-test.ini"), QSettings.Format.IniFormat))


@pytest.fixture(autouse=True)
def canvas_text_scale() -> Iterator[None]:
    """A test that changes the text-size preference leaves the canvas at its default size."""
    from ui.map.style import set_text_scale

    yield
    set_text_scale(1.0)


@pytest.fixture
def app_look(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Windows apply the theme to the whole app: put its palette, font and style back afterwards."""
    assert isinstance(qapp, QApplication)
    palette, font, style = qapp.palette(), qapp.font(), qapp.style().name()
    yield
    qapp.setPalette(palette)
    qapp.setFont(font)
    qapp.setStyle(style)


@pytest.fixture
def prompter() -> FakePrompter:
    """The questions a window asks, answered by the test (default: cancel, no)."""
    return FakePrompter()


@pytest.fixture
def main_window(qtbot, shell_settings: Settings, app_look: None, prompter: FakePrompter) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """A shown main window with an empty document; its questions go to the `prompter` fixture."""
    window = MainWindow(Document(), shell_settings, prompter)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # Keys reach shortcuts only in the active window: a window left over by an earlier test
    # (or a dialog) may still hold activation, so make this one active before the test types.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    yield window
    window.session.undo_stack.setClean()


@pytest.fixture(autouse=True)
def no_modal_dialogs(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> list[tuple[str, str]]:
    """Message boxes would block a test run: record them instead and answer Cancel / No.

    Only for the shell's tests; the canvas's tests (tests/ui/map, tests/ui/render) keep their own.
    """
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []
    if {"map", "render"} & set(Path(str(request.node.path)).relative_to(Path(__file__).parent).parts[:1]):
        return shown

    def record(answer: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def box(_parent, title, text, *_args, **_kwargs):  # type: ignore[no-untyped-def]
            shown.append((str(title), str(text)))
            return answer

        return box

    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, record(QMessageBox.StandardButton.Cancel))
    monkeypatch.setattr(QMessageBox, "question", record(QMessageBox.StandardButton.No))
    return shown


@pytest.fixture(autouse=True)
def free_closed_windows() -> Iterator[None]:
    """Collect the test's closed windows at once (their menus' one-key shortcuts would clash later).

    A closed main window left to a later garbage collection keeps its menus alive, and their
    tag keys (C, P, O, R) then make the next window's same keys ambiguous, so they do nothing.
    """
    yield
    gc.collect()
