"""The article beside the Map Match view: missing claims' spans marked in the text, extra ones too."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget

from argmap.analysis.overlay import Mark
from argmap.model import ArgumentMap
from ui.compare.marks import MARK_COLORS


class CompareText(QTextEdit):
    """Read-only article text; `show_claims(ids)` scrolls to and selects a claim's span."""

    def __init__(
        self,
        reference: ArgumentMap,
        student: ArgumentMap,
        reference_marks: Mapping[str, Mark],
        student_marks: Mapping[str, Mark],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAccessibleName("Article, with missing and extra claims marked")
        self.reference = reference
        self.student = student
        text = reference.article.text if reference.article is not None else ""
        self.setPlainText(text or "(the reference map has no article)")
        self.marked: dict[Mark, list[tuple[int, int]]] = {"missing": [], "extra": []}
        self.set_marks(reference_marks, student_marks)

    def set_marks(self, reference_marks: Mapping[str, Mark], student_marks: Mapping[str, Mark]) -> None:
        """Mark the spans of missing and extra claims (earlier marks are cleared)."""
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.setCharFormat(QTextCharFormat())
        self.marked = {"missing": [], "extra": []}
        for m, marks in ((self.reference, reference_marks), (self.student, student_marks)):
            for c in m.claims:
                mark = marks.get(c.id)
                if mark in ("missing", "extra"):
                    for sp in c.spans:
                        self._mark(sp.start, sp.end, mark)

    def _mark(self, start: int, end: int, mark: Mark) -> None:
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(MARK_COLORS[mark]))
        fmt.setForeground(QColor("#000000"))
        fmt.setToolTip("missing from your map" if mark == "missing" else "extra in your map")
        cursor = QTextCursor(self.document())
        size = self.document().characterCount() - 1
        cursor.setPosition(min(start, size))
        cursor.setPosition(min(end, size), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)
        self.marked[mark].append((start, end))

    def show_claims(self, reference_ids: list[str]) -> None:
        """Select the first span of the first of these reference claims and scroll to it."""
        for cid in reference_ids:
            try:
                spans = self.reference.claim(cid).spans
            except KeyError:
                continue
            if spans:
                cursor = self.textCursor()
                cursor.setPosition(spans[0].start)
                cursor.setPosition(spans[0].end, QTextCursor.MoveMode.KeepAnchor)
                self.setTextCursor(cursor)
                self.ensureCursorVisible()
                return
