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
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

FILTERS = "PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"
PICTURE_SUFFIXES = (".png", ".svg", ".pdf")


def _buddy(text: str, widget: QWidget) -> QLabel:
    """A form label whose `&` letter is a mnemonic (Alt+letter) moving to `widget`."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def picture_path(typed: str) -> Path:
    """The picture file a typed text names; `.png` added when it has no picture extension."""
    text = typed.replace("\x00", "").strip()
    p = Path(text) if text else Path("map.png")
    name = p.name
    if name in ("", ".", ".."):
        return p / "map.png"
    if p.suffix.lower() in PICTURE_SUFFIXES:
        return p
    return p.parent / (name + ".png")


class ExportDialog(QDialog):
    """Asks for a file (its extension picks PNG, SVG or PDF) and the options that format takes."""

    def __init__(self, suggested: Path, parent: QWidget | None = None, title: str = "") -> None:
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
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(
            f"a title above the map, e.g. {title}" if title else "a title above the map"
        )
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText("your name (optional)")
        self.legend = QCheckBox("Add a legend of the kinds of claim and the relations")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(_buddy("&File:", self.path_edit), row)
        form.addRow(_buddy("&Scale:", self.scale), self.scale)
        form.addRow("", self.transparent)
        form.addRow(_buddy("&PDF pages:", self.pdf_layout), self.pdf_layout)
        form.addRow(_buddy("&Title:", self.title_edit), self.title_edit)
        form.addRow(_buddy("Your &name:", self.name_edit), self.name_edit)
        form.addRow("", self.legend)
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
        """The chosen file; `.png` is added when the name has no picture extension.

        Never raises, whatever was typed (`/`, `.`, `..`, NUL, very long): a name that is
        not a usable file name becomes `map.png` in the folder typed, and the export
        reports a folder that cannot be written.
        """
        return picture_path(self.path_edit.text())

    def options(self) -> dict[str, object]:
        """Keyword arguments for ui.render.export.export_scene."""
        return {
            "scale": self.scale.value(),
            "transparent": self.transparent.isChecked(),
            "pdf_layout": str(self.pdf_layout.currentData()),
            "title": self.title_edit.text().replace("\x00", "").strip(),
            "name": self.name_edit.text().replace("\x00", "").strip(),
            "legend": self.legend.isChecked(),
        }
