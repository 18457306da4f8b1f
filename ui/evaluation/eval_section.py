"""Details panel section for the selected claim: its label and why, its strength and working, its base score."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from argmap.analysis.overlay import GIVEN_AS_DRAWN
from argmap.model import Strength
from argmap.ops import EditClaim
from ui.evaluation.controller import EvaluationController
from ui.evaluation.reason_section import ReasonSection, narrow

BASE_SCORES: list[tuple[str, Strength | None]] = [
    ("not set", None),
    ("none", Strength.NONE),
    ("weak", Strength.WEAK),
    ("medium", Strength.MEDIUM),
    ("strong", Strength.STRONG),
]


class EvaluationSection(QWidget):
    """Label with its "because", strength with "Show working", base score, and the reason's scheme section."""

    def __init__(self, evaluation: EvaluationController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.evaluation = evaluation
        self.session = evaluation.session
        self.claim_id: str | None = None
        self._loading = False
        self.setAccessibleName("Evaluation")
        self.heading = QLabel(f"<b>Evaluation</b> ({GIVEN_AS_DRAWN})")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAccessibleName("Label")
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # claim wording may hold "<"

        self.strength = QLabel()
        self.strength.setAccessibleName("Strength")
        self.strength.setWordWrap(True)
        self.heading.setWordWrap(True)
        self.working_button = QPushButton("Show working")
        self.working_button.setCheckable(True)
        self.working = QLabel()
        self.working.setWordWrap(True)
        self.working.setAccessibleName("Working")
        self.working.setTextFormat(Qt.TextFormat.PlainText)
        self.working.hide()
        self.base = QComboBox()
        self.base.setAccessibleName("Base score")
        narrow(self.base)
        for text, value in BASE_SCORES:
            self.base.addItem(text, value)
        self.reason = ReasonSection(evaluation)

        form = QFormLayout()
        form.addRow("Label", self.label)
        form.addRow("Strength", self.strength)
        form.addRow("", self.working_button)
        form.addRow("", self.working)
        form.addRow("&Base score", self.base)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.reason)

        self.working_button.toggled.connect(self._toggle_working)
        self.base.activated.connect(self._commit_base)
        evaluation.updated.connect(self.refresh)

    def show_claim(self, claim_id: str | None) -> None:
        """Show the evaluation of this claim (None: nothing)."""
        self.claim_id = claim_id or None
        self.reason.show_claim(self.claim_id)
        self.refresh()

    def refresh(self) -> None:
        """Reload from the latest evaluation."""
        ov = self.evaluation.overlay
        cid = self.claim_id
        try:
            claim = self.session.map.claim(cid) if cid else None
        except KeyError:
            claim = None
        self.setVisible(claim is not None and ov is not None)
        if claim is None or ov is None or cid is None:
            return
        self._loading = True
        try:
            badge = ov.badges.get(cid)
            if badge is None:
                self.label.setText("not evaluated")
                self.strength.setText("")
            else:
                self.label.setText(ov.because(cid))
                self.strength.setText(f"{badge.strength:.2f} (0 = no support, 1 = fully supported)")
            self.working.setText(ov.working(cid) if badge is not None else "")
            values = [v for _t, v in BASE_SCORES]
            self.base.setCurrentIndex(values.index(claim.strength))
        finally:
            self._loading = False
        self.reason.refresh()

    def _toggle_working(self, on: bool) -> None:
        self.working.setVisible(on)
        self.working_button.setText("Hide working" if on else "Show working")

    def _commit_base(self, index: int) -> None:
        if self._loading or self.claim_id is None:
            return
        value = BASE_SCORES[index][1]
        claim_id = self.claim_id
        self.session.edit(
            lambda m: None if m.claim(claim_id).strength == value else EditClaim(claim_id, {"strength": value})
        )
