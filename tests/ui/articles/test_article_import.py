"""Article import runs off the GUI thread: the window keeps running, Cancel stops it, errors are one message."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

import ui.articles.article_import as article_import
from argmap.articles import ImportCancelled, Imported, article_from_text
from tests.ui.prompter import FakePrompter
from ui.shell.main_window import MainWindow

Report = Callable[[float], None]


def _slow_loader(calls: list[str], steps: int = 400) -> Callable[..., Imported]:
    """A loader that takes a while (steps x 10 ms) and polls `cancelled` like import_article does."""

    def load(
        path: Path, progress: Report | None = None, cancelled: Callable[[], bool] | None = None
    ) -> Imported:
        calls.append("gui" if threading.current_thread() is threading.main_thread() else "worker")
        for i in range(steps):
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            if progress is not None:
                progress(i / steps)
            time.sleep(0.01)
        return Imported(
            article_from_text("A slow article. It has two sentences.", title="Slow", source=path.name)
        )

    return load


def _progress_dialog() -> QProgressDialog | None:
    for widget in QApplication.topLevelWidgets() + [
        w for top in QApplication.topLevelWidgets() for w in top.findChildren(QProgressDialog)
    ]:
        if isinstance(widget, QProgressDialog) and widget.isVisible():
            return widget
    return None


def test_event_loop_keeps_running_during_a_slow_import(
    main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    monkeypatch.setattr(article_import, "read_article", _slow_loader(calls, steps=60))
    path = tmp_path / "slow.txt"
    path.write_text("ignored", encoding="utf-8")
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    assert main_window.files.open_path(path)
    timer.stop()
    assert calls == ["worker"]
    assert len(ticks) >= 3, "the GUI event loop did not run while the article loaded"
    assert main_window.session.map.article is not None
    assert main_window.session.map.article.text.startswith("A slow article")
    assert main_window.session.map.title == "Slow"


def test_cancel_stops_the_import_and_keeps_the_old_document(
    main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    monkeypatch.setattr(article_import, "read_article", _slow_loader(calls, steps=3000))
    path = tmp_path / "endless.txt"
    path.write_text("ignored", encoding="utf-8")
    before = main_window.session.map
    seen: list[int] = []

    def press_cancel() -> None:
        dialog = _progress_dialog()
        # Not shown yet, or shown by its timer before the first 1% arrived (a slow, loaded
        # machine): look again shortly, as a user waits to see the bar move.
        if dialog is None or dialog.value() <= 0:
            QTimer.singleShot(50, press_cancel)
            return
        seen.append(dialog.value())
        button = dialog.findChild(QPushButton)
        assert button is not None and button.text() == "Cancel"
        button.click()

    QTimer.singleShot(100, press_cancel)
    assert not main_window.files.open_path(path)
    assert seen and seen[0] > 0, "the progress dialog never showed progress"
    assert main_window.session.map is before
    assert article_import.wait_for_cancelled_imports()


def test_a_bad_file_is_one_message_and_no_worker_is_left(
    main_window: MainWindow, tmp_path: Path, prompter: FakePrompter
) -> None:
    path = tmp_path / "empty.md"
    path.write_text("   \n", encoding="utf-8")
    assert not main_window.files.open_path(path)
    assert len(prompter.errors) == 1
    title, text = prompter.errors[0]
    assert title == "Cannot open this file"
    assert "empty.md" in text and "empty" in text.split("empty.md", 1)[1]
    assert "Traceback" not in text


def test_a_real_html_article_imports_through_the_worker(main_window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Bridges</title><script>var ad=1;</script></head><body>"
        "<nav>Home | News</nav><article><h1>Bridges</h1>"
        + "".join(
            f"<p>Bridges matter for towns, reason number {i} of many good reasons.</p>" for i in range(8)
        )
        + "</article></body></html>",
        encoding="utf-8",
    )
    assert main_window.files.open_path(path)
    article = main_window.session.map.article
    assert article is not None and "reason number 7" in article.text
    assert "var ad" not in article.text
    assert QThread.currentThread() is QApplication.instance().thread()  # type: ignore[union-attr]


def test_what_a_file_cannot_show_is_told_after_the_import(
    main_window: MainWindow, tmp_path: Path, prompter: FakePrompter
) -> None:
    from tests.argmap.articles.corpus import all_cases

    case = next(c for c in all_cases() if c.name == "equation-and-chart.docx")
    path = tmp_path / case.name
    path.write_bytes(case.data)
    assert main_window.files.open_path(path)
    article = main_window.session.map.article
    assert article is not None and "[equation]" in article.text
    assert prompter.notes == [
        (
            "Imported with warnings",
            "equation-and-chart.docx:\n• has 1 equation, shown as [equation] in the text\n"
            "• has 1 chart, left out (argmap shows text only)",
        )
    ]


def test_after_a_slow_import_the_window_takes_keys_again(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt

    from argmap.model import Role
    from tests.conftest import SAMPLE_ARTICLE

    monkeypatch.setattr(article_import, "SHOW_AFTER_MS", 0)  # the progress dialog shows, as on a slow import
    assert main_window.files.open_path(SAMPLE_ARTICLE)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    main_window.article.setFocus()
    qtbot.keyClick(main_window.article, Qt.Key.Key_O)  # type: ignore[no-untyped-call]
    assert [c.role for c in main_window.session.map.claims] == [Role.OBJECTION]
