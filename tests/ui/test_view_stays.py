"""The view stays where the user looks: clicking a box keeps the docks still and centres its span in the article."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from argmap.paths import SAMPLE_MAP, seed
from ui.shell.main_window import MainWindow


def _click_box(qtbot, w: MainWindow, claim_id: str) -> None:  # type: ignore[no-untyped-def]
    view = w.map_view
    item = view.map_scene.claims[claim_id]
    view.ensureVisible(item, 10, 10)
    QApplication.processEvents()
    at = view.mapFromScene(item.sceneBoundingRect().center())
    assert view.viewport().rect().contains(at)
    qtbot.wait(QApplication.doubleClickInterval() + 50)  # a new click, not a double-click
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    QApplication.processEvents()


def test_clicking_boxes_never_resizes_the_docks_and_centres_the_span(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = main_window
    assert w.files.open_path(seed(SAMPLE_MAP))
    QApplication.processEvents()
    widths = (w.details_dock.width(), w.outline_dock.width(), w.article.width(), w.map_view.width())
    for cid in ("c10", "c7", "c3", "c1"):
        _click_box(qtbot, w, cid)
        assert w.details.claim_id == cid
        now = (w.details_dock.width(), w.outline_dock.width(), w.article.width(), w.map_view.width())
        assert now == widths, (cid, widths, now)
        span = w.session.map.claim(cid).spans[0]
        top = w.article.cursorRect(w.article._cursor(span.start, span.start)).top()
        bottom = w.article.cursorRect(w.article._cursor(span.end, span.end)).bottom()
        h = w.article.viewport().height()
        at_top = w.article.verticalScrollBar().value() == 0
        at_end = w.article.verticalScrollBar().value() == w.article.verticalScrollBar().maximum()
        if not (at_top or at_end):  # the scroll bar could move it to the middle
            assert abs((top + bottom) / 2 - h / 2) <= 30, (cid, top, bottom, h)
        assert top >= 0 and bottom <= h  # the whole span is in view
