"""Text for the SVG writer: XML-safe strings, number formatting, and lines wrapped where Qt wraps them."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from functools import lru_cache

from PySide6.QtGui import QFont, QFontInfo, QFontMetricsF, QTextLayout, QTextOption

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")
"""Characters XML 1.0 forbids (and DEL): dropped from every string written."""
_INVISIBLE = re.compile("[\u200b\u2028\u2029]")
"""Break hints and separators the canvas uses inside wording: not drawn, so not written."""
_AS_DRAWN = str.maketrans({"\t": " ", "\r": " ", "\n": "\u2028"})
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"})


def xml_text(text: str) -> str:
    """`text` as element content or an attribute value: escaped, XML-forbidden characters dropped."""
    return _NOT_XML.sub("", text).translate(_ESCAPES)


def line_text(text: str) -> str:
    """One drawn line as SVG text: break hints and separators removed, then made XML-safe."""
    return xml_text(_INVISIBLE.sub("", text).rstrip(" "))


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
        self._leading = QFontMetricsF(self.font).leading()
        self._option = QTextOption()
        self._option.setWrapMode(QTextOption.WrapMode.WordWrap)

    def lines(self, text: str, width: float, max_height: float = math.inf) -> tuple[tuple[float, str], ...]:
        """(baseline below the top of the text, the line's characters) for each line of `text` wrapped to `width`.

        Like `drawText`, lines stop once the text reaches `max_height` (the box's bottom).
        """
        return _wrapped(self, text, width, max_height)

    def _layout(self, text: str, width: float, max_height: float) -> tuple[tuple[float, str], ...]:
        # as QPainter.drawText prepares text: the first of several length variants, tabs and
        # carriage returns as spaces, a newline as a line break within the paragraph
        text = text.split("\x9c", 1)[0].translate(_AS_DRAWN)
        piece = _utf16_slicer(text)
        layout = QTextLayout(text, self.font)
        layout.setTextOption(self._option)
        layout.beginLayout()
        out: list[tuple[float, str]] = []
        leading = self._leading
        height = -leading
        try:
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(width)
                height = math.ceil(height + leading)
                out.append((height + line.ascent(), piece(line.textStart(), line.textLength())))
                height += line.height()
                if height >= max_height:
                    break
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
