"""File > Export assignment: the teacher's package of the article, with the open map as the hidden reference."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from argmap.classroom.assignment import REFERENCE_NOTICE, SUFFIX, Assignment, new_assignment, student_copy
from argmap.model import ArgumentMap

FILTER = f"argmap assignments (*{SUFFIX})"


class AssignmentDialog(QDialog):
    """Title, instructions, file, and whether the reference map goes into the file (off by default)."""

    def __init__(self, m: ArgumentMap, suggested: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.map = m
        self.setWindowTitle("Export assignment — argmap")
        self.title_edit = QLineEdit(m.title or (m.article.title if m.article else ""))
        self.title_edit.setAccessibleName("Assignment title")
        self.instructions = QPlainTextEdit()
        self.instructions.setPlaceholderText("Map the main conclusion, the reasons and the objections.")
        self.instructions.setFixedHeight(80)
        self.path_edit = QLineEdit(str(suggested))
        self.path_edit.setAccessibleName("File")
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.leave_out_reference = QCheckBox("Leave the reference map out (the copy for students)")
        self.leave_out_reference.setChecked(True)
        self.notice = QLabel(REFERENCE_NOTICE)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("QLabel { padding: 6px; border: 1px solid palette(mid); }")
        self.state = QLabel()
        self.state.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("&Title", self.title_edit)
        form.addRow("&Instructions", self.instructions)
        form.addRow("File", row)
        form.addRow("", self.leave_out_reference)
        form.addRow("", self.notice)
        form.addRow("", self.state)
        form.addRow(buttons)
        self.leave_out_reference.toggled.connect(lambda _on: self._update())
        self._update()
        self.resize(600, self.sizeHint().height())

    def _update(self) -> None:
        if self.leave_out_reference.isChecked():
            self.state.setText("This file holds the article only: give it to your students.")
        else:
            self.state.setText(
                "This file holds your map as the reference: keep it for grading (argmap grade FILE STUDENTS…)."
            )

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, "Export assignment", self.path_edit.text(), FILTER)
        if name:
            self.path_edit.setText(name)

    def path(self) -> Path:
        """The chosen file, with the assignment suffix added when missing."""
        p = Path(self.path_edit.text().strip() or f"assignment{SUFFIX}")
        return p if p.name.endswith(SUFFIX) else p.with_name(p.stem + SUFFIX)

    def assignment(self) -> Assignment:
        """The package as chosen: the open map as the reference unless it is left out."""
        if self.map.article is None:
            raise ValueError("the map has no article to assign")
        full = new_assignment(
            self.map.article,
            self.title_edit.text().strip(),
            reference=self.map,
            instructions=self.instructions.toPlainText().strip(),
        )
        return student_copy(full, include_reference=not self.leave_out_reference.isChecked())
