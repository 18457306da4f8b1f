"""Measuring text the way a reader sees it: rows of dark ink in a rendered picture."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage


def dark_rows(image: QImage, rect: QRect, threshold: int = 110) -> list[bool]:
    """For each pixel row of `rect`, whether it holds a dark (text-coloured) pixel."""
    img = image.convertToFormat(QImage.Format.Format_RGB32)
    r = rect.intersected(img.rect())
    rows: list[bool] = []
    for y in range(r.top(), r.bottom() + 1):
        dark = False
        for x in range(r.left(), r.right() + 1):
            c = img.pixelColor(x, y)
            if c.red() < threshold and c.green() < threshold and c.blue() < threshold:
                dark = True
                break
        rows.append(dark)
    return rows


def ink_lines(image: QImage, rect: QRect) -> list[int]:
    """Heights in pixels of the runs of dark rows in `rect`: one per line of text."""
    runs: list[int] = []
    run = 0
    for dark in dark_rows(image, rect):
        if dark:
            run += 1
        elif run:
            runs.append(run)
            run = 0
    if run:
        runs.append(run)
    return runs


def text_line_height(image: QImage, rect: QRect) -> int:
    """The ink height of the tallest text line in `rect` (ascender to descender of that line)."""
    lines = ink_lines(image, rect)
    assert lines, f"no text drawn in {rect}"
    return max(lines)
