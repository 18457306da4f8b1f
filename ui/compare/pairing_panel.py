"""The teacher confirms or overrides Map Match's claim pairings: pair, unpair, no match, reset."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from argmap.analysis.align import Alignment
from argmap.model import ArgumentMap

Overrides = dict[str, str | None]
"""Reference claim id -> the student claim it matches, or None for "no match" (align.py)."""

HOW = {
    "span": "text overlap",
    "wording": "same wording",
    "teacher": "set by you",
    "alternative": "a thesis you accept",
}


def _label(m: ArgumentMap, claim_id: str) -> str:
    text = " ".join(m.claim(claim_id).text.split())
    return f"{claim_id}: {text if len(text) <= 60 else text[:59] + '…'}"


class PairingPanel(QGroupBox):
    """The current pairings (automatic or the teacher's) and the controls that change them.

    Pick a reference claim and a student claim and press "Pair these"; "No match" says
    the reference claim has no counterpart; "Unpair" does that for the selected pairing;
    "Reset to automatic" drops every decision. Signal: `overridesChanged(dict)`.
    """

    overridesChanged = Signal(dict)

    def __init__(self, reference: ArgumentMap, student: ArgumentMap, parent: QWidget | None = None) -> None:
        super().__init__("Pairings", parent)
        self.reference = reference
        self.student = student
        self.overrides: Overrides = {}
        self.ref_combo = QComboBox()
        self.ref_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.ref_combo.setMinimumContentsLength(24)  # long claims must not squeeze the report
        self.ref_combo.setAccessibleName("Reference claim")
        for c in reference.claims:
            self.ref_combo.addItem(_label(reference, c.id), c.id)
        self.student_combo = QComboBox()
        self.student_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.student_combo.setMinimumContentsLength(24)  # long claims must not squeeze the report
        self.student_combo.setAccessibleName("Your claim")
        for c in student.claims:
            self.student_combo.addItem(_label(student, c.id), c.id)
        self.pair_button = QPushButton("Pair these")
        self.no_match_button = QPushButton("No match")
        self.no_match_button.setToolTip("The chosen reference claim has no counterpart in the student map")
        self.unpair_button = QPushButton("Unpair")
        self.unpair_button.setToolTip("The selected pairing is wrong: its reference claim has no match")
        self.reset_button = QPushButton("Reset to automatic")
        self.list = QListWidget()
        self.list.setAccessibleName("Current pairings")
        grid = QGridLayout(self)
        grid.addWidget(QLabel("Reference"), 0, 0)
        grid.addWidget(self.ref_combo, 0, 1, 1, 2)
        grid.addWidget(QLabel("Student"), 1, 0)
        grid.addWidget(self.student_combo, 1, 1, 1, 2)
        grid.addWidget(self.pair_button, 2, 0)
        grid.addWidget(self.no_match_button, 2, 1)
        grid.addWidget(self.unpair_button, 2, 2)
        grid.addWidget(self.list, 3, 0, 1, 3)
        grid.addWidget(self.reset_button, 4, 0, 1, 3)
        self.pair_button.clicked.connect(self._pair_chosen)
        self.no_match_button.clicked.connect(self._no_match_chosen)
        self.unpair_button.clicked.connect(self._unpair_selected)
        self.reset_button.clicked.connect(self.reset)

    def show_alignment(self, al: Alignment) -> None:
        """List the pairings of `al`, the teacher's marked as such, then the teacher's "no match"es."""
        self.list.clear()
        for p in al.pairs:
            text = f"{p.ref} ↔ {p.student}  ({HOW[p.how]}"
            text += ")" if p.how == "teacher" else f", {p.score:.0%})"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, p.ref)
            self.list.addItem(item)
        for r, s in self.overrides.items():
            if s is None:
                item = QListWidgetItem(f"{r} ↔ no match  (set by you)")
                item.setData(Qt.ItemDataRole.UserRole, r)
                self.list.addItem(item)
        self.reset_button.setEnabled(bool(self.overrides))

    def pair(self, ref_id: str, student_id: str) -> None:
        """The teacher says these two are the same claim (any other decision about `student_id` goes)."""
        self.overrides = {r: s for r, s in self.overrides.items() if s != student_id and r != ref_id}
        self.overrides[ref_id] = student_id
        self.overridesChanged.emit(dict(self.overrides))

    def no_match(self, ref_id: str) -> None:
        """The teacher says the student map has nothing for this reference claim."""
        self.overrides.pop(ref_id, None)
        self.overrides[ref_id] = None
        self.overridesChanged.emit(dict(self.overrides))

    def reset(self) -> None:
        """Back to the automatic alignment."""
        self.overrides = {}
        self.overridesChanged.emit({})

    def _pair_chosen(self) -> None:
        r, s = self.ref_combo.currentData(), self.student_combo.currentData()
        if isinstance(r, str) and isinstance(s, str):
            self.pair(r, s)

    def _no_match_chosen(self) -> None:
        r = self.ref_combo.currentData()
        if isinstance(r, str):
            self.no_match(r)

    def _unpair_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.no_match(str(item.data(Qt.ItemDataRole.UserRole)))
