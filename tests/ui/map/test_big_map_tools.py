"""Big maps: far-out boxes keep their kinds' colours and first words; the overview moves the view; branch focus."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolButton

from argmap.io.native import save
from argmap.layout.branch import branch_ids, branch_path
from argmap.model import Role
from tests.ui.map.big_maps import tree_map
from ui.document.document import Document
from ui.map.style import palette
from ui.map.view import MapView


def _near(a: QColor, b: QColor, tol: int = 12) -> bool:
    return (
        abs(a.red() - b.red()) <= tol
        and abs(a.green() - b.green()) <= tol
        and abs(a.blue() - b.blue()) <= tol
    )


def test_far_out_boxes_keep_their_kind_colour_and_show_their_first_words(qtbot):
    view = MapView(Document(tree_map(40)))
    qtbot.addWidget(view)
    view.resize(1300, 800)
    view.show()
    qtbot.waitExposed(view)
    view.set_zoom(0.22)
    item = view.map_scene.claims["c5"]  # an objection
    view.centerOn(item)
    shot: QImage = view.viewport().grab().toImage()
    r = view.mapFromScene(item.sceneBoundingRect()).boundingRect().adjusted(3, 3, -3, -3)
    pixels = [shot.pixelColor(x, y) for x in range(r.left(), r.right()) for y in range(r.top(), r.bottom())]
    fill = palette().role(Role.OBJECTION).color.lighter(130)
    grey = palette().role(Role.NONE).color.lighter(130)
    assert sum(_near(p, fill) for p in pixels) > len(pixels) / 3, "far out, the objection keeps its colour"
    assert not any(_near(p, grey, 4) for p in pixels[:50])
    ink = [p for p in pixels if p.lightness() < 60 or p.lightness() > 245]
    assert len(ink) > 30, "the first words are drawn on the box"


def test_the_overview_marks_the_visible_part_and_a_click_moves_the_map_there(qtbot):
    from ui.map.minimap import MiniMap

    view = MapView(Document(tree_map(400)))
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    view.set_zoom(0.6)
    mini = MiniMap(view)
    qtbot.addWidget(mini)
    mini.resize(300, 200)
    mini.show()
    qtbot.waitExposed(mini)
    before = view.visible_rect().center()
    target = QPoint(mini.width() - 20, mini.height() // 2)
    QTest.mouseClick(mini, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target)
    after = view.visible_rect().center()
    assert after.x() > before.x() + 500
    frame = mini.frame()
    assert frame.contains(QPointF(target)) or abs(frame.center().x() - target.x()) < 12
    picture = mini.grab().toImage()
    premise = palette().role(Role.PREMISE).color
    assert any(
        _near(picture.pixelColor(x, y), premise, 40)
        for x in range(0, picture.width(), 2)
        for y in range(0, picture.height(), 2)
    ), "the overview shows the boxes in their kinds' colours"


def test_focus_on_a_branch_with_the_keyboard_and_back_up_by_the_breadcrumb(qtbot, main_window, tmp_path):
    w = main_window
    path = tmp_path / "big.argmap.json"
    save(tree_map(120), path, backup=False)
    w.session.open(path)
    view = w.map_view
    view.select_claim("c2")
    QTest.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        view.mapFromScene(view.map_scene.claims["c2"].sceneBoundingRect().center()),
    )
    assert view.selected_claims() == ["c2"]
    QTest.keyClick(w, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    shown = set(view.map_scene.claims)
    assert shown == branch_ids(w.session.map, "c2")[0] and len(shown) < 120
    bar = w.big_map_tools.focus
    assert bar.isVisible() and bar.parent() is view
    assert "Focus on This Branch" in [a.text().replace("&", "") for a in w.menus["map"].actions()]
    qtbot.waitUntil(lambda: any(b.isVisible() for b in bar.findChildren(QToolButton)))
    crumbs = [b.text() for b in bar.findChildren(QToolButton) if b.isVisible()]
    assert "Whole map" in crumbs
    assert len(branch_path(w.session.map, "c2")) == 2  # c0 > c2
    assert "one branch" in w.statusBar().currentMessage()
    QTest.keyClick(w, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert view.map_scene.focus == "c0"
    QTest.keyClick(w, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert view.map_scene.focus is None
    assert len(view.map_scene.claims) == 120
    assert not bar.isVisible()
