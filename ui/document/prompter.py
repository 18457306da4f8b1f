"""What the app asks the user (a file to open or save to, save changes?, an error), behind one interface.

The window passes a `Prompter` to every feature; the app's is `ui.shell.dialogs.DialogPrompter`
(Qt's file dialogs and message boxes) and tests pass a fake with scripted answers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal, Protocol

from PySide6.QtWidgets import QDialog

SaveChoice = Literal["save", "discard", "cancel"]
DiskChoice = Literal["overwrite", "save_as", "cancel"]


class Prompter(Protocol):
    """Questions and messages for the user; each returns the answer (None or "cancel" when declined)."""

    def open_path(self, title: str, filters: str, folder: Path) -> Path | None:
        """A file to open."""
        ...

    def save_path(self, title: str, suggested: Path, filters: str) -> Path | None:
        """A file to save to (`suggested` holds the folder and the proposed name)."""
        ...

    def save_changes(self, name: str) -> SaveChoice:
        """Ask whether to save, discard or keep the unsaved changes of document `name`."""
        ...

    def changed_on_disk(self, name: str) -> DiskChoice:
        """Ask what to do when another program changed the file: overwrite, save as, or cancel."""
        ...

    def confirm(self, title: str, question: str) -> bool:
        """Yes or no."""
        ...

    def text(self, title: str, label: str, value: str = "") -> str | None:
        """One line of text (None when cancelled)."""
        ...

    def color(self, title: str, current: str) -> str | None:
        """A colour as #rrggbb (None when cancelled)."""
        ...

    def show_error(self, title: str, text: str) -> None:
        """One clear message for a problem the user can fix."""
        ...

    def inform(self, title: str, text: str) -> None:
        """A note the user should read (imported with notes, exported with losses)."""
        ...

    def run(self, dialog: QDialog) -> bool:
        """Show a dialog modally; True when the user accepted it."""
        ...
