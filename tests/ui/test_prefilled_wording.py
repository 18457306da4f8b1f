"""Prefilled wording of a tagged fragment drops trailing punctuation ("Open models get safer faster,")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from argmap.edits import wording_from
from tests.conftest import SAMPLE_ARTICLE
from ui.shell.main_window import MainWindow


def test_wording_from_keeps_sentence_ends_and_drops_dangling_commas() -> None:
    assert wording_from("Open models get safer faster,") == "Open models get safer faster"
    assert wording_from("  they drive innovation;  ") == "They drive innovation"
    assert wording_from("It wins.") == "It wins."
    assert wording_from("Does it?") == "Does it?"
    assert wording_from(", ;") == ""


def test_tagging_a_fragment_in_the_article_prefills_clean_wording(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = main_window
    assert w.files.open_path(SAMPLE_ARTICLE)
    text = w.article.toPlainText()
    start = text.index("Open models get safer faster,")
    end = start + len("Open models get safer faster,")
    w.article.select_range(start, end)
    w.article.setFocus()
    QApplication.processEvents()
    qtbot.keyClick(w.article, Qt.Key.Key_P)
    [claim] = w.session.map.claims
    assert claim.text == "Open models get safer faster"
    assert claim.spans[0].quote.startswith("Open models get safer faster")  # the quote stays exact
    assert w.map_view.map_scene.claims[claim.id].claim.text == "Open models get safer faster"
