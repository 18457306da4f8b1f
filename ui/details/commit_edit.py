"""A multi-line text field that commits its text when it loses focus or on Ctrl+Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget
from typing_extensions import override


class CommitTextEdit(QPlainTextEdit):
    """Emits `committed(text)` once the user is done editing (focus out, Ctrl+Enter, Escape reverts)."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._shown = ""

    def show_text(self, text: str) -> None:
        """Display `text` as the saved value (no signal)."""
        self._shown = text
        if self.toPlainText() != text:
            self.setPlainText(text)

    def commit(self) -> None:
        """Emit the text if the user changed it."""
        text = self.toPlainText()
        if text != self._shown:
            self._shown = text
            self.committed.emit(text)

    @override
    def focusOutEvent(self, e: QFocusEvent) -> None:
        self.commit()
        super().focusOutEvent(e)

    @override
    def keyPressEvent(self, e: QKeyEvent) -> None:
        enter = e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and e.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.commit()
            return
        if e.key() == Qt.Key.Key_Escape:
            self.setPlainText(self._shown)
            return
        super().keyPressEvent(e)
