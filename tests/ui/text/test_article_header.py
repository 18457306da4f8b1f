"""The article's author and date show above its text in the window, and a web page's author never enters the text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect

from argmap.model import Article
from tests.argmap.articles.corpus import all_cases
from ui.shell.main_window import MainWindow
from ui.text.article_header import byline


def _open_page(window: MainWindow, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    case = next(c for c in all_cases() if c.name == "hungarian-1250.html")
    path = tmp_path / case.name
    path.write_bytes(case.data)
    assert window.files.open_path(path)
    qtbot.waitUntil(lambda: bool(window.article.toPlainText()), timeout=20000)


def test_author_and_date_show_above_the_text(main_window: MainWindow, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    _open_page(main_window, tmp_path, qtbot)
    pane = main_window.article
    header = pane.header
    assert header.isVisible() and header.text() == "By Eva Kiss · 5 March 2024"
    assert "Eva Kiss" not in pane.toPlainText()
    # The line sits inside the pane, above the text, and the first line of text is not hidden under it.
    box = QRect(header.mapTo(main_window, QPoint(0, 0)), header.size())
    pane_box = QRect(pane.mapTo(main_window, QPoint(0, 0)), pane.size())
    assert pane_box.contains(box) and box.height() >= header.fontMetrics().height()
    start = pane.textCursor()
    start.setPosition(0)
    first_line = pane.viewport().mapTo(main_window, pane.cursorRect(start).topLeft())
    assert first_line.y() > box.bottom(), "the first line of text is not hidden under the byline"


def test_no_author_no_line_and_no_margin(qtbot) -> None:  # type: ignore[no-untyped-def]
    from argmap.model import ArgumentMap
    from ui.text.article_pane import ArticlePane

    pane = ArticlePane()
    qtbot.addWidget(pane)
    pane.resize(500, 300)
    pane.show()
    pane.set_map(ArgumentMap(article=Article(text="Plain text.", author="Ada", date="2024-03-05")))
    assert pane.header.isVisible()
    pane.set_map(ArgumentMap(article=Article(text="Plain text.")))
    assert not pane.header.isVisible()
    assert pane.viewport().geometry().top() == pane.frameWidth()


def test_byline_words() -> None:
    assert byline(Article(text="x", author="Ada Lovelace", date="1843-10-01")) == "By Ada Lovelace · 1 October 1843"
    assert byline(Article(text="x", date="spring 2020")) == "spring 2020"
    assert byline(Article(text="x")) == ""
    assert byline(None) == ""
