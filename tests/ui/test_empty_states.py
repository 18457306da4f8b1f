"""Empty states say what to do: a new map's empty canvas, and a map without an article (text wraps, not cut)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from argmap.model import ArgumentMap
from tests.conftest import SAMPLE_ARTICLE
from ui.shell.main_window import MainWindow


def test_a_new_map_from_an_article_says_how_to_start(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = main_window
    assert w.files.open_path(SAMPLE_ARTICLE)
    QApplication.processEvents()
    note = w.map_view.empty_note
    assert note.isVisible() and "press C" in note.text()
    assert w.map_view.viewport().rect().contains(note.geometry())
    assert note.heightForWidth(note.width()) <= note.height()  # wrapped inside, not cut off
    assert not w.article.empty_note.isVisible()


def test_no_article_note_is_whole_and_wrapped(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = main_window
    w.load(ArgumentMap(title="Mine"), None)
    QApplication.processEvents()
    note = w.article.empty_note
    assert note.isVisible() and note.text().startswith("No article yet. Use File > New from article")
    assert note.wordWrap()
    assert note.heightForWidth(note.width()) <= note.height()
    assert w.map_view.empty_note.isVisible()
