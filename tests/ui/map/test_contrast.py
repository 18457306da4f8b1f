"""Tag chips and evaluation badges: their text has a WCAG contrast of at least 4.5:1 on their colour."""

from __future__ import annotations

from PySide6.QtGui import QColor

from argmap.analysis.dung import Label
from ui.evaluation.badges import LABEL_COLORS
from ui.look.palette import tag_colors
from ui.map.contrast import MIN_CONTRAST, contrast, ink_on


def test_contrast_ratio_matches_wcag_reference_values() -> None:
    assert round(contrast(QColor("#000000"), QColor("#FFFFFF")), 1) == 21.0
    assert round(contrast(QColor("#777777"), QColor("#FFFFFF")), 2) == 4.48


def test_badge_text_is_readable_on_every_label_colour() -> None:
    for label in Label:
        bg = QColor(LABEL_COLORS[label])
        assert contrast(ink_on(bg), bg) >= MIN_CONTRAST, label


def test_chip_text_is_readable_on_every_offered_tag_colour_and_any_colour() -> None:
    # The bluish green tag used to get white text (3.4:1); the ink is now chosen by contrast.
    green = QColor("#009E73")
    assert ink_on(green).name() == "#000000"
    for c in tag_colors():
        assert contrast(ink_on(QColor(c)), QColor(c)) >= MIN_CONTRAST, c
    for r in range(0, 256, 51):
        for g in range(0, 256, 51):
            for b in range(0, 256, 51):
                bg = QColor(r, g, b)
                assert contrast(ink_on(bg), bg) >= MIN_CONTRAST, bg.name()
