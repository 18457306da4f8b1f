"""The import worker's result arrives whatever the timing: hundreds of quick imports in a row, none lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QThread, QTimer

import ui.articles.article_import as article_import
from tests.ui.prompter import FakePrompter
from ui.shell.main_window import MainWindow

IMPORTS = 500


def _flush_deleted() -> None:
    """Run the deferred deletes the app's own event loop would run between two user actions."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_500_small_articles_in_a_row_are_all_imported(
    main_window: MainWindow, tmp_path: Path, prompter: FakePrompter
) -> None:
    lost: list[str] = []
    for i in range(IMPORTS):
        path = tmp_path / f"article-{i}.txt"
        path.write_text(
            f"Schools should open at nine, says note {i}. Pupils sleep longer.\n", encoding="utf-8"
        )
        opened = main_window.files.open_path(path)
        article = main_window.session.map.article
        if not opened or article is None or f"note {i}." not in article.text:
            lost.append(f"{path.name}: {main_window.statusBar().currentMessage()}")
        if i % 50 == 0:
            _flush_deleted()
    assert lost == [], f"{len(lost)} of {IMPORTS} imports lost their result, first: {lost[:3]}"
    assert prompter.errors == []
    assert main_window.statusBar().currentMessage() == f"Opened article-{IMPORTS - 1}.txt"


@pytest.mark.parametrize("content, ok", [("A short article. Two sentences.\n", True), ("  \n", False)])
def test_a_worker_that_finishes_before_the_wait_still_delivers(
    main_window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    prompter: FakePrompter,
    content: str,
    ok: bool,
) -> None:
    """The old race made certain: the thread has finished (signals still queued) before the wait begins."""
    start = article_import.ArticleWorker.start

    def start_and_finish(self: article_import.ArticleWorker, *args: object) -> None:
        start(self, *args)
        assert self.wait(10_000)

    monkeypatch.setattr(article_import.ArticleWorker, "start", start_and_finish)
    path = tmp_path / "quick.txt"
    path.write_text(content, encoding="utf-8")
    assert main_window.files.open_path(path) is ok
    if ok:
        article = main_window.session.map.article
        assert article is not None and article.text.startswith("A short article.")
        assert prompter.errors == []
    else:
        assert len(prompter.errors) == 1
        assert "quick.txt" in prompter.errors[0][1] and "without a result" not in prompter.errors[0][1]


def test_after_a_slow_import_the_tag_keys_work_at_once(
    qtbot,  # type: ignore[no-untyped-def]
    main_window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The progress dialog showed and closed: the window has the keyboard again (O tags an objection)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from argmap.articles import Imported, article_from_text
    from argmap.model import Role

    shown: list[bool] = []

    def slow(path: Path, progress=None, cancelled=None):  # type: ignore[no-untyped-def]
        while not shown:  # until the progress dialog is on screen
            QThread.msleep(20)
        return Imported(article_from_text("Buses cost more. Pupils sleep longer.", title="Slow", source=path.name))

    def note_dialog() -> None:
        top = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not main_window]
        if top:
            shown.append(True)
        else:
            QTimer.singleShot(20, note_dialog)

    monkeypatch.setattr(article_import, "read_article", slow)
    monkeypatch.setattr(article_import, "SHOW_AFTER_MS", 0)
    path = tmp_path / "slow.txt"
    path.write_text("ignored", encoding="utf-8")
    QTimer.singleShot(0, note_dialog)
    assert main_window.files.open_path(path)
    assert shown
    main_window.article.setFocus()
    QApplication.processEvents()
    qtbot.keyClick(main_window.article, Qt.Key.Key_O)
    assert [c.role for c in main_window.session.map.claims] == [Role.OBJECTION]
