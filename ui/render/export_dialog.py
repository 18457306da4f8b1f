"""File > Export image: where to, and how (scale for print quality, background, PDF pages)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

FILTERS = "PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"


class ExportDialog(QDialog):
    """Asks for a file (its extension picks PNG, SVG or PDF) and the options that format takes."""

    def __init__(self, suggested: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export image — argmap")
        self.path_edit = QLineEdit(str(suggested))
        self.path_edit.setAccessibleName("File")
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.scale = QDoubleSpinBox()
        self.scale.setRange(0.5, 8.0)
        self.scale.setSingleStep(0.5)
        self.scale.setValue(2.0)
        self.scale.setSuffix(" ×")
        self.scale.setToolTip("PNG only: 2× or more for print; the long side is capped at 8,000 px")
        self.transparent = QCheckBox("Transparent background (PNG)")
        self.pdf_layout = QComboBox()
        self.pdf_layout.addItem("Fit on one page", "fit")
        self.pdf_layout.addItem("Tile across pages at full size", "tile")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("&File", row)
        form.addRow("&Scale", self.scale)
        form.addRow("", self.transparent)
        form.addRow("&PDF pages", self.pdf_layout)
        form.addRow(buttons)
        self.path_edit.textChanged.connect(lambda _t: self._update())
        self._update()
        self.resize(560, self.sizeHint().height())

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, "Export image", self.path_edit.text(), FILTERS)
        if name:
            self.path_edit.setText(name)

    def _update(self) -> None:
        suffix = self.path().suffix.lower()
        self.scale.setEnabled(suffix == ".png")
        self.transparent.setEnabled(suffix == ".png")
        self.pdf_layout.setEnabled(suffix == ".pdf")

    def path(self) -> Path:
        """The chosen file; `.png` is added when the name has no picture extension."""
        p = Path(self.path_edit.text().strip() or "map.png")
        return p if p.suffix.lower() in (".png", ".svg", ".pdf") else p.with_name(p.name + ".png")

    def options(self) -> dict[str, object]:
        """Keyword arguments for ui.render.export.export_scene."""
        return {
            "scale": self.scale.value(),
            "transparent": self.transparent.isChecked(),
            "pdf_layout": str(self.pdf_layout.currentData()),
        }
