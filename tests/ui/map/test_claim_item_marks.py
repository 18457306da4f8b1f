"""A box paints only inside its bounding rect: selecting, unselecting and moving it leave no marks on the canvas."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGraphicsScene
from pytestqt.qtbot import QtBot

from argmap.model import ArgumentMap
from argmap.paths import SAMPLE_MAP, seed
from tests.ui.map.box_pixels import near
from tests.ui.window_fit import wait_fitted
from ui.map.claim_item import ClaimItem, ClaimLook
from ui.map.style import palette
from ui.shell.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton
NO = Qt.KeyboardModifier.NoModifier


def _on_screen(w: MainWindow) -> QImage:
    """What the screen shows of the canvas: the window's backing store, not a fresh repaint."""
    QApplication.processEvents()
    viewport = w.map_view.viewport()
    at = viewport.mapTo(w, QPoint(0, 0))
    shot = w.screen().grabWindow(w.winId(), at.x(), at.y(), viewport.width(), viewport.height())
    return shot.toImage()


def _blue_around(image: QImage, box: QRect) -> list[tuple[int, int]]:
    """Selection-blue pixels in a ring 12 px wide around `box` (on-screen pixels)."""
    blue = palette().selection
    ring = box.adjusted(-12, -12, 12, 12) & image.rect()
    return [
        (x, y)
        for y in range(ring.top(), ring.bottom() + 1)
        for x in range(ring.left(), ring.right() + 1)
        if not box.adjusted(3, 3, -3, -3).contains(x, y) and near(image.pixelColor(x, y), blue, 60)
    ]


def _click(w: MainWindow, claim_id: str) -> QRect:
    view = w.map_view
    box = view.mapFromScene(view.map_scene.claims[claim_id].sceneBoundingRect()).boundingRect()
    QTest.mouseMove(view.viewport(), box.center())
    QTest.mouseClick(view.viewport(), LEFT, NO, box.center())
    QApplication.processEvents()
    return box


@pytest.mark.parametrize("then", ["another box", "Escape"])
def test_unselecting_a_box_leaves_no_glow_on_the_canvas(qtbot, main_window: MainWindow, then: str) -> None:  # type: ignore[no-untyped-def]
    w = main_window
    wait_fitted(qtbot, w)
    w.resize(1366, 768)
    qtbot.waitUntil(lambda: w.size().width() == 1366)
    assert w.files.open_path(seed(SAMPLE_MAP))
    view = w.map_view
    view.set_zoom(1.25)  # zoomed in, the glow is wide on the screen: any mark it leaves shows
    first = w.session.map.roots()[0].id
    view.centerOn(view.map_scene.claims[first])
    QApplication.processEvents()
    shown = view.viewport().rect()
    second = next(
        cid
        for cid, item in view.map_scene.claims.items()
        if cid != first and shown.contains(view.mapFromScene(item.sceneBoundingRect()).boundingRect())
    )
    box = _click(w, first)
    assert w.selection.ids == [first]
    assert _blue_around(_on_screen(w), box)  # the glow is drawn: the check below can see it
    if then == "Escape":
        QTest.mouseMove(view.viewport(), QPoint(2, 2))  # the pointer off the box: no hover buttons under it
        QTest.keyClick(w.windowHandle(), Qt.Key.Key_Escape)  # to the window, as typed
    else:
        _click(w, second)  # a box in view: the canvas does not scroll
        assert w.selection.ids == [second]
    qtbot.waitUntil(lambda: not view.map_scene.claims[first].isSelected())
    stray = _blue_around(_on_screen(w), box)
    assert stray == [], (len(stray), stray[:5])


LOOKS = {
    "selected": (ClaimLook(), True, False),
    "drop target": (ClaimLook(), False, True),
    "pinned": (ClaimLook(pinned=True), True, False),
    "collapsed": (ClaimLook(collapsed=12), True, False),
}


@pytest.mark.parametrize("zoom", [1.0, 3.0, 0.1], ids=["100%", "300%", "far out"])
@pytest.mark.parametrize("look", list(LOOKS))
def test_everything_a_box_paints_is_inside_its_bounding_rect(
    qtbot: QtBot, sample_map: ArgumentMap, look: str, zoom: float
) -> None:
    claim_look, selected, drop = LOOKS[look]
    scene = QGraphicsScene()
    item = ClaimItem(sample_map.claims[0], (200.0, 100.0), claim_look)
    scene.addItem(item)
    item.setSelected(selected)
    item.drop_target = drop
    bounds = item.sceneBoundingRect()
    around = bounds.adjusted(-30, -30, 30, 30)
    image = QImage(round(around.width() * zoom), round(around.height() * zoom), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(image.rect()), around)
    painter.end()
    inside = QRectF((bounds.topLeft() - around.topLeft()) * zoom, bounds.size() * zoom).toAlignedRect()
    stray = [
        (x, y)
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 0 and not inside.contains(x, y)
    ]
    assert stray == [], (look, stray[:5])
    assert QColor(image.pixelColor(inside.center())).alpha() > 0  # the box itself is drawn
