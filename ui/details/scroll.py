"""The details dock's scroll area: the panel (and sections added to it) scroll up and down, never sideways."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget
from typing_extensions import override


class VerticalScroll(QScrollArea):
    """Scrolls its widget up and down only: at least as wide as the widget needs, any height."""

    def __init__(self, inner: QWidget) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(inner)

    @override
    def minimumSizeHint(self) -> QSize:
        inner = self.widget()
        width = inner.minimumSizeHint().width() if inner is not None else 0
        return QSize(width + self.verticalScrollBar().sizeHint().width() + 2, 80)

    def fit_width(self) -> None:
        """Take the width the panel needs now (fonts change; a dock does not ask again by itself)."""
        self.setMinimumWidth(self.minimumSizeHint().width())
