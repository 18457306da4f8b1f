"""An unexpected exception: the document is autosaved first, the traceback logged, one dialog shown."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

import ui.shell.crash
from argmap import ops
from argmap.io.native import load
from tests.conftest import SAMPLE_MAP
from ui.document.autosave import Autosaver
from ui.document.document import Document


@pytest.fixture
def state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ARGMAP_STATE_DIR", str(tmp_path / "state"))
    return tmp_path / "state"


def _dirty_session(tmp_path: Path) -> tuple[Document, Autosaver]:
    doc = tmp_path / "doc.argmap.json"
    shutil.copy(SAMPLE_MAP, doc)
    session = Document(load(doc), doc)
    autosaver = Autosaver(session, delay_ms=60_000)
    session.push(ops.SetTitle("unsaved work"))
    return session, autosaver


def test_handler_autosaves_logs_then_shows_one_dialog(qtbot: QtBot, tmp_path: Path, state: Path) -> None:
    _session, autosaver = _dirty_session(tmp_path)
    shown: list[tuple[str, str]] = []

    def show(parent: QWidget | None, text: str, details: str) -> None:
        assert autosaver.map_path.exists(), "the dialog came before the autosave"
        shown.append((text, details))

    try:
        raise ValueError("boom in a slot")
    except ValueError:
        ui.shell.crash.handle(*sys.exc_info(), show=show)  # type: ignore[arg-type]
    assert len(shown) == 1
    text, details = shown[0]
    assert "autosaved" in text and "Traceback" not in text and "ValueError" in details
    assert load(autosaver.map_path).title == "unsaved work"
    log = ui.shell.crash.log_path().read_text(encoding="utf-8")
    assert "boom in a slot" in log and "Traceback" in log
    assert ui.shell.crash.log_path().is_relative_to(state)
    autosaver.close()


def test_an_exception_in_a_qt_slot_reaches_the_handler(
    qtbot: QtBot, tmp_path: Path, state: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _session, autosaver = _dirty_session(tmp_path)
    shown: list[str] = []
    monkeypatch.setattr(ui.shell.crash, "show_dialog", lambda parent, text, details: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(ui.shell.crash.threading, "excepthook", ui.shell.crash.threading.excepthook)
    ui.shell.crash.install(None)
    # install() sets the hook with the default `show`; route it to the stub for this test.
    monkeypatch.setattr(
        sys, "excepthook", lambda t, e, tb: ui.shell.crash.handle(t, e, tb, show=ui.shell.crash.show_dialog)
    )

    def broken_slot() -> None:
        raise RuntimeError("slot failed")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "slot failed" in shown[0]
    assert autosaver.map_path.exists()
    autosaver.close()


def test_a_repeating_error_shows_one_dialog_but_is_logged_each_time(qtbot: QtBot, state: Path) -> None:
    shown: list[str] = []
    for _ in range(3):
        try:
            raise KeyError("paint keeps failing")
        except KeyError:
            ui.shell.crash.handle(*sys.exc_info(), show=lambda p, text, d: shown.append(text))  # type: ignore[arg-type]
    assert len(shown) == 1
    assert ui.shell.crash.log_path().read_text(encoding="utf-8").count("paint keeps failing") >= 3
