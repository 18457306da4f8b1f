"""File > Export assignment: the teacher's copy (the open map as the hidden reference) and the students' copy, one id."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
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

from argmap.classroom.assign_command import copy_paths
from argmap.classroom.assignment import REFERENCE_NOTICE, SUFFIX, Assignment, new_assignment
from argmap.model import ArgumentMap

FILTER = f"argmap assignments (*{SUFFIX})"


class AssignmentDialog(QDialog):
    """Title, instructions and folder: writes the teacher's copy (with the map) and the students' copy, one id."""

    def __init__(self, m: ArgumentMap, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.map = m
        self.setWindowTitle("Export assignment — argmap")
        # the article's title, never the map's: a map's title often states the main conclusion
        self.title_edit = QLineEdit(m.article.title if m.article else "")
        self.title_edit.setAccessibleName("Assignment title")
        self.instructions = QPlainTextEdit()
        self.instructions.setPlaceholderText("Map the main conclusion, the reasons and the objections.")
        self.instructions.setFixedHeight(80)
        self.path_edit = QLineEdit(str(folder))
        self.path_edit.setAccessibleName("Folder")
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
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
        form.addRow("Folder", row)
        form.addRow("", self.notice)
        form.addRow("", self.state)
        form.addRow(buttons)
        self.title_edit.textChanged.connect(lambda _t: self._update())
        self.path_edit.textChanged.connect(lambda _t: self._update())
        self._update()
        self.resize(600, self.sizeHint().height())

    def _update(self) -> None:
        teacher, students = self.paths()
        self.state.setText(
            f"Writes two files with the same assignment id:\n• {teacher.name}: keep it, grade against it "
            f"(argmap grade FILE STUDENTS…)\n• {students.name}: the article only, give it to your students"
        )

    def _browse(self) -> None:
        name = QFileDialog.getExistingDirectory(self, "Export assignment to", self.path_edit.text())
        if name:
            self.path_edit.setText(name)

    def title(self) -> str:
        """The title as typed (the article's by default)."""
        return self.title_edit.text().strip() or "Assignment"

    def paths(self) -> tuple[Path, Path]:
        """(teacher's copy, students' copy) in the chosen folder."""
        return copy_paths(Path(self.path_edit.text().strip() or "."), self.title())

    def path(self) -> Path:
        """The students' copy."""
        return self.paths()[1]

    def assignment(self) -> Assignment:
        """The teacher's copy: the open map as the reference (`student_copy` leaves it out)."""
        if self.map.article is None:
            raise ValueError("the map has no article to assign")
        return new_assignment(
            self.map.article,
            self.title(),
            reference=self.map,
            instructions=self.instructions.toPlainText().strip(),
        )
