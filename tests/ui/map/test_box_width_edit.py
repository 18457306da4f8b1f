"""Editing a claim in place (F2): the editor is full-measure wide while open; the box takes its new width on commit."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from argmap.paths import SAMPLE_MAP, seed
from tests.ui.map.box_pixels import drawn_edges
from tests.ui.window_fit import wait_fitted
from ui.map.style import BOX_WIDTH, TEXT_WIDTH, palette
from ui.shell.main_window import MainWindow

LONGER = (
    "Open source is the better path for AI because anyone can study the models, find their flaws "
    "and fix them, and no single company decides who may build on them"
)


def _drawn_width(w: MainWindow, claim_id: str) -> int:
    """Width of the claim's box on screen, read from the pixels of the map pane."""
    view = w.map_view
    QApplication.processEvents()
    item = view.map_scene.claims[claim_id]
    shot: QImage = view.viewport().grab().toImage()
    on_screen = QRectF(view.mapFromScene(item.sceneBoundingRect().adjusted(3, 3, -3, -3)).boundingRect())
    row = QPointF(on_screen.center().x(), on_screen.bottom() - 3)
    assert QRectF(shot.rect()).contains(row), "the box is not in view"
    left, right = drawn_edges(shot, row, palette().role(item.claim.role).color)
    return right - left + 1


def test_f2_edit_keeps_the_box_still_while_typing_and_re_measures_it_on_enter(qtbot, main_window):
    w = main_window
    wait_fitted(qtbot, w)
    w.resize(1366, 768)
    assert w.files.open_path(seed(SAMPLE_MAP))
    view = w.map_view
    view.zoom_reset()
    cid = "c1"  # the conclusion: "Open source is the better path for AI." in a narrow box
    view.select_claim(cid)
    view.centerOn(view.map_scene.claims[cid])
    before = _drawn_width(w, cid)
    assert before < 0.9 * BOX_WIDTH
    box = view.map_scene.claims[cid].sceneBoundingRect()

    qtbot.keyClick(w, Qt.Key.Key_F2)
    QApplication.processEvents()
    editor = QApplication.focusWidget()
    assert editor is not None and editor.objectName() == "inplaceEditor"
    zoom = view.transform().m11()
    assert editor.width() >= TEXT_WIDTH * zoom - 4  # typing wraps at the full measure, not the narrow box
    assert QRect(view.viewport().rect()).contains(editor.geometry())
    qtbot.keyClicks(editor, LONGER)
    QApplication.processEvents()
    assert view.map_scene.claims[cid].sceneBoundingRect() == box  # nothing jumps while typing
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()

    assert w.session.map.claim(cid).text == LONGER
    view.centerOn(view.map_scene.claims[cid])
    after = _drawn_width(w, cid)
    assert abs(after - BOX_WIDTH * zoom) <= 4  # long wording: the full measure
    assert after > before + 10

    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    view.centerOn(view.map_scene.claims[cid])
    assert abs(_drawn_width(w, cid) - before) <= 1  # undo: the narrow box again
