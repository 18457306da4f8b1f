"""Projector mode counts objections apart from reasons and shows the undercut under the reason it cuts."""

from __future__ import annotations

from PySide6.QtCore import Qt

from argmap.paths import SAMPLE_MAP, seed
from ui.shell.main_window import MainWindow


def test_projector_on_the_sample_conclusion(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = main_window
    assert w.files.open_path(seed(SAMPLE_MAP))
    w.selection.select("c1")
    w.actions_by_name["projector"].trigger()
    p = w.evaluation_ui.projector
    assert p is not None
    qtbot.waitExposed(p)
    assert p.footer.text().startswith("4 more reasons · 1 more objection · ")
    for _ in range(5):
        qtbot.keyClick(p.windowHandle(), Qt.Key.Key_Space)
    shown = p.shown_reasons()
    undercut = w.session.map.claim("c9").text
    assert any(line.strip().startswith("⤷ Undercut") and undercut in line for line in shown)
    bias_reason = w.session.map.claim("c10").text
    where = next(i for i, line in enumerate(shown) if bias_reason in line)
    assert undercut in shown[where + 1]  # right under the reason it cuts
    assert any(line.startswith("− However") for line in shown)
    assert p.footer.text().startswith("0 more reasons · ")
    qtbot.keyClick(p.windowHandle(), Qt.Key.Key_Escape)
    assert w.evaluation_ui.projector is None or not p.isVisible()
