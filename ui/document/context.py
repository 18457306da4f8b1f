"""What a feature is given instead of the window: the document, the selection, settings, the registry, a prompter."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from ui.document.actions import Registry
from ui.document.document import Document
from ui.document.prompter import Prompter
from ui.document.selection import Selection
from ui.document.settings import Settings


@dataclass(frozen=True)
class Context:
    """The services of one window that features use; `status` shows a short note in the status bar."""

    document: Document
    selection: Selection
    settings: Settings
    registry: Registry
    prompter: Prompter
    status: Callable[[str], None]
    parent: QWidget
    """The window, as the parent of dialogs a feature opens."""

    def show_error(self, title: str, text: str) -> None:
        """One clear message: in the status bar and in a message box."""
        self.status(text)
        self.prompter.show_error(title, text)
