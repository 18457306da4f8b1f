"""Outline rows as tall as their wrapped wording, measured once per text and width."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView
from typing_extensions import override

_CACHE_LIMIT = 50_000
_FLAGS = int(Qt.TextFlag.TextWordWrap.value)


class WrappingDelegate(QStyledItemDelegate):
    """Heights come from a cache keyed by (font, width, text): a relayout re-measures nothing it saw."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view
        self._heights: dict[tuple[str, int, str], int] = {}
        self._base: dict[str, QSize] = {}
        self.measured = 0
        """How many texts were laid out by the font (cache misses); for tests and benchmarks."""

    @override
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        font_key = option.font.key()
        base = self._base.get(font_key)
        if base is None:  # every row has the same icon and one line of the same font: measure once
            base = self._base[font_key] = super().sizeHint(option, index)
        depth, parent = 1, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = max(60, self._view.viewport().width() - self._view.indentation() * depth - base.height() - 8)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        key = (font_key, width, text)
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) >= _CACHE_LIMIT:
                self._heights.clear()
            self.measured += 1
            rect = QFontMetrics(option.font).boundingRect(QRect(0, 0, width, 100_000), _FLAGS, text)
            height = self._heights[key] = max(base.height(), rect.height() + 6)
        return QSize(base.width(), height)
