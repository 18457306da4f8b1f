import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from argmap import edits
from argmap.model import Relation
from ui.document.document import Document
from ui.map.inplace_editor import InplaceEditor
from ui.map.view import MapView


@pytest.fixture
def view(qtbot, sample_map):
    v = MapView(Document(sample_map))
    qtbot.addWidget(v)
    v.resize(1400, 900)
    v.show()
    qtbot.waitExposed(v)
    v.zoom_fit()
    return v


def _at(view: MapView, claim_id: str) -> QPoint:
    return view.mapFromScene(view.map_scene.claims[claim_id].sceneBoundingRect().center())


def _drag(view: MapView, src: QPoint, dst: QPoint, mods=Qt.KeyboardModifier.NoModifier) -> None:
    vp = view.viewport()
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, src)
    for k in range(1, 6):
        QTest.mouseMove(vp, src + (dst - src) * (k / 5))
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, mods, dst)


def test_drag_onto_a_claim_connects_and_undo_restores(view):
    m = view.session.map
    _drag(view, _at(view, "c10"), _at(view, "c7"))
    assert any(a.premises == ["c10"] and a.target == "c7" for a in m.arguments)
    assert view.session.undo_stack.count() == 1
    view.session.undo_stack.undo()
    assert any(a.premises == ["c10"] and a.target == "c1" for a in m.arguments)


def test_shift_drop_makes_an_objection(view):
    _drag(view, _at(view, "c6"), _at(view, "c7"), Qt.KeyboardModifier.ShiftModifier)
    a4 = view.session.map.argument("a4")
    assert (a4.target, a4.relation) == ("c7", Relation.ATTACK)
    assert view.map_scene.edges[("a4", "a4", "c7", "attack")].style.dashed


def test_drag_to_empty_canvas_pins_the_box_in_one_step(view):
    item = view.map_scene.claims["c6"]
    before = item.centre()
    src = _at(view, "c6")
    _drag(view, src, src + QPoint(0, 150))
    pin = view.session.map.layout.pins["c6"]
    assert pin.y > before.y() + 50
    assert view.session.undo_stack.count() == 1
    assert abs(view.map_scene.claims["c6"].centre().y() - pin.y) < 1


def test_f2_edits_wording_in_place(view, qtbot):
    view.select_claim("c5")
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_F2)
    editor = view.findChild(InplaceEditor)
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    QTest.keyClicks(editor, "Many eyes improve open models.")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert view.session.map.claim("c5").text == "Many eyes improve open models."
    assert view.map_scene.claims["c5"].claim.text == "Many eyes improve open models."
    view.session.undo_stack.undo()
    assert view.map_scene.claims["c5"].claim.text.startswith("Open models improve")


def test_delete_removes_the_claim_with_its_relations(view):
    view.select_claim("c7")
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert "c7" not in view.map_scene.claims
    assert "a8" not in view.map_scene.junctions
    view.session.undo_stack.undo()
    assert "c7" in view.map_scene.claims and "a8" in view.map_scene.junctions


def test_arrow_keys_travel_and_insert_adds_a_reason(view, qtbot):
    view.select_claim("c1")
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert view.selected_claims() == ["c2"]
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert view.selected_claims() == ["c5"]
    QTest.keyClick(view, Qt.Key.Key_Up)
    assert view.selected_claims() == ["c1"]
    with qtbot.waitSignal(view.session.changed):
        QTest.keyClick(view, Qt.Key.Key_Insert)
    new_id = view.selected_claims()[0]
    assert any(a.premises == [new_id] and a.target == "c1" for a in view.session.map.arguments)
    editor = view.findChild(InplaceEditor)
    assert editor is not None and editor.claim_id == new_id


def test_rubber_band_then_connect_command(view):
    a, b = view.map_scene.claims["c3"], view.map_scene.claims["c4"]
    rect = a.sceneBoundingRect().united(b.sceneBoundingRect())
    start = view.mapFromScene(rect.topLeft()) - QPoint(8, 8)
    end = view.mapFromScene(rect.bottomRight()) + QPoint(8, 8)
    vp = view.viewport()
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(vp, (start + end) / 2)
    QTest.mouseMove(vp, end)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    assert set(view.selected_claims()) == {"c3", "c4"}
    view.actions_by_name["connect_attack"].trigger()
    last = view.selected_claims()[-1]
    first = view.selected_claims()[0]
    assert any(x.premises == [first] and x.target == last for x in view.session.map.arguments)


