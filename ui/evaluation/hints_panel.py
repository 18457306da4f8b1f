"""The Hints dock: the structure coach's live hints; click one to select its boxes, dismiss the ones you disagree with."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from argmap.analysis.coach import Hint
from argmap.model import ArgumentMap
from ui.evaluation.controller import EvaluationController

EVALUATING = "Evaluating the map…"
NO_HINTS = "No hints: the map's structure looks sound."
HINTS_AT_ONCE = 500
"""Hints added to the list in one go; more wait for the window's next events (a big map has thousands)."""


class HintsPanel(QWidget):
    """Lists `evaluation.overlay.hints`. `claimsRequested(list)` asks the window to select boxes."""

    claimsRequested = Signal(list)

    def __init__(self, evaluation: EvaluationController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.evaluation = evaluation
        self.setAccessibleName("Structure hints")
        self.list = QListWidget()
        self.list.setAccessibleName("Hints")
        self.list.setWordWrap(True)
        # A big map has thousands of hints: lay them out a hundred at a time between events
        self.list.setLayoutMode(QListView.LayoutMode.Batched)
        self.dismiss_button = QPushButton("&Dismiss")
        self.dismiss_button.setToolTip("Hide this hint for this document (Delete)")
        self.restore_button = QPushButton("Show dismissed")
        self.count = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.dismiss_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.list.itemClicked.connect(self._select)
        self.list.itemActivated.connect(self._select)
        self.dismiss_button.clicked.connect(self.dismiss_current)
        self.restore_button.clicked.connect(evaluation.restore_hints)
        self._rest: tuple[list[Hint], int, object] = ([], 0, None)
        """Hints still to list: (all of them, the first not listed yet, the key of the hint to keep current)."""
        self._more = QTimer(self)
        self._more.setSingleShot(True)
        self._more.timeout.connect(self._list_more)
        evaluation.updated.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Refill the list from the latest evaluation, keeping the current hint selected.

        A big map's thousands of hints are listed `HINTS_AT_ONCE` at a time, between the window's events.
        """
        ov = self.evaluation.overlay
        current = self.list.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self.list.clear()
        hints = ov.hints if ov is not None else []
        self._rest = (hints, 0, keep)
        self._list_more()
        if not hints:
            placeholder = QListWidgetItem(EVALUATING if self.evaluation.busy else NO_HINTS)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(placeholder)
        hidden = len(self.evaluation.dismissed)
        self.count.setText(
            EVALUATING
            if self.evaluation.busy
            else f"{len(hints)} hint{'' if len(hints) == 1 else 's'}"
            + (f", {hidden} dismissed" if hidden else "")
        )
        self.dismiss_button.setEnabled(bool(hints))
        self.restore_button.setEnabled(bool(hidden))

    @property
    def listing(self) -> bool:
        """True while hints are still being added to the list."""
        hints, start, _keep = self._rest
        return start < len(hints)

    def _list_more(self) -> None:
        hints, start, keep = self._rest
        for hint in hints[start : start + HINTS_AT_ONCE]:
            item = QListWidgetItem(hint.message)
            item.setData(Qt.ItemDataRole.UserRole, hint.key)
            item.setData(Qt.ItemDataRole.UserRole + 1, list(hint.ids))
            item.setToolTip(f"{hint.code}: {hint.message}")
            self.list.addItem(item)
            if hint.key == keep:
                self.list.setCurrentItem(item)
        self._rest = (hints, start + HINTS_AT_ONCE, keep)
        if self.listing:
            self._more.start(0)

    def messages(self) -> list[str]:
        """The hint texts as listed (what the user reads)."""
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _select(self, item: QListWidgetItem) -> None:
        ids = item.data(Qt.ItemDataRole.UserRole + 1)
        if isinstance(ids, list):
            claims = claims_of(self.evaluation.session.map, [str(i) for i in ids])
            if claims:
                self.claimsRequested.emit(claims)

    def dismiss_current(self) -> None:
        """Dismiss the selected hint (or the first one)."""
        item = self.list.currentItem() or self.list.item(0)
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if isinstance(key, str):
            self.evaluation.dismiss(key)


def claims_of(m: ArgumentMap, ids: list[str]) -> list[str]:
    """The claim boxes a hint points at: claims as they are, an argument as its premises."""
    claim_ids = {c.id for c in m.claims}
    out: list[str] = []
    for i in ids:
        premises = next((list(a.premises) for a in m.arguments if a.id == i), [])
        found = [i] if i in claim_ids else premises
        out += [c for c in found if c not in out]
    return out
