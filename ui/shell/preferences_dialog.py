"""Edit > Preferences: font size, theme, palette and default layout direction."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget

from argmap.model import Direction
from ui.document.settings import FONT_SIZES, PALETTES, Settings, Theme

THEME_NAMES = {
    Theme.SYSTEM: "Follow the system",
    Theme.LIGHT: "Light",
    Theme.DARK: "Dark",
    Theme.HIGH_CONTRAST: "High contrast",
}
DIRECTION_NAMES = {Direction.TOP_DOWN: "Top down", Direction.LEFT_RIGHT: "Left to right"}


class PreferencesDialog(QDialog):
    """Edits a Settings; `apply()` writes the choices back."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences — argmap")
        self.settings = settings
        self.font_size = QSpinBox()
        self.font_size.setRange(FONT_SIZES[0], FONT_SIZES[-1])
        self.font_size.setSuffix(" pt")
        self.font_size.setValue(settings.font_size)
        self.theme = QComboBox()
        for theme, name in THEME_NAMES.items():
            self.theme.addItem(name, theme.value)
        self.theme.setCurrentIndex(list(THEME_NAMES).index(settings.theme))
        self.palette_box = QComboBox()
        for key, name in PALETTES.items():
            self.palette_box.addItem(name, key)
        self.palette_box.setCurrentIndex(list(PALETTES).index(settings.palette))
        self.direction = QComboBox()
        for direction, name in DIRECTION_NAMES.items():
            self.direction.addItem(name, direction.value)
        self.direction.setCurrentIndex(list(DIRECTION_NAMES).index(settings.direction))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("&Text size", self.font_size)
        form.addRow("T&heme", self.theme)
        form.addRow("&Colours for kinds", self.palette_box)
        form.addRow("New maps &grow", self.direction)
        form.addRow(buttons)

    def apply(self) -> None:
        """Store the choices in the settings."""
        self.settings.font_size = self.font_size.value()
        self.settings.theme = Theme(self.theme.currentData())
        self.settings.palette = str(self.palette_box.currentData())
        self.settings.direction = Direction(self.direction.currentData())
        self.settings.sync()
