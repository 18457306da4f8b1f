"""View > Evaluation puts IN / OUT / UNDECIDED badges with the strength on every box, kept up to date."""

from __future__ import annotations

from argmap.model import Claim, Role
from argmap.ops import AddClaim, EditClaim
from tests.conftest import SAMPLE_MAP
from tests.ui.evaluation.maps import attacked_conclusion
from ui.evaluation.badges import LABEL_COLORS, badges_of
from ui.shell.main_window import MainWindow


def _texts(w: MainWindow) -> dict[str, str]:
    return {cid: b.text() for cid, b in badges_of(w.map_view.map_scene).items()}


def test_badges_show_label_and_strength_and_follow_edits(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = main_window
    w.load(attacked_conclusion(), None)
    assert _texts(w) == {}  # off until asked for
    action = w.actions_by_name["evaluation"]
    assert action.isCheckable() and action.shortcut().toString() == "F9"
    action.trigger()
    assert _texts(w) == {"c1": "OUT 0.50", "c2": "IN 0.50", "c3": "IN 0.50"}
    badge = badges_of(w.map_view.map_scene)["c1"]
    assert badge.parentItem() is w.map_view.map_scene.claims["c1"]
    assert "given the map as drawn" in badge.toolTip()
    assert w.evaluation_ui.caption.isVisible()
    # a strong base score on c2: its support now outweighs the attack on c1, so c1 rises above 0.5
    w.session.push(EditClaim("c2", {"strength": "strong"}))
    texts = _texts(w)
    assert texts["c1"].startswith("OUT ") and float(texts["c1"].split()[1]) > 0.5
    assert texts["c2"].startswith("IN ") and float(texts["c2"].split()[1]) > 0.5
    # a new box gets a badge at once
    w.session.push(AddClaim(Claim(id="c4", text="Trams are quiet.", role=Role.PREMISE)))
    assert "c4" in _texts(w)
    w.session.undo_stack.undo()
    assert "c4" not in _texts(w)
    action.trigger()
    assert _texts(w) == {} and not w.evaluation_ui.caption.isVisible()


def test_colour_and_text_both_carry_the_label(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = main_window
    w.load(attacked_conclusion(), None)
    w.evaluation_ui.set_evaluation(True)
    items = badges_of(w.map_view.map_scene)
    assert items["c1"].badge.label.value == "out" and items["c3"].badge.label.value == "in"
    assert len(set(LABEL_COLORS.values())) == 3


def test_badges_survive_opening_another_file(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = main_window
    w.load(attacked_conclusion(), None)
    w.evaluation_ui.set_evaluation(True)
    assert w.files.open_path(SAMPLE_MAP)
    texts = _texts(w)
    assert len(texts) == len(w.session.map.claims)
    assert texts["c7"].startswith("OUT")  # the sample's answered objection


def test_a_slow_evaluation_is_debounced(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = main_window
    w.load(attacked_conclusion(), None)
    ui = w.evaluation_ui
    ui.set_evaluation(True)
    ui.controller.last_ms = 1000.0  # as if the map took a second to evaluate
    w.session.push(EditClaim("c2", {"strength": "strong"}))
    assert _texts(w)["c2"] == "IN 0.50"  # not yet: typing stays fluid on a huge map
    qtbot.waitUntil(lambda: _texts(w)["c2"] != "IN 0.50", timeout=3000)
    assert float(_texts(w)["c2"].split()[1]) > 0.5