def test_zoom_commands(view):
    view.zoom_reset()
    assert view.zoom() == pytest.approx(1.0)
    view.zoom_in()
    assert view.zoom() > 1.0
    view.zoom_out()
    view.zoom_out()
    assert view.zoom() < 1.0
    view.zoom_fit()
    assert view.visible_rect().contains(view.map_scene.map_rect().adjusted(10, 10, -10, -10))


def test_find_selects_matches_in_turn(view):
    hits = view.find("open models")
    assert len(hits) >= 3
    assert view.selected_claims() == [hits[0]]
    view.find("open models")
    assert view.selected_claims() == [hits[1]]
    assert view.find("no such words anywhere") == []


def test_copy_paste_adds_fresh_claims(view):
    view.select_claims(["c3", "c4"])
    view.actions_by_name["copy"].trigger()
    n = len(view.session.map.claims)
    view.actions_by_name["paste"].trigger()
    m = view.session.map
    assert len(m.claims) == n + 2
    assert {c.text for c in m.claims[-2:]} == {m.claim("c3").text, m.claim("c4").text}
    assert set(view.selected_claims()) == {c.id for c in m.claims[-2:]}


def test_undo_all_redo_all_keeps_scene_in_step(view):
    m = view.session.map
    start = m.model_copy(deep=True)
    _drag(view, _at(view, "c10"), _at(view, "c7"))
    view.select_claim("c8")
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Delete)
    view.relayout()
    stack = view.session.undo_stack
    end = m.model_copy(deep=True)
    while stack.canUndo():
        stack.undo()
    assert m.model_dump() == start.model_dump()
    assert set(view.map_scene.claims) == {c.id for c in m.claims}
    while stack.canRedo():
        stack.redo()
    assert m.model_dump() == end.model_dump()
    assert set(view.map_scene.claims) == {c.id for c in m.claims}


def test_keyboard_only_connect_with_shift_arrows(view):
    view.select_claim("c5")
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.selected_claims() == ["c5", "c6"]
    QTest.keyClick(view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert any(a.premises == ["c5"] and a.target == "c6" for a in view.session.map.arguments)


def test_ctrl_arrow_nudges_merge_into_one_undo_step(view):
    view.select_claim("c6")
    view.setFocus()
    x0 = view.map_scene.claims["c6"].centre().x()
    for _ in range(3):
        QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert view.map_scene.claims["c6"].centre().x() == pytest.approx(x0 + 30)
    assert view.session.undo_stack.count() == 1


def test_drop_on_a_reason_adds_a_linked_premise_and_lines_follow_the_drag(view):
    junction = view.map_scene.junctions["a2"]
    src, dst = _at(view, "c5"), view.mapFromScene(junction.scenePos())
    line_c5 = view.map_scene.edges[("a3", "c5", "a3", "premise")]
    before = line_c5.points
    vp = view.viewport()
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, src)
    QTest.mouseMove(vp, src + QPoint(0, 30))
    QTest.mouseMove(vp, dst)
    assert junction.drop_target
    assert line_c5.points[0] != before[0]  # the box's line is dragged along
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, dst)
    assert view.session.map.argument("a2").premises == ["c3", "c4", "c5"]


def test_select_a_reason_and_delete_disconnects(view):
    junction = view.map_scene.junctions["a4"]
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(junction.scenePos()))
    assert view.selected_arguments() == ["a4"]
    view.actions_by_name["toggle_relation"].trigger()
    assert view.session.map.argument("a4").relation == Relation.ATTACK
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert "a4" not in {a.id for a in view.session.map.arguments}
    assert "c6" in view.map_scene.claims  # the claim stays, now unconnected


