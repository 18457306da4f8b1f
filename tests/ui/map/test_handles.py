"""Handles and drop targets, driven with the mouse at the positions drawn: buttons add in place, knobs connect, targets light up."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from argmap.edits.drop_plans import DropTarget, plan_drop
from argmap.model import ArgumentMap, Relation
from ui.document.document import Document
from ui.map.drop_targets import DropLabel, TargetMark
from ui.map.inplace_editor import InplaceEditor
from ui.map.view import MapView

NO = Qt.KeyboardModifier.NoModifier
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def view(qtbot, sample_map: ArgumentMap) -> Iterator[MapView]:  # type: ignore[no-untyped-def]
    v = MapView(Document(sample_map))
    qtbot.addWidget(v)
    v.resize(1400, 900)
    v.show()
    qtbot.waitExposed(v)
    v.zoom_fit()
    yield v


def _at(view: MapView, claim_id: str) -> QPoint:
    return view.mapFromScene(view.map_scene.claims[claim_id].sceneBoundingRect().center())


def _junction(view: MapView, argument_id: str) -> QPoint:
    return view.mapFromScene(view.map_scene.junctions[argument_id].scenePos())


def _click(view: MapView, pos: QPoint) -> None:
    QTest.mouseMove(
        view.viewport(), pos
    )  # as a hand does: without it, QTest takes two clicks for a double-click
    QTest.mouseClick(view.viewport(), LEFT, NO, pos)


def _hover(view: MapView, pos: QPoint) -> None:
    QTest.mouseMove(view.viewport(), pos)


def _labels(view: MapView) -> list[str]:
    return [i.text for i in view.map_scene.items() if isinstance(i, DropLabel) and i.isVisible()]


def test_selecting_a_box_shows_its_buttons_under_it(view: MapView) -> None:
    _click(view, _at(view, "c3"))
    bar = view.handles.bar
    assert bar.isVisible() and bar.claim_id == "c3"
    assert [b.text for b, _ in bar.buttons] == ["+ reason", "− objection", "+ co-premise"]
    box = view.mapFromScene(view.map_scene.claims["c3"].sceneBoundingRect()).boundingRect()
    middle = view.handles.button_point("objection")
    assert box.bottom() < middle.y() < box.bottom() + 40 and abs(middle.x() - box.center().x()) < 30
    _click(view, _at(view, "c1"))  # the conclusion is nobody's premise: no co-premise button
    assert [b.name for b, _ in view.handles.bar.buttons] == ["reason", "objection"]


def test_hover_moves_the_handles_to_the_box_under_the_mouse(view: MapView) -> None:
    _click(view, _at(view, "c3"))
    _hover(view, _at(view, "c6"))
    assert view.handles.bar.claim_id == "c6"
    _hover(view, view.handles.button_point("reason"))  # onto the buttons: they stay
    assert view.handles.bar.claim_id == "c6"


@pytest.mark.parametrize(("name", "relation"), [("reason", Relation.SUPPORT), ("objection", Relation.ATTACK)])
def test_plus_reason_and_minus_objection_add_in_place(view: MapView, name: str, relation: Relation) -> None:
    m = view.session.map
    _click(view, _at(view, "c6"))
    _click(view, view.handles.button_point(name))
    [new] = [a for a in m.arguments if a.target == "c6"]
    assert new.relation is relation
    assert isinstance(view._editor, InplaceEditor)  # typing goes straight into the new box
    assert view.selected_claims() == new.premises
    assert view.session.undo_stack.count() == 1


def test_co_premise_joins_the_reason(view: MapView) -> None:
    _click(view, _at(view, "c3"))
    _click(view, view.handles.button_point("co_premise"))
    premises = view.session.map.argument("a2").premises
    assert premises[:2] == ["c3", "c4"] and len(premises) == 3
    assert view.session.undo_stack.count() == 1


def _knob_drag(view: MapView, source: str, dst: QPoint, mods: Qt.KeyboardModifier = NO) -> dict[str, object]:
    """Hover the source box, press its knob, move to `dst`; report what was lit, then drop."""
    vp = view.viewport()
    _hover(view, _at(view, source))
    knob = view.handles.knob_point()
    QTest.mousePress(vp, LEFT, NO, knob)
    for k in range(1, 6):
        QTest.mouseMove(vp, knob + (dst - knob) * (k / 5))
    feedback = view.handles.drag.feedback if view.handles.drag is not None else None
    seen: dict[str, object] = {
        "labels": _labels(view),
        "lit": feedback.lit if feedback is not None else [],
        "hot": [i.target for i in view.map_scene.items() if isinstance(i, TargetMark) and i.hot],
    }
    QTest.mouseRelease(vp, LEFT, mods, dst)
    return seen


def test_knob_drag_onto_a_box_connects_with_the_label_it_showed(view: MapView) -> None:
    m = view.session.map
    seen = _knob_drag(view, "c10", _at(view, "c6"))
    assert seen["labels"] == ["support"]
    assert seen["hot"] == [DropTarget(claim_id="c6")]
    lit = seen["lit"]
    assert isinstance(lit, list)
    assert DropTarget(claim_id="c6") in lit and DropTarget(argument_id="a1") in lit
    assert DropTarget(claim_id="c10") not in lit  # never onto itself
    assert any(
        a.premises == ["c10"] and a.target == "c6" and a.relation is Relation.SUPPORT for a in m.arguments
    )
    assert not [i for i in view.map_scene.items() if isinstance(i, TargetMark)]  # marks gone after the drop
    assert view.handles.drag is None


def test_an_objection_dragged_onto_a_box_attacks_and_is_drawn_dashed(view: MapView) -> None:
    seen = _knob_drag(view, "c9", _at(view, "c6"))
    assert seen["labels"] == ["attack"]
    [arg] = [a for a in view.session.map.arguments if a.premises == ["c9"] and a.target == "c6"]
    assert arg.relation is Relation.ATTACK
    assert view.map_scene.edges[(arg.id, arg.id, "c6", "attack")].style.dashed


def test_knob_drag_onto_a_junction_links_or_undercuts(view: MapView) -> None:
    seen = _knob_drag(view, "c6", _junction(view, "a1"))
    assert seen["labels"] == ["linked premise"]
    assert view.session.map.argument("a1").premises == ["c2", "c6"]
    view.session.undo_stack.undo()
    seen = _knob_drag(view, "c9", _junction(view, "a1"))
    assert seen["labels"] == ["undercut"]
    assert any(a.premises == ["c9"] and a.target == "a1" for a in view.session.map.arguments)


def test_moving_a_box_lights_targets_and_labels_the_one_under_it(view: MapView) -> None:
    vp = view.viewport()
    src, dst = _at(view, "c9"), _at(view, "c6")
    QTest.mousePress(vp, LEFT, NO, src)
    for k in range(1, 6):
        QTest.mouseMove(vp, src + (dst - src) * (k / 5))
    assert _labels(view) == ["attack"]  # bug 2: an objection dropped without Shift attacks
    QTest.mouseRelease(vp, LEFT, NO, dst)
    assert any(
        a.premises == ["c9"] and a.target == "c6" and a.relation is Relation.ATTACK
        for a in view.session.map.arguments
    )
    assert not _labels(view)


def test_escape_cancels_a_connection(view: MapView) -> None:
    vp = view.viewport()
    _hover(view, _at(view, "c10"))
    knob = view.handles.knob_point()
    QTest.mousePress(vp, LEFT, NO, knob)
    QTest.mouseMove(vp, knob + QPoint(0, 40))
    QTest.mouseMove(vp, _at(view, "c6"))
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert view.handles.drag is None and not _labels(view)
    QTest.mouseRelease(vp, LEFT, NO, _at(view, "c6"))
    assert view.session.undo_stack.count() == 0


def test_a_click_on_a_box_edge_still_selects_it(view: MapView) -> None:
    box = view.mapFromScene(view.map_scene.claims["c5"].sceneBoundingRect()).boundingRect()
    _click(view, QPoint(box.center().x(), box.top() + 2))
    assert view.selected_claims() == ["c5"]
    assert view.session.undo_stack.count() == 0


def test_exports_never_show_handles(view: MapView, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage

    from ui.render.export import export_scene

    export_scene(view.map_scene, tmp_path / "before.png")
    _click(view, _at(view, "c3"))
    _hover(view, _at(view, "c3"))
    assert view.handles.bar.isVisible()
    export_scene(view.map_scene, tmp_path / "after.png")
    assert QImage(str(tmp_path / "before.png")) == QImage(str(tmp_path / "after.png"))


def _outcome(before: ArgumentMap, after: ArgumentMap, source: str) -> str:
    """What a drop did, in the words of the labels: support, attack, linked premise, undercut, or ''."""
    old = {a.id: a for a in before.arguments}
    claims = {c.id for c in after.claims}
    for a in after.arguments:
        if source not in a.premises:
            continue
        was = old.get(a.id)
        if was is not None and source not in was.premises:
            return "linked premise"
        if was is None or was.target != a.target or was.relation != a.relation:
            if a.target not in claims:
                return "undercut"
            return "support" if a.relation is Relation.SUPPORT else "attack"
    return ""


@pytest.mark.parametrize("source", ["c10", "c9"])
@pytest.mark.parametrize("mods", [NO, Qt.KeyboardModifier.ShiftModifier], ids=["plain", "shift"])
def test_every_label_shown_is_what_the_drop_does(
    view: MapView, source: str, mods: Qt.KeyboardModifier
) -> None:
    """Drag a premise and an objection onto every box and dot in turn: the label names the result."""
    vp = view.viewport()
    window = view.windowHandle()
    assert window is not None
    stack = view.session.undo_stack
    targets = [c for c in view.map_scene.claims if c != source] + list(view.map_scene.junctions)
    checked = 0
    for name in targets:
        view.zoom_fit()  # Ctrl+0: an edit keeps the selected box still on screen, so the map may have slid
        src = _at(view, source)
        dst = _at(view, name) if name.startswith("c") else _junction(view, name)
        before = view.session.map.model_copy(deep=True)
        a, b = vp.mapTo(view, src), vp.mapTo(view, dst)  # events go to the window, as a hand's do
        QTest.mouseMove(window, a)
        QTest.mousePress(window, LEFT, NO, a)
        for k in range(1, 5):
            QTest.mouseMove(window, a + (b - a) * (k / 4))
        QTest.mouseMove(window, b)
        labels = _labels(view)
        # the modifier is held at the drop: the label is planned again with it, then dropped
        QTest.mouseRelease(window, LEFT, mods, b)
        pushed = stack.index() > 0
        did = _outcome(before, view.session.map, source) if pushed else ""
        if pushed:
            stack.undo()
        assert view.session.map.model_dump() == before.model_dump()
        fresh = DropTarget(claim_id=name) if name.startswith("c") else DropTarget(argument_id=name)
        plan = plan_drop(before, [source], fresh, flip=mods != NO)
        assert did == plan.label, (source, name, did, plan.label)
        if mods == NO:  # without a key the label shown during the drag is the one planned for the drop
            assert labels == ([plan.label] if plan.valid else []), (source, name, labels)
        checked += bool(did)
    assert checked >= 5


def _drawn_buttons(view: MapView) -> list[QRect]:
    bar = view.handles.bar
    to_view = bar.deviceTransform(view.viewportTransform())
    return [to_view.mapRect(r).toAlignedRect() for _b, r in bar.buttons]


@pytest.mark.parametrize("zoom_key", [Qt.Key.Key_0, Qt.Key.Key_1], ids=["fit", "100%"])
def test_the_button_row_covers_no_other_box_at_1366x768(qtbot, main_window, sample_map_path, zoom_key) -> None:  # type: ignore[no-untyped-def]
    """Select each box of the sample on the school laptop: its buttons stay clear of every other box and of each other."""
    from tests.ui.window_fit import wait_fitted

    w = main_window
    wait_fitted(qtbot, w)
    w.resize(1366, 768)
    assert w.files.open_path(sample_map_path)
    QApplication.processEvents()
    qtbot.keyClick(w, zoom_key, Qt.KeyboardModifier.ControlModifier)
    view: MapView = w.map_view
    words = 0
    for cid, item in view.map_scene.claims.items():
        view.centerOn(item)
        _click(view, _at(view, cid))
        _hover(view, QPoint(2, 2))  # the mouse leaves: the selected box keeps its handles
        bar = view.handles.bar
        assert bar.isVisible() and bar.claim_id == cid
        drawn = _drawn_buttons(view)
        others = [
            view.mapFromScene(o.sceneBoundingRect()).boundingRect() for k, o in view.map_scene.claims.items() if k != cid
        ]
        for i, button in enumerate(drawn):
            assert view.viewport().rect().contains(button), (cid, button)
            assert not any(button.intersects(o) for o in others), (cid, bar.buttons[i][0].name)
            assert not any(button.intersects(b) for b in drawn[i + 1 :]), cid
        words += len(drawn) - bar.short
    if zoom_key == Qt.Key.Key_1:
        assert words >= 2 * len(view.map_scene.claims)  # at 100% "+ reason" and "− objection" keep their words
