"""Text colour that stays readable on a coloured chip or badge (WCAG contrast ratio)."""

from __future__ import annotations

from PySide6.QtGui import QColor

BLACK, WHITE = "#000000", "#FFFFFF"
MIN_CONTRAST = 4.5
"""WCAG AA for normal text."""


def luminance(color: QColor) -> float:
    """Relative luminance (WCAG 2): 0 for black, 1 for white."""

    def lin(x: float) -> float:
        return x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4

    return 0.2126 * lin(color.redF()) + 0.7152 * lin(color.greenF()) + 0.0722 * lin(color.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours, 1 to 21."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def ink_on(background: QColor) -> QColor:
    """Black or white, whichever has the higher contrast on `background` (always >= 4.5:1)."""
    black, white = QColor(BLACK), QColor(WHITE)
    return black if contrast(black, background) >= contrast(white, background) else white
