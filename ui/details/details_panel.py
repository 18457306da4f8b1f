"""The details panel: wording, kind, what it does, tags, note and spans of the selected claim; each edit one undo step.

A selected connection (a reason's line or junction) shows what that reason does, in plain words.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from argmap import edits
from argmap.model import Argument, ArgumentMap, Claim, Role
from argmap.ops import Op
from ui.details.commit_edit import CommitTextEdit
from ui.details.reason_words import what_it_does, what_it_does_for
from ui.document.document import Document
from ui.document.selection import Selection
from ui.look.palette import role_color, role_label, swatch

ROLES = [Role.CONCLUSION, Role.PREMISE, Role.OBJECTION, Role.REBUTTAL, Role.NONE]
NOTHING_SELECTED = "Select a claim in the map, the outline or the article."


class DetailsPanel(QWidget):
    """Edits one claim through the session. `addSpanRequested(claim_id)` asks for the article selection."""

    addSpanRequested = Signal(str)
    claimShown = Signal(str)
    """The claim now shown ("" for none), for sections added by other parts (evaluation)."""
    showSpanRequested = Signal(str, int)

    def __init__(self, session: Document, selection: Selection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.selection = selection
        self.claim_id: str | None = None
        self._loading = False
        self.setAccessibleName("Claim details")

        self.empty = QLabel(NOTHING_SELECTED)
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)  # claim wording may hold "<"
        self.wording = CommitTextEdit()
        self.wording.setAccessibleName("Wording")
        self.wording.setMaximumHeight(110)
        self.kind = QComboBox()
        self.kind.setAccessibleName("Kind")
        for role in ROLES:
            self.kind.addItem(swatch(role_color(role)), role_label(role), role.value)
        self.does = QLabel()
        self.does.setWordWrap(True)
        self.does.setTextFormat(Qt.TextFormat.PlainText)
        self.does.setAccessibleName("What it does")
        self.tags = QListWidget()
        self.tags.setAccessibleName("Tags")
        self.tags.setMaximumHeight(110)
        self.note = CommitTextEdit()
        self.note.setAccessibleName("Note")
        self.note.setMaximumHeight(90)
        self.spans = QListWidget()
        self.spans.setAccessibleName("Spans in the article")
        self.spans.setWordWrap(True)
        self.spans.setMaximumHeight(130)
        self.add_span_button = QPushButton("Add selected text")
        self.add_span_button.setToolTip("Anchor this claim to the text selected in the article too")
        self.remove_span_button = QPushButton("Remove span")

        form = QFormLayout()
        form.addRow("&Wording", self.wording)
        form.addRow("&Kind", self.kind)
        form.addRow("In the map", self.does)
        form.addRow("&Tags", self.tags)
        form.addRow("&Note", self.note)
        form.addRow("&Spans", self.spans)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_span_button)
        buttons.addWidget(self.remove_span_button)
        form.addRow(buttons)  # the full width: a label column beside it would widen the dock
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow dock: labels above fields
        form.setContentsMargins(0, 0, 0, 0)  # the panel's own margins are enough
        self._form_layout = form
        self.form = QWidget()
        self.form.setLayout(form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.form)
        layout.addStretch(1)

        self.wording.committed.connect(self._commit_wording)
        self.note.committed.connect(self._commit_note)
        self.kind.activated.connect(self._commit_kind)
        self.tags.itemChanged.connect(self._commit_tag)
        self.add_span_button.clicked.connect(self._ask_add_span)
        self.remove_span_button.clicked.connect(self._remove_span)
        self.spans.itemActivated.connect(self._show_span)
        session.changed.connect(self.refresh)
        selection.changed.connect(self._follow_selection)
        self.show_claim(None)

    def _follow_selection(self) -> None:
        if self.selection.current != self.claim_id:
            self.show_claim(self.selection.current)

    def add_section(self, section: QWidget) -> None:
        """Add a part below the claim's fields (evaluation adds its checklist here)."""
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(max(0, layout.count() - 1), section)  # above the stretch

    def show_claim(self, claim_id: str | None) -> None:
        """Show this claim (None: nothing selected)."""
        self.claim_id = claim_id
        self.refresh()
        self.claimShown.emit(claim_id or "")

    def _claim(self) -> Claim | None:
        if self.claim_id is None:
            return None
        try:
            return self.session.map.claim(self.claim_id)
        except KeyError:
            return None

    def _reason(self) -> Argument | None:
        """The reason shown when a connection, not a claim, is selected."""
        try:
            return self.session.map.argument(self.claim_id) if self.claim_id is not None else None
        except KeyError:
            return None

    def refresh(self) -> None:
        """Reload the fields from the map."""
        claim = self._claim()
        self.empty.setVisible(claim is None)
        self.form.setVisible(claim is not None)
        if claim is None:
            reason = self._reason()
            self.empty.setText(
                NOTHING_SELECTED
                if reason is None
                else f"This connection: {what_it_does(self.session.map, reason)}\n\n"
                "Select a box to edit its wording."
            )
            return
        self._loading = True
        try:
            if not self.wording.hasFocus():
                self.wording.show_text(claim.text)
            if not self.note.hasFocus():
                self.note.show_text(claim.note)
            self.kind.setCurrentIndex(ROLES.index(claim.role))
            does = what_it_does_for(self.session.map, claim.id)
            self.does.setText("\n".join(does))
            self._form_layout.setRowVisible(self.does, bool(does))
            self.tags.clear()
            for tag in self.session.map.tags:
                item = QListWidgetItem(swatch(QColor(tag.color)), tag.name)
                item.setData(Qt.ItemDataRole.UserRole, tag.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                on = tag.id in claim.tags
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                self.tags.addItem(item)
            if not self.session.map.tags:
                self.tags.addItem("(no tags yet: create them in the Tags panel)")
            self.spans.clear()
            for sp in claim.spans:
                self.spans.addItem(f"“{' '.join(sp.quote.split())}”")
            if not claim.spans:
                self.spans.addItem("(not anchored in the article)")
            self.remove_span_button.setEnabled(bool(claim.spans))
            self.add_span_button.setEnabled(self.session.map.article is not None)
        finally:
            self._loading = False

    def _edit(self, build: Callable[[ArgumentMap], Op | None]) -> None:
        if not self.session.edit(build):
            self.refresh()  # refused (reported by the document) or no change: show the map's values again

    def _commit_wording(self, text: str) -> None:
        claim_id = self.claim_id
        if not self._loading and claim_id is not None:
            self._edit(lambda m: edits.set_wording(m, claim_id, text))

    def _commit_note(self, text: str) -> None:
        claim_id = self.claim_id
        if not self._loading and claim_id is not None:
            self._edit(lambda m: edits.set_note(m, claim_id, text))

    def _commit_kind(self, index: int) -> None:
        claim = self._claim()
        if claim is not None and not self._loading and ROLES[index] != claim.role:
            self._edit(lambda m: edits.set_role(m, claim.id, ROLES[index]))

    def _commit_tag(self, item: QListWidgetItem) -> None:
        tag_id = item.data(Qt.ItemDataRole.UserRole)
        if self._loading or self.claim_id is None or not isinstance(tag_id, str):
            return
        on = item.checkState() == Qt.CheckState.Checked
        claim_id = self.claim_id
        self._edit(lambda m: edits.set_tag(m, [claim_id], tag_id, on))

    def _ask_add_span(self) -> None:
        if self.claim_id is not None:
            self.addSpanRequested.emit(self.claim_id)

    def _remove_span(self) -> None:
        claim = self._claim()
        row = self.spans.currentRow()
        if claim is not None and claim.spans:
            self._edit(lambda m: edits.remove_span(m, claim.id, row if row >= 0 else 0))

    def _show_span(self, item: QListWidgetItem) -> None:
        if self.claim_id is not None:
            self.showSpanRequested.emit(self.claim_id, self.spans.row(item))
