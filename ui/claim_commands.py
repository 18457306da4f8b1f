"""Claim commands of the main window: tag the article selection, add a span, connect, delete."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from argmap import edits
from argmap.model import Relation, Role
from argmap.ops import Op, OpError
from argmap.tag_attach import tag_and_attach

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class ClaimCommands(QObject):
    """Turns what the user asked for into ops (argmap.edits) and pushes each as one undo step."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def push(self, op: Op | None) -> bool:
        """Apply an edit as one undo step; a refused edit is explained in the status bar."""
        if op is None:
            return False
        try:
            self.window.session.push(op)
        except OpError as e:
            self.window.status(str(e))
            return False
        return True

    def tag_selection(self, role: Role) -> None:
        """Tag the article selection (or the sentence at the caret) as a new claim."""
        start, end = self.window.article.selected_range()
        selected = self.window.selected[-1] if self.window.selected else None  # as the map shows it
        try:  # tagging attaches to the selected claim (argmap.tag_attach says where and why)
            done = tag_and_attach(self.window.session.map, start, end, role, selected)
        except OpError as e:
            self.window.status(str(e))
            return
        if self.push(done.op):
            self.window.select_claim(done.select, None)
            self.window.article.setFocus()
            self.window.status(done.message)

    def add_span_from_article(self) -> None:
        """Anchor the current claim to the text selected in the article too."""
        if self.window.current_claim is None:
            self.window.status("Select a claim first, then the text to add to it")
            return
        start, end = self.window.article.selected_range()
        try:
            self.push(edits.add_span(self.window.session.map, self.window.current_claim, start, end))
        except OpError as e:
            self.window.status(str(e))

    def connect_selected(self, relation: Relation) -> None:
        """The selected claims become reasons for (or objections to) the one selected last."""
        ids = self.window.selected
        if len(ids) < 2:
            self.window.status("Select two claims: first the reason, then (Ctrl+click) the claim it is about")
            return
        try:
            self.push(edits.connect(self.window.session.map, ids[:-1], ids[-1], relation))
        except OpError as e:
            self.window.status(str(e))

    def delete_selected(self) -> None:
        """Delete the selected claims with their connections (one undo step)."""
        ids = self.window.selected or ([self.window.current_claim] if self.window.current_claim else [])
        if ids:
            self.push(edits.remove_claims(ids))
