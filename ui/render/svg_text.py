"""Text for the SVG writer: XML-safe strings, number formatting, and lines wrapped where Qt wraps them."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from functools import lru_cache

from PySide6.QtGui import QFont, QFontInfo, QFontMetricsF, QTextLayout

from ui.map.measure import wording_option

_NOT_XML = [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F, 0xFFFE, 0xFFFF, *range(0xD800, 0xE000)]
"""Characters XML 1.0 forbids (and DEL): dropped from every string written."""
_ESCAPES = {ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;", ord('"'): "&quot;", ord("'"): "&#39;"}
_XML: dict[int, str | None] = {**dict.fromkeys(_NOT_XML), **_ESCAPES}
_LINES: dict[int, str | None] = {**_XML, **dict.fromkeys([0x200B, 0x2028, 0x2029])}
"""For drawn lines also: the canvas's break hints and line separators, which draw nothing."""
_AS_DRAWN = str.maketrans({"\t": " ", "\r": " ", "\n": "\u2028"})


def xml_text(text: str) -> str:
    """`text` as element content or an attribute value: escaped, XML-forbidden characters dropped."""
    return text.translate(_XML)


def lines_text(lines: Sequence[str]) -> list[str]:
    """Drawn lines as SVG text: escaped, without break hints, separators or trailing spaces."""
    if not lines:
        return []
    return [t.rstrip(" ") for t in "\n".join(lines).translate(_LINES).split("\n")]


def num(v: float) -> str:
    """A coordinate to 2 decimals, without trailing zeros (`12`, `12.5`, `-3.25`): short and fast."""
    s = f"{v:.2f}"
    if s[-1] == "0":
        s = s[:-3] if s[-2] == "0" else s[:-1]
    return "0" if s == "-0" else s


def font_family_css(font: QFont) -> str:
    """The CSS font-family of what Qt actually draws with, and a generic fallback."""
    family = QFontInfo(font).family().replace('"', "").replace("\\", "")
    return f'"{family}",sans-serif' if family else "sans-serif"


def centred_baseline(font: QFont, top: float, height: float) -> float:
    """Baseline of one line drawn vertically centred in a box (`Qt.AlignVCenter`), as QPainter places it."""
    m = QFontMetricsF(font)
    line_h = m.ascent() + m.descent()
    return top + (height - line_h) / 2 + m.ascent()


class Wrapper:
    """Wraps wording into lines with Qt's own text layout, exactly as `QPainter.drawText` with word wrap.

    Lines are positioned as Qt's text formatter does (each line's top rounded up to a
    whole pixel), so every line lands where the PNG and PDF draw it and inside its box.
    """

    def __init__(self, font: QFont) -> None:
        self.font = QFont(font)
        m = QFontMetricsF(self.font)
        self._leading = m.leading()
        self._ascent, self._height = m.ascent(), m.ascent() + m.descent()
        self._layout_obj = QTextLayout()
        self._layout_obj.setFont(self.font)
        self._layout_obj.setTextOption(wording_option())  # the canvas's own wrapping rule

    def lines(self, text: str, width: float, max_height: float = math.inf) -> tuple[tuple[float, str], ...]:
        """(baseline below the top of the text, the line's characters) for each line of `text` wrapped to `width`.

        Like `drawText`, lines stop once the text reaches `max_height` (the box's bottom).
        """
        return _wrapped(self, text, width, max_height)

    def _layout(self, text: str, width: float, max_height: float) -> tuple[tuple[float, str], ...]:
        # as QPainter.drawText prepares text: the first of several length variants, tabs and
        # carriage returns as spaces, a newline as a line break within the paragraph
        text = text.split("\x9c", 1)[0].translate(_AS_DRAWN)
        plain = text.isascii()  # drawn in the font itself: every line has the font's ascent and height
        piece = _utf16_slicer(text)
        layout = self._layout_obj
        layout.setText(text)
        layout.beginLayout()
        out: list[tuple[float, str]] = []
        leading, ascent, line_h = self._leading, self._ascent, self._height
        height = -leading
        try:
            line = layout.createLine()
            while line.isValid():
                line.setLineWidth(width)
                height = math.ceil(height + leading)
                if not plain:  # (QTextLine.height() is rounded up; Qt's formatter adds the exact one)
                    ascent = line.ascent()
                    line_h = ascent + line.descent()
                out.append((height + ascent, piece(line.textStart(), line.textLength())))
                height += line_h
                if height >= max_height:
                    break
                line = layout.createLine()
        finally:
            layout.endLayout()
        return tuple(out)


def _utf16_slicer(text: str) -> Callable[[int, int], str]:
    """Slices `text` by Qt's string positions, which count UTF-16 units (an emoji counts two)."""
    if text.isascii() or max(text) <= "\uffff":
        return lambda start, n: text[start : start + n]
    units = text.encode("utf-16-le")
    return lambda start, n: units[2 * start : 2 * (start + n)].decode("utf-16-le", "replace")


@lru_cache(maxsize=20_000)
def _wrapped(wrapper: Wrapper, text: str, width: float, max_height: float) -> tuple[tuple[float, str], ...]:
    # keyed by the wrapper (one per font in a process), so a second export reuses the lines
    return wrapper._layout(text, width, max_height)


def wrapper(font: QFont) -> Wrapper:
    """The shared Wrapper of a font, so lines wrapped by an earlier export are reused."""
    return _wrapper(font.toString())


@lru_cache(maxsize=16)
def _wrapper(font_key: str) -> Wrapper:
    font = QFont()
    font.fromString(font_key)
    return Wrapper(font)
