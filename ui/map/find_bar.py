"""The find bar over the map: type to find claims, Enter or F3 for the next, Esc closes and clears the marks."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget
from typing_extensions import override


class FindBar(QFrame):
    """A small non-modal bar in the map's top-right corner; the map stays usable while it is open.

    `find(text) -> hits` searches and selects the next hit; `closed()` clears the marks.
    """

    def __init__(self, parent: QWidget, find: Callable[[str], list[str]], closed: Callable[[], None]) -> None:
        super().__init__(parent)
        self._find = find
        self._closed = closed
        self.setObjectName("findBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText("Find a claim…")
        self.edit.setAccessibleName("Find claims containing")
        self.edit.setClearButtonEnabled(True)
        self.count = QLabel("")
        self.count.setMinimumWidth(70)
        next_button = QToolButton()
        next_button.setText("Next")
        next_button.setToolTip("Next match (Enter or F3)")
        next_button.clicked.connect(self.find_next)
        close_button = QToolButton()
        close_button.setText("✕")
        close_button.setToolTip("Close (Esc)")
        close_button.setAccessibleName("Close find bar")
        close_button.clicked.connect(self.close_bar)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 6, 4)
        row.addWidget(self.edit, 1)
        row.addWidget(self.count)
        row.addWidget(next_button)
        row.addWidget(close_button)
        self.edit.textEdited.connect(self._search)
        self.edit.installEventFilter(self)
        self.hide()

    def open(self, text: str = "") -> None:
        """Show the bar with `text` (or the last search) selected, ready to type over."""
        if text:
            self.edit.setText(text)
        self.place()
        self.show()
        self.raise_()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()
        if self.edit.text():
            self._search(self.edit.text())

    def place(self) -> None:
        """Keep to the top-right corner of the map."""
        parent = self.parentWidget()
        if parent is None:
            return
        width = min(420, max(240, parent.width() - 24))
        self.resize(width, self.sizeHint().height())
        self.move(parent.width() - width - 12, 8)

    def find_next(self) -> None:
        """Select the next match (wraps round)."""
        self._search(self.edit.text())

    def close_bar(self) -> None:
        """Hide the bar and clear the highlight."""
        self.hide()
        self.count.setText("")
        self._closed()

    def _search(self, text: str) -> None:
        hits = self._find(text)
        if not text.strip():
            self.count.setText("")
        else:
            self.count.setText(f"{len(hits)} found" if hits else "none found")

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F3, Qt.Key.Key_Escape)
        override = event.type() == QEvent.Type.ShortcutOverride
        if watched is self.edit and override and isinstance(event, QKeyEvent) and event.key() in keys:
            event.accept()  # the bar's own keys: not the window's F3 or Esc shortcuts
            return True
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F3):
                self.find_next()
                return True
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return False
