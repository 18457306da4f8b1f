"""Projector mode: large type, 7:1 contrast, one branch, reasons revealed one at a time, Esc leaves."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.conftest import SAMPLE_MAP
from tests.ui.evaluation.maps import attacked_conclusion
from ui.evaluation.projector import ATTACK_INK, BACKGROUND, INK, SUPPORT_INK, contrast
from ui.shell.main_window import MainWindow


def test_contrast_is_at_least_seven_to_one() -> None:
    for ink in (INK, SUPPORT_INK, ATTACK_INK):
        assert contrast(ink, BACKGROUND) >= 7.0
    assert round(contrast("#000000", "#FFFFFF"), 1) == 21.0
    assert contrast("#777777", "#FFFFFF") < 7.0  # the check can fail


def test_projector_reveals_the_branch_step_by_step(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = main_window
    w.load(attacked_conclusion(), None)
    w.selection.select("c1")
    action = w.actions_by_name["projector"]
    assert action.shortcut().toString() == "F11"
    action.trigger()
    p = w.evaluation_ui.projector
    assert p is not None
    qtbot.waitExposed(p)
    assert p.claim.text() == "Cities should ban cars downtown."
    assert p.claim.font().pointSize() >= 24
    assert p.shown_reasons() == []
    qtbot.keyClick(p, Qt.Key.Key_Space)
    assert p.shown_reasons() == ["+ Because: Cars pollute the air."]
    assert all(label.font().pointSize() >= 24 for label in p.reason_labels)
    assert p.footer.font().pointSize() >= 24
    qtbot.keyClick(p, Qt.Key.Key_Right)
    assert p.shown_reasons()[1] == "− However: Shops would lose customers."
    qtbot.keyClick(p, Qt.Key.Key_Right)  # nothing more to show
    assert len(p.shown_reasons()) == 2
    qtbot.keyClick(p, Qt.Key.Key_Left)
    assert len(p.shown_reasons()) == 1
    qtbot.keyClick(p, Qt.Key.Key_Return)  # focus the revealed reason's branch
    assert p.claim.text() == "Cars pollute the air." and p.shown_reasons() == []
    qtbot.keyClick(p, Qt.Key.Key_Up)
    assert p.claim.text() == "Cities should ban cars downtown."
    with qtbot.waitSignal(p.closed):
        qtbot.keyClick(p, Qt.Key.Key_Escape)
    assert w.evaluation_ui.projector is None


def test_projector_without_selection_starts_at_the_conclusion(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = main_window
    assert w.files.open_path(SAMPLE_MAP)
    w.evaluation_ui.open_projector()
    p = w.evaluation_ui.projector
    assert p is not None
    conclusion = next(c for c in w.session.map.claims if c.role.value == "conclusion")
    assert p.claim.text() == " ".join(conclusion.text.split())
    assert len(p.reasons()) >= 3
    with qtbot.waitSignal(p.closed):
        qtbot.keyClick(p, Qt.Key.Key_F11)
