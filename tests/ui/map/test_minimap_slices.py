"""The overview of a big map shows at once and fills its picture in slices, answering events meanwhile."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest

from argmap.model import Role
from tests.ui.map.big_maps import tree_map
from ui.document.document import Document
from ui.map.minimap import SLICE, SLICED_BOXES, MiniMap
from ui.map.style import palette
from ui.map.view import MapView


def _premise_pixels(image: QImage) -> int:
    hue = palette().role(Role.PREMISE).color.hslHue()
    return sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if (p := image.pixelColor(x, y)).hslSaturation() > 40 and abs(p.hslHue() - hue) < 20
    )


def test_a_big_overview_paints_at_once_then_fills_in(qtbot) -> None:  # type: ignore[no-untyped-def]
    n = SLICED_BOXES + 2 * SLICE  # lines and boxes take several slices each
    view = MapView(Document(tree_map(n)))
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    mini = MiniMap(view)
    qtbot.addWidget(mini)
    mini.resize(300, 200)
    mini.show()
    first = mini.grab().toImage()  # the dock's first paint: no box drawn yet, nothing waited for
    assert mini.drawing and _premise_pixels(first) == 0
    qtbot.wait(1)  # one slice
    before = view.visible_rect().center()
    QTest.mouseClick(mini, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(280, 100))
    assert mini.drawing and view.visible_rect().center().x() > before.x() + 500, "answered between slices"
    slices = 1
    while mini.drawing:
        qtbot.wait(1)
        slices += 1
    assert slices >= 3
    assert _premise_pixels(mini.grab().toImage()) > 20, "the overview shows the boxes in their colours"
    assert not mini.drawing  # painted again, the finished picture is kept
