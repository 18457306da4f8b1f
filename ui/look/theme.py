"""Window themes: light, dark and high contrast as QPalettes; the system choice by default."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from ui.document.settings import Theme

Role = QPalette.ColorRole

_COLORS: dict[Theme, dict[QPalette.ColorRole, str]] = {
    Theme.LIGHT: {
        Role.Window: "#f3f3f3",
        Role.WindowText: "#111111",
        Role.Base: "#ffffff",
        Role.AlternateBase: "#f0f0f0",
        Role.Text: "#111111",
        Role.Button: "#e8e8e8",
        Role.ButtonText: "#111111",
        Role.Highlight: "#0b5cad",
        Role.HighlightedText: "#ffffff",
        Role.ToolTipBase: "#ffffee",
        Role.ToolTipText: "#111111",
        Role.PlaceholderText: "#555555",
        Role.Link: "#0b5cad",
    },
    Theme.DARK: {
        Role.Window: "#26282b",
        Role.WindowText: "#eeeeee",
        Role.Base: "#1b1c1e",
        Role.AlternateBase: "#2b2d30",
        Role.Text: "#eeeeee",
        Role.Button: "#33363a",
        Role.ButtonText: "#eeeeee",
        Role.Highlight: "#3d8fe0",
        Role.HighlightedText: "#000000",
        Role.ToolTipBase: "#33363a",
        Role.ToolTipText: "#eeeeee",
        Role.PlaceholderText: "#aaaaaa",
        Role.Link: "#7ab8ff",
    },
    Theme.HIGH_CONTRAST: {
        Role.Window: "#000000",
        Role.WindowText: "#ffffff",
        Role.Base: "#000000",
        Role.AlternateBase: "#1a1a1a",
        Role.Text: "#ffffff",
        Role.Button: "#000000",
        Role.ButtonText: "#ffffff",
        Role.Highlight: "#ffff00",
        Role.HighlightedText: "#000000",
        Role.ToolTipBase: "#000000",
        Role.ToolTipText: "#ffffff",
        Role.PlaceholderText: "#ffff00",
        Role.Link: "#00ffff",
    },
}


def resolve(theme: Theme) -> Theme:
    """The concrete theme: SYSTEM becomes LIGHT or DARK from the desktop's colour scheme."""
    if theme is not Theme.SYSTEM:
        return theme
    hints = QGuiApplication.styleHints()
    return Theme.DARK if hints.colorScheme() == Qt.ColorScheme.Dark else Theme.LIGHT


def palette_for(theme: Theme) -> QPalette:
    """The QPalette of a concrete theme."""
    pal = QPalette()
    for role, color in _COLORS[resolve(theme)].items():
        pal.setColor(role, QColor(color))
    disabled = QColor("#777777") if resolve(theme) is Theme.LIGHT else QColor("#8a8a8a")
    for role in (Role.Text, Role.WindowText, Role.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return pal


def apply_theme(app: QApplication, theme: Theme, font_size: int) -> None:
    """Set the app's style, palette and base font size."""
    app.setStyle("Fusion")
    app.setPalette(palette_for(theme))
    font = app.font()
    font.setPointSize(max(9, font_size - 2))
    app.setFont(font)
