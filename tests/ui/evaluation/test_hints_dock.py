"""The Hints dock lists the coach's hints live; clicking one selects its boxes; dismissing hides it for this document."""

from __future__ import annotations

from argmap.model import Argument, Relation
from argmap.ops import AddArgument
from tests.ui.evaluation.maps import attacked_conclusion
from ui.evaluation.hints_panel import NO_HINTS
from ui.shell.main_window import MainWindow


def test_hints_listed_selectable_and_dismissable(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = main_window
    w.load(attacked_conclusion(), None)
    panel = w.evaluation_ui.hints
    view = next(a.menu() for a in w.menuBar().actions() if a.text() == "&View")
    names = [a.text() for a in view.actions()]
    assert {"Hints", "&Evaluation overlay", "&Projector mode"} <= set(names)
    messages = panel.messages()
    assert any("Shops would lose customers" in t and "no response" in t for t in messages)

    panel.list.setCurrentRow(0)
    panel._select(panel.list.item(0))
    assert w.selection.ids == ["c3"] and w.map_view.selected_claims() == ["c3"]

    panel.dismiss_current()
    assert panel.messages() == [NO_HINTS]
    assert "1 dismissed" in panel.count.text()
    assert w.evaluation_ui.controller.dismissed  # view state, not in the map
    assert "c3" in {c.id for c in w.session.map.claims}

    panel.restore_button.click()
    assert len(panel.messages()) == 1 and panel.messages() != [NO_HINTS]


def test_hints_follow_edits(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = main_window
    w.load(attacked_conclusion(), None)
    panel = w.evaluation_ui.hints
    assert len(panel.messages()) == 1
    # answer the objection with a rebuttal from c2: the "no response" hint goes
    w.session.push(AddArgument(Argument(id="a9", premises=["c2"], relation=Relation.ATTACK, target="c3")))
    assert not any("no response" in t for t in panel.messages())
    w.session.undo_stack.undo()
    assert any("no response" in t for t in panel.messages())