def test_ctrl_wheel_zooms_and_middle_drag_pans(view):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    view.zoom_reset()
    centre = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(
        centre,
        view.viewport().mapToGlobal(centre),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom() == pytest.approx(1.25)
    bar = view.horizontalScrollBar()
    before = bar.value()
    vp = view.viewport()
    start = vp.rect().center()
    QTest.mousePress(vp, Qt.MouseButton.MiddleButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(vp, start + QPoint(-120, 0))
    QTest.mouseRelease(
        vp, Qt.MouseButton.MiddleButton, Qt.KeyboardModifier.NoModifier, start + QPoint(-120, 0)
    )
    assert bar.value() > before
    assert view.session.undo_stack.count() == 0  # panning is not an edit


def test_big_map_far_out_is_one_picture_and_a_click_zooms_in(qtbot):
    from tests.ui.map.big_maps import tree_map
    from ui.map.overview import OVERVIEW_MIN_CLAIMS

    v = MapView(Document(tree_map(OVERVIEW_MIN_CLAIMS + 10)))
    qtbot.addWidget(v)
    v.resize(1000, 700)
    v.show()
    qtbot.waitExposed(v)
    v.zoom_fit()
    assert v.in_overview()
    shot = v.grab().toImage()
    bg = shot.pixelColor(2, 2)
    assert any(
        shot.pixelColor(x, y) != bg for x in range(0, shot.width(), 3) for y in range(0, shot.height(), 3)
    )
    QTest.mouseClick(v.viewport(), Qt.MouseButton.LeftButton, pos=v.viewport().rect().center())
    assert not v.in_overview() and v.zoom() >= 0.5
    assert v.select_claim("c0") and v.selected_claims() == ["c0"]


def test_tag_filter_fades_other_claims_and_survives_edits(view):
    view.set_filter({"c2", "c3"})
    claims = view.map_scene.claims
    assert claims["c2"].opacity() == 1.0 and claims["c7"].opacity() < 0.5
    view.select_claim("c7")
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_F2)
    view.findChild(InplaceEditor).finish(save=False)
    view.push(edits.set_wording(view.session.map, "c6", "Innovation spreads."))
    assert view.map_scene.claims["c6"].opacity() < 0.5
    view.set_filter(None)
    assert all(item.opacity() == 1.0 for item in claims.values())


def test_canvas_follows_a_dark_theme_but_exports_stay_white(view, tmp_path):
    from PySide6.QtGui import QColor, QImage, QPalette

    dark = QPalette(view.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    view.setPalette(dark)
    assert view.map_scene.backgroundBrush().color().lightness() < 100
    out = tmp_path / "dark.png"
    from ui.render.export import export_scene

    export_scene(view.map_scene, out)
    assert QImage(str(out)).pixelColor(2, 2) == QColor("white")


def test_double_click_on_empty_canvas_adds_a_claim_there(view):
    empty = view.mapFromScene(view.map_scene.map_rect().bottomLeft()) + QPoint(40, 60)
    assert view.itemAt(empty) is None
    spot = view.mapToScene(empty)
    n = len(view.session.map.claims)
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=empty)
    m = view.session.map
    assert len(m.claims) == n + 1
    new_id = m.claims[-1].id
    centre = view.map_scene.claims[new_id].centre()
    assert abs(centre.x() - spot.x()) < 1 and abs(centre.y() - spot.y()) < 1
    assert view.findChild(InplaceEditor) is not None
    view.session.undo_stack.undo()
    assert len(m.claims) == n and new_id not in view.map_scene.claims


def test_context_menus_offer_the_commands_of_what_was_clicked(view):
    from ui.map.actions import context_menu

    claim = view.map_scene.claims["c7"]
    texts = [a.text() for a in context_menu(view, claim).actions()]
    assert "Add &Objection" in texts and "&Edit Wording" in texts
    assert view.selected_claims() == ["c7"]
    line = [a.text() for a in context_menu(view, view.map_scene.junctions["a7"]).actions()]
    assert "Switch Support/&Attack" in line
    canvas = [a.text() for a in context_menu(view, None).actions()]
    assert "&New Claim" in canvas and "&Re-layout" in canvas


def test_a_dropped_objection_attacks_without_shift(view):
    """Regression (issue 13, bug 2): the kind of the dragged claim decides; Shift flips it."""
    m = view.session.map
    _drag(view, _at(view, "c9"), _at(view, "c6"))
    dropped = [a for a in m.arguments if a.premises == ["c9"] and a.target == "c6"]
    assert [a.relation for a in dropped] == [Relation.ATTACK]
    assert (dropped[0].id, dropped[0].id, "c6", "attack") in view.map_scene.edges
