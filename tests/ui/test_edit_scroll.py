"""After an edit the map does not re-centre: a box in view stays put, one out of view is scrolled just into view."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QApplication

from argmap.paths import SAMPLE_MAP, seed
from tests.ui.window_fit import wait_fitted
from ui.shell.main_window import MainWindow


def _scroll(w: MainWindow) -> tuple[int, int]:
    QApplication.processEvents()
    return (w.map_view.horizontalScrollBar().value(), w.map_view.verticalScrollBar().value())


def _on_screen(w: MainWindow, claim_id: str) -> QRectF:
    view = w.map_view
    return QRectF(view.mapFromScene(view.map_scene.claims[claim_id].sceneBoundingRect()).boundingRect())


def _edit_in_place(qtbot, w: MainWindow, words: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(w, Qt.Key.Key_F2)
    QApplication.processEvents()
    editor = QApplication.focusWidget()
    assert editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_End)
    qtbot.keyClicks(editor, words)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def test_editing_a_box_in_view_leaves_the_map_still_and_undo_scrolls_the_least(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = main_window
    wait_fitted(qtbot, w)
    w.resize(1366, 768)
    assert w.files.open_path(seed(SAMPLE_MAP))
    view = w.map_view
    view.zoom_reset()  # 100%: the sample is bigger than the pane, so scrolling matters
    cid = "c3"
    view.select_claim(cid)
    QApplication.processEvents()
    viewport = QRectF(view.viewport().rect())
    assert viewport.contains(_on_screen(w, cid))
    before = _on_screen(w, cid)
    _edit_in_place(qtbot, w, " indeed")
    assert w.session.map.claim(cid).text.endswith("indeed")
    shown = _on_screen(w, cid)  # the edited box was in view: it stays put (its width may follow the new text)
    assert (shown.left(), shown.top()) == (before.left(), before.top())
    assert viewport.contains(_on_screen(w, cid))

    # the user pans away (the box leaves the pane to the left), then undoes the edit
    h = view.horizontalScrollBar()
    box = _on_screen(w, cid)
    h.setValue(h.value() + round(box.right()) + 200)
    QApplication.processEvents()
    assert not viewport.intersects(_on_screen(w, cid))
    panned = _scroll(w)
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert not w.session.map.claim(cid).text.endswith("indeed")
    after = _scroll(w)
    shown = _on_screen(w, cid)
    assert viewport.contains(shown)  # the box is fully in view again
    assert after[1] == panned[1]  # no needless vertical move
    assert shown.left() <= 40 + 2  # scrolled only as far as needed: it sits at the edge it came from, not centred
