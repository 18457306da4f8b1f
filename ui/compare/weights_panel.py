"""The teacher's Map Match weights: one spin box per report line; every change re-scores at once."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDoubleSpinBox, QFormLayout, QGroupBox, QPushButton, QWidget

from argmap.analysis.map_match import LINE_TITLES, Weights


class WeightsPanel(QGroupBox):
    """Five weights (any non-negative numbers; the total is their weighted mean) and a reset.

    Signal: `weightsChanged(Weights)` after every edit.
    """

    weightsChanged = Signal(object)

    def __init__(self, weights: Weights, parent: QWidget | None = None) -> None:
        super().__init__("Weights", parent)
        self.initial = weights.model_copy()
        self.spins: dict[str, QDoubleSpinBox] = {}
        form = QFormLayout(self)
        for key, title in LINE_TITLES.items():
            spin = QDoubleSpinBox()
            spin.setRange(0.0, 10.0)
            spin.setSingleStep(0.05)
            spin.setDecimals(2)
            spin.setAccessibleName(f"Weight of {title}")
            spin.setValue(float(getattr(weights, key)))
            spin.valueChanged.connect(self._changed)
            self.spins[key] = spin
            form.addRow(title, spin)
        self.reset_button = QPushButton("Reset weights")
        self.reset_button.setToolTip("Back to the weights the comparison was opened with")
        self.reset_button.clicked.connect(self.reset)
        form.addRow(self.reset_button)
        self.save_button = QPushButton("Save weights and pairings to the assignment")
        self.save_button.setToolTip(
            "Write these weights, and your pairings for this student, into the assignment the reference came from"
        )
        self.save_button.setVisible(False)
        form.addRow(self.save_button)

    def weights(self) -> Weights:
        """The weights as the spin boxes read."""
        return Weights(**{key: spin.value() for key, spin in self.spins.items()})

    def set_weight(self, key: str, value: float) -> None:
        """Set one line's weight (as if typed); re-scores."""
        self.spins[key].setValue(value)

    def reset(self) -> None:
        """Back to the weights the window opened with; re-scores once."""
        for key, spin in self.spins.items():
            spin.blockSignals(True)
            spin.setValue(float(getattr(self.initial, key)))
            spin.blockSignals(False)
        self._changed()

    def saved(self, file_name: str) -> None:
        """Say where the weights went; the reset now returns to them."""
        self.initial = self.weights()
        self.save_button.setToolTip(f"Saved to {file_name}")

    def _changed(self, _value: float = 0.0) -> None:
        self.weightsChanged.emit(self.weights())
