"""Details panel: label with "because", strength with its working, base score, relevance, scheme and critical questions."""

from __future__ import annotations

from argmap.model import Answer, Relation, Role, Strength
from tests.ui.evaluation.maps import attacked_conclusion, expert_reason
from ui.shell.main_window import MainWindow


def test_label_because_strength_and_working(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = main_window
    w.load(attacked_conclusion(), None)
    w.selection.select("c1")
    sec = w.evaluation_ui.section
    assert sec.isVisible()
    assert "given the map as drawn" in sec.heading.text()
    assert sec.label.text().startswith("OUT")
    assert "c3" in sec.label.text() or "Shops would lose" in sec.label.text()
    assert sec.strength.text().startswith("0.50")
    assert sec.working.isHidden()
    sec.working_button.click()
    assert sec.working.isVisible() and "C(" in sec.working.text()
    assert sec.working_button.text() == "Hide working"
    w.selection.select("c3")
    assert sec.label.text().startswith("IN")


def test_base_score_is_one_undoable_edit(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = main_window
    w.load(attacked_conclusion(), None)
    w.selection.select("c2")
    sec = w.evaluation_ui.section
    assert sec.base.currentText() == "not set"
    sec.base.setCurrentIndex(4)
    sec.base.activated.emit(4)
    assert w.session.map.claim("c2").strength is Strength.STRONG
    assert float(sec.strength.text().split()[0]) > 0.5
    w.session.undo_stack.undo()
    assert w.session.map.claim("c2").strength is None
    assert sec.base.currentText() == "not set"


def test_relevance_of_the_reason(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = main_window
    w.load(attacked_conclusion(), None)
    w.selection.select("c2")
    reason = w.evaluation_ui.section.reason
    assert reason.isVisible()
    assert reason.title.text() == (
        "<b>Reason:</b> “Cars pollute the air.” is a reason for “Cities should ban cars downtown.”"
    ), "plain words, no ids"
    i = reason.relevance.findData(0.25)
    reason.relevance.setCurrentIndex(i)
    reason.relevance.activated.emit(i)
    assert w.session.map.argument("a1").relevance == 0.25
    w.selection.select("c1")  # a conclusion is the premise of no reason
    assert not reason.isVisible()


def test_scheme_checklist_and_objection_from_a_no(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = main_window
    w.load(expert_reason(), None)
    w.selection.select("c2")
    reason = w.evaluation_ui.section.reason
    assert reason.scheme.currentText() == "Argument from expert opinion"
    boxes = reason.answer_boxes
    assert {"expertise", "trustworthiness"} <= set(boxes)
    assert all(b.currentText() == "unanswered" for b in boxes.values())
    assert reason.objection_buttons["trustworthiness"].isHidden()

    boxes["trustworthiness"].setCurrentIndex(2)
    boxes["trustworthiness"].activated.emit(2)
    assert w.session.map.argument("a1").answers == {"trustworthiness": Answer.NO}
    button = reason.objection_buttons["trustworthiness"]  # rebuilt after the edit
    assert not button.isHidden()
    claims_before = len(w.session.map.claims)
    button.click()
    m = w.session.map
    assert len(m.claims) == claims_before + 1
    objection = m.claims[-1]
    assert objection.role is Role.OBJECTION
    undercut = next(a for a in m.arguments if a.premises == [objection.id])
    assert undercut.relation is Relation.ATTACK and undercut.target == "a1"
    w.session.undo_stack.undo()  # the objection is one undo step
    assert len(w.session.map.claims) == claims_before


def test_choosing_a_scheme(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = main_window
    w.load(attacked_conclusion(), None)
    w.selection.select("c2")
    reason = w.evaluation_ui.section.reason
    assert reason.scheme.currentText() == "(no scheme)" and not reason.answer_boxes
    i = reason.scheme.findText("Argument from expert opinion")
    assert i > 0
    reason.scheme.setCurrentIndex(i)
    reason.scheme.activated.emit(i)
    assert w.session.map.argument("a1").scheme == "Expert Opinion"
    assert "expertise" in reason.answer_boxes
