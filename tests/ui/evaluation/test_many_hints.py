"""Thousands of hints are listed a few hundred at a time, the window answering in between; nothing is lost."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from argmap.analysis.coach import Hint
from ui.evaluation.hints_panel import HINTS_AT_ONCE, HintsPanel


class _Overlay:
    def __init__(self, hints: list[Hint]) -> None:
        self.hints = hints


class _Evaluation(QObject):
    """What the panel reads of an evaluation controller."""

    updated = Signal()

    def __init__(self, hints: list[Hint]) -> None:
        super().__init__()
        self.overlay = _Overlay(hints)
        self.busy = False
        self.dismissed: set[str] = set()

    def restore_hints(self) -> None:
        pass


def test_thousands_of_hints_are_listed_in_steps_keeping_the_chosen_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    n = 3 * HINTS_AT_ONCE + 7
    hints = [Hint("unsupported", f"“Claim {i}” has no reason yet", (f"c{i}",)) for i in range(n)]
    evaluation = _Evaluation(hints)
    panel = HintsPanel(evaluation)  # type: ignore[arg-type]
    qtbot.addWidget(panel)
    panel.resize(320, 400)
    panel.show()
    assert panel.list.count() == HINTS_AT_ONCE and panel.listing  # the first ones at once
    assert panel.count.text() == f"{n} hints"
    qtbot.waitUntil(lambda: not panel.listing)
    assert panel.messages() == [h.message for h in hints]
    # the user picks one far down the list; a new evaluation lists it again, still picked
    far = panel.list.item(n - 3)
    assert far is not None
    panel.list.setCurrentItem(far)
    evaluation.updated.emit()
    qtbot.waitUntil(lambda: not panel.listing)
    current = panel.list.currentItem()
    assert current is not None and current.text() == hints[n - 3].message
