"""Code point <-> UTF-16 offsets: Python counts code points, Qt's text positions count UTF-16 units."""

from __future__ import annotations

from bisect import bisect_left


class Utf16Offsets:
    """Converts positions in one text; cheap when the text has no characters outside the BMP."""

    def __init__(self, text: str) -> None:
        self._text = text
        astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF] if not text.isascii() else []
        self._astral_cp = astral
        """Code point index of each character that Qt stores as a surrogate pair."""
        self._astral_u16 = [i + k for k, i in enumerate(astral)]
        """UTF-16 index where each of those characters starts."""

    @property
    def text(self) -> str:
        """The text these offsets belong to."""
        return self._text

    def to_qt(self, cp: int) -> int:
        """UTF-16 position of code point index `cp`."""
        cp = max(0, min(cp, len(self._text)))
        return cp + bisect_left(self._astral_cp, cp)

    def from_qt(self, u16: int) -> int:
        """Code point index of UTF-16 position `u16`; the middle of a surrogate pair maps to its start."""
        u16 = max(0, u16)
        k = bisect_left(self._astral_u16, u16)
        if k and self._astral_u16[k - 1] + 1 == u16:
            return self._astral_cp[k - 1]
        return min(u16 - k, len(self._text))


def qt_to_text(selected: str) -> str:
    """Text from QTextCursor.selectedText() with Qt's paragraph separators back as newlines."""
    return selected.replace("\u2029", "\n").replace("\u2028", "\n")
