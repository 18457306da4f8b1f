"""Autosave and recovery: edits survive a kill; restore shows when and what; the window never waits."""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

import ui.document.autosave
from argmap import ops
from argmap.io.native import dumps, load
from tests.conftest import ROOT, SAMPLE_MAP
from tests.robustness.autosave_child import edits
from tests.robustness.conftest import Tally
from ui.document.autosave import AutosaveMeta, Autosaver
from ui.document.document import Document
from ui.shell.recovery import Recoverable, describe, find_recoverable, offer_restore


@pytest.fixture
def doc(tmp_path: Path) -> Path:
    path = tmp_path / "doc.argmap.json"
    shutil.copy(SAMPLE_MAP, path)
    return path


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _fake_crash_leftover(folder: Path, original: Path, title: str) -> None:
    """The files an app killed after editing `original` leaves behind."""
    m = load(original)
    m.title = title
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "autosave-1-1.argmap.json").write_text(dumps(m), encoding="utf-8")
    meta = AutosaveMeta(str(original), title, datetime.now(UTC) - timedelta(minutes=5), _dead_pid())
    (folder / "autosave-1-1.meta.json").write_text(meta.to_json(), encoding="utf-8")


def test_autosave_follows_an_edit_and_goes_when_saved(qtbot: QtBot, doc: Path, tmp_path: Path) -> None:
    session = Document(load(doc), doc)
    autosaver = Autosaver(session, tmp_path / "auto", delay_ms=20)
    with qtbot.waitSignal(autosaver.written, timeout=5000):
        session.push(ops.SetTitle("changed"))
    assert load(autosaver.map_path).title == "changed"
    meta = AutosaveMeta.from_json(autosaver.meta_path.read_text(encoding="utf-8"))
    assert meta.original == str(doc) and meta.pid == os.getpid()
    session.save()
    assert not autosaver.map_path.exists() and not autosaver.meta_path.exists()
    autosaver.close()


def test_the_write_happens_off_the_gui_thread(
    qtbot: QtBot, doc: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    writers: list[str] = []
    real_write = ui.document.autosave.write_atomic

    def slow_write(path: str | Path, data: bytes, *, backup: bool = False) -> None:
        writers.append(threading.current_thread().name)
        release.wait(5)
        real_write(path, data, backup=backup)

    monkeypatch.setattr(ui.document.autosave, "write_atomic", slow_write)
    session = Document(load(doc), doc)
    autosaver = Autosaver(session, tmp_path / "auto", delay_ms=10_000)
    session.push(ops.SetTitle("changed"))
    autosaver.save_soon()  # returns at once although the disk is "slow"
    assert not autosaver.map_path.exists()
    with qtbot.waitSignal(autosaver.written, timeout=5000):
        release.set()
    assert writers and all(name.startswith("argmap-autosave") for name in writers)
    autosaver.close()


def test_offer_restore_shows_time_and_differences_then_restores(
    qtbot: QtBot, doc: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "auto"
    _fake_crash_leftover(folder, doc, "Title typed before the crash")
    found = find_recoverable(folder)
    assert len(found) == 1
    text = describe(found[0])
    assert "5 minutes ago" in text and "doc.argmap.json" in text
    assert "title “Title typed before the crash”" in text
    session = Document(load(doc), doc)
    autosaver = Autosaver(session, folder, delay_ms=10_000)
    asked: list[Recoverable] = []

    def ask(parent: QWidget | None, r: Recoverable) -> QMessageBox.StandardButton:
        asked.append(r)
        return QMessageBox.StandardButton.Yes

    assert offer_restore(None, session, autosaver, folder, ask)
    assert len(asked) == 1
    assert session.map.title == "Title typed before the crash"
    assert session.dirty and session.path == doc
    assert load(doc).title != session.map.title  # the file itself is untouched until the user saves
    assert find_recoverable(folder) == []  # the old autosave is gone ...
    assert autosaver.map_path.exists()  # ... and the restored work is autosaved again
    autosaver.close()


def test_discard_deletes_and_live_processes_are_left_alone(qtbot: QtBot, doc: Path, tmp_path: Path) -> None:
    folder = tmp_path / "auto"
    _fake_crash_leftover(folder, doc, "x")
    session = Document(load(doc), doc)
    assert not offer_restore(None, session, None, folder, lambda p, r: QMessageBox.StandardButton.Discard)
    assert list(folder.iterdir()) == []
    # An autosave of a running argmap (this process) is not offered.
    other = Document(load(doc), doc)
    autosaver = Autosaver(other, folder, delay_ms=10_000)
    other.push(ops.SetTitle("still open elsewhere"))
    autosaver.save_now()
    assert find_recoverable(folder) == []
    autosaver.close()


def _wait_for_autosave(folder: Path, title: str, seconds: float) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        for meta in folder.glob("*.meta.json") if folder.is_dir() else []:
            with contextlib.suppress(OSError, ValueError):
                if AutosaveMeta.from_json(meta.read_text(encoding="utf-8")).title == title:
                    return True
        time.sleep(0.05)
    return False


def test_app_killed_after_edits_is_restored_from_autosave(doc: Path, tmp_path: Path, tally: Tally) -> None:
    state = tmp_path / "state"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "ARGMAP_STATE_DIR": str(state),
        "ARGMAP_AUTOSAVE_MS": "100",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PYTHONPATH": str(ROOT),
    }
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.robustness.autosave_child", str(doc)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        assert child.stdout is not None and child.stderr is not None
        ready, _, _ = select.select([child.stdout], [], [], 60)
        line = child.stdout.readline().decode() if ready else ""
        assert line.startswith("edited"), f"the app did not start; stderr: {child.stderr.read1(3000)!r}"
        assert _wait_for_autosave(state / "autosave", "Edited before the crash", 30), "no autosave written"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()
    tally.add("kill app after edits: restores")
    expected = load(doc)
    for op in edits(expected):
        op.apply(expected)
    found = find_recoverable(state / "autosave")
    try:
        assert len(found) == 1
        assert found[0].map.model_dump(exclude={"meta"}) == expected.model_dump(exclude={"meta"})
        assert "1 claim removed" in found[0].differences
    except AssertionError:
        tally.fail("kill app after edits: restores")
        raise


def test_the_main_window_offers_the_restore_at_start(
    qtbot: QtBot, doc: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QSettings

    import ui.shell.recovery
    from ui.document.settings import Settings
    from ui.shell.main_window import MainWindow

    folder = tmp_path / "auto"
    _fake_crash_leftover(folder, doc, "Work from before the crash")
    asked: list[str] = []

    def ask(parent: QWidget | None, r: Recoverable) -> QMessageBox.StandardButton:
        asked.append(describe(r))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(ui.shell.recovery, "ask_restore", ask)
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(Document(), settings)
    qtbot.addWidget(window)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # install() replaces them: restored after
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    autosaver = ui.shell.recovery.install(window, window.session, folder)
    window.show()
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert window.session.map.title == "Work from before the crash"
    assert window.session.dirty and window.isWindowModified()
    assert window.map_view.map_scene.claims.keys() == {c.id for c in window.session.map.claims}
    window.closing.emit()  # the user closes (discarding): the autosave goes
    assert not autosaver.map_path.exists()
    window.session.undo_stack.setClean()
