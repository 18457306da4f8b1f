"""The first view of a map: whole map when readable, else the conclusion and its first layer; text size preference."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QRectF, QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from argmap.paths import SAMPLE_MAP, seed
from tests.ui.ink import text_line_height
from tests.ui.window_fit import wait_fitted
from ui.map import style
from ui.map.first_view import FIT_MIN_PX, FOCUS_PX, first_layer, fit_zoom, focus_rect, main_conclusion
from ui.map.style import LABEL_H, PAD
from ui.shell.main_window import MainWindow


def _shown(w: MainWindow) -> QImage:
    QApplication.processEvents()
    return w.map_view.viewport().grab().toImage()


def _text_rect_on_screen(w: MainWindow, claim_id: str) -> QRect:
    """Where the first lines of a box's wording are drawn in the viewport."""
    view = w.map_view
    box = view.map_scene.claims[claim_id].sceneBoundingRect()
    top = box.top() + 3 + PAD + LABEL_H + 1
    scene = QRectF(box.left() + 3 + PAD + 2, top, box.width() - 2 * PAD - 10, 2.2 * style.text_px())
    return view.mapFromScene(scene).boundingRect()


def _ink_at(w: MainWindow, claim_id: str) -> int:
    return text_line_height(_shown(w), _text_rect_on_screen(w, claim_id))


def test_first_view_of_the_sample_is_readable_and_shows_the_conclusion(main_window: MainWindow) -> None:
    w = main_window
    assert w.files.open_path(seed(SAMPLE_MAP))
    view = w.map_view
    conclusion = w.session.map.roots()[0].id
    shown = view.visible_rect()
    px = view.zoom() * style.text_px()
    if shown.contains(view.map_scene.map_rect()):
        assert px >= FIT_MIN_PX
    else:  # the readable fallback: the conclusion whole and in the middle third, text >= 11 px
        assert px >= FOCUS_PX - 1e-6
        box = view.map_scene.claims[conclusion].sceneBoundingRect()
        assert shown.contains(box)
        assert abs(box.center().x() - shown.center().x()) < shown.width() / 6
    first = _ink_at(w, conclusion)
    view.zoom_reset()  # 100%: 16 px wording, the reference
    view.centerOn(view.map_scene.claims[conclusion])
    full = _ink_at(w, conclusion)
    assert first >= full * px / style.TEXT_PX - 1  # the picture shrinks as the zoom says, no more
    assert first * style.TEXT_PX / full >= (FOCUS_PX if px >= FOCUS_PX else FIT_MIN_PX) - 1


def test_larger_text_preference_enlarges_the_canvas_wording(main_window: MainWindow) -> None:
    w = main_window
    assert w.files.open_path(seed(SAMPLE_MAP))
    conclusion = w.session.map.roots()[0].id
    w.map_view.zoom_reset()
    w.map_view.centerOn(w.map_view.map_scene.claims[conclusion])
    before = _ink_at(w, conclusion)
    for _ in range(4):
        w.change_font_size(+1)  # View > Larger text, four times
    w.map_view.zoom_reset()
    w.map_view.centerOn(w.map_view.map_scene.claims[conclusion])
    after = _ink_at(w, conclusion)
    assert after >= before + 3, (before, after)
    assert w.session.map.claim(conclusion).text  # the map itself is untouched
    assert not w.session.dirty


@pytest.mark.parametrize("size", [QSize(1366, 768), QSize(1920, 1080)], ids=["1366x768", "1920x1080"])
def test_the_first_view_shows_the_conclusions_first_layer_whole(
    qtbot, main_window: MainWindow, size: QSize
) -> None:  # type: ignore[no-untyped-def]
    """Every box shown of the conclusion's first layer is shown whole: none cut off at the window's edge."""
    w = main_window
    wait_fitted(qtbot, w)
    w.resize(size)
    qtbot.waitUntil(lambda: w.size() == size)
    assert w.files.open_path(seed(SAMPLE_MAP))
    QApplication.processEvents()
    view, m = w.map_view, w.session.map
    shown = view.visible_rect()
    assert view.zoom() * style.text_px() >= FOCUS_PX - 1e-6  # readable
    top = main_conclusion(m, view.map_scene)
    assert top is not None and shown.contains(view.map_scene.claims[top].sceneBoundingRect())
    layer = first_layer(m, view.map_scene, top)
    whole = [box for box in layer if shown.contains(box)]
    assert not [box for box in layer if box.intersects(shown) and box not in whole]  # no box cut in two
    if fit_zoom(focus_rect(m, view.map_scene), view.viewport().size()) * style.text_px() >= FOCUS_PX:
        assert len(whole) == len(layer)  # fits the window: all of it
    else:  # the school laptop: too wide to read whole; the conclusion's nearest reasons
        assert len(whole) >= 3
