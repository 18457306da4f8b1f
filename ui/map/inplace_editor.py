"""Editing a claim's wording in place (F2 or double-click), over its box; Enter commits, Esc cancels."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QGraphicsView, QPlainTextEdit
from typing_extensions import override

from ui.map.claim_item import ClaimItem
from ui.map.style import BOX_WIDTH, LABEL_H, PAD, text_font


def editor_rect(view: QGraphicsView, item: ClaimItem, line_px: int) -> QRect:
    """Where the editor sits: over the box's wording, as wide as the widest box whatever this box's width.

    A narrow box's editor reaches past its right edge, so typing wraps at the full measure and
    nothing jumps; the box takes its new width when the wording is committed. It is kept inside
    the viewport.
    """
    box = item.boundingRect().adjusted(3, 3, -3, -3)
    top_left = view.mapFromScene(item.mapToScene(PAD - 2, PAD + LABEL_H - 4))
    bottom_right = view.mapFromScene(item.mapToScene(max(box.width(), BOX_WIDTH), box.height()))
    rect = QRect(top_left, bottom_right).adjusted(0, 0, -2, -2)
    rect.setHeight(max(rect.height(), 4 * line_px))
    port = view.viewport().rect()
    if rect.right() > port.right() and rect.width() < port.width():
        rect.moveRight(port.right())
    return rect


class InplaceEditor(QPlainTextEdit):
    """A text box laid over a claim on the view's viewport. Calls `commit(id, text)` once."""

    def __init__(self, view: QGraphicsView, item: ClaimItem, commit: Callable[[str, str], None]) -> None:
        super().__init__(view.viewport())
        self._commit = commit
        self._claim_id = item.claim_id
        self._done = False
        self.setObjectName("inplaceEditor")
        self.setAccessibleName("Edit claim wording")
        self.setFrameShape(QFrame.Shape.Box)
        self.setTabChangesFocus(True)
        zoom = view.transform().m11()
        font = text_font()
        font.setPixelSize(max(8, round(font.pixelSize() * zoom)))
        self.setFont(font)
        self.setPlainText(item.claim.text)
        self.selectAll()
        self.setGeometry(editor_rect(view, item, self.fontMetrics().height()))
        self.installEventFilter(self)
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def claim_id(self) -> str:
        """The claim being edited."""
        return self._claim_id

    @override
    def keyPressEvent(self, e: QKeyEvent) -> None:
        enter = e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not e.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.finish(save=True)
            return
        if e.key() == Qt.Key.Key_Escape:
            self.finish(save=False)
            return
        super().keyPressEvent(e)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.FocusOut:
            self.finish(save=True)
        return False

    def finish(self, save: bool) -> None:
        """Close the editor, committing the wording when asked and changed."""
        if self._done:
            return
        self._done = True
        text = self.toPlainText().strip()
        self.hide()
        self.deleteLater()
        if save:
            self._commit(self._claim_id, text)
