"""Marks on a box a user notices: a pin on a box placed by hand, a clear ring on the selected one."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from argmap.paths import SAMPLE_MAP, seed
from ui.map.style import palette
from ui.shell.main_window import MainWindow


def _pixel(w: MainWindow, scene_point: QPointF) -> QColor:
    QApplication.processEvents()
    image = w.map_view.viewport().grab().toImage()
    at: QPoint = w.map_view.mapFromScene(scene_point)
    return image.pixelColor(at)


def test_dragged_box_shows_a_pin_and_the_selected_box_a_ring(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = main_window
    assert w.files.open_path(seed(SAMPLE_MAP))
    view = w.map_view
    view.zoom_reset()
    item = view.map_scene.claims["c5"]
    view.centerOn(item)
    QApplication.processEvents()
    pin_at = QPointF(item.sceneBoundingRect().right() - 3 - 18, item.sceneBoundingRect().top() + 3)
    assert _pixel(w, pin_at).name() != palette().relation("attack").color.name()  # no pin yet

    # Drag the box 150 px down into empty space where it is drawn: it is pinned there.
    start = view.mapFromScene(item.sceneBoundingRect().center())
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 7):
        qtbot.mouseMove(view.viewport(), start + QPoint(0, 25 * step))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(0, 150))
    assert "c5" in w.session.map.layout.pins
    item = view.map_scene.claims["c5"]
    assert item.look.pinned
    view.centerOn(item)
    box = item.sceneBoundingRect()
    pin = _pixel(w, QPointF(box.right() - 3 - 18, box.top() + 3))
    assert pin.name() == palette().relation("attack").color.name()

    # Selected: a ring in the selection colour just outside the box.
    assert item.isSelected()
    ring = _pixel(w, QPointF(box.center().x(), box.top() + 3 - 3.5))
    assert abs(ring.blue() - palette().selection.blue()) < 40 and ring.red() < 80
