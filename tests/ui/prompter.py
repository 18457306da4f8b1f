"""A scripted Prompter for window tests: answers set per test, every question recorded."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtWidgets import QDialog

from ui.document.prompter import DiskChoice, SaveChoice


@dataclass
class FakePrompter:
    """Answers without showing anything; `asked` lists (question, title) in order, `errors` every message."""

    open_answer: Path | None = None
    save_answer: Path | None = None
    save_changes_answer: SaveChoice = "cancel"
    disk_answer: DiskChoice = "cancel"
    confirm_answer: bool = False
    text_answer: str | None = None
    color_answer: str | None = None
    dialog: Callable[[QDialog], bool] = lambda _d: False
    asked: list[tuple[str, str]] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)
    places: list[Path] = field(default_factory=list)
    """Where each file dialog would have started (the folder, or the suggested file)."""

    def open_path(self, title: str, filters: str, folder: Path) -> Path | None:
        self.asked.append(("open_path", title))
        self.places.append(folder)
        return self.open_answer

    def save_path(self, title: str, suggested: Path, filters: str) -> Path | None:
        self.asked.append(("save_path", title))
        self.places.append(suggested)
        return self.save_answer

    def save_changes(self, name: str) -> SaveChoice:
        self.asked.append(("save_changes", name))
        return self.save_changes_answer

    def changed_on_disk(self, name: str) -> DiskChoice:
        self.asked.append(("changed_on_disk", name))
        return self.disk_answer

    def confirm(self, title: str, question: str) -> bool:
        self.asked.append(("confirm", title))
        return self.confirm_answer

    def text(self, title: str, label: str, value: str = "") -> str | None:
        self.asked.append(("text", title))
        return self.text_answer

    def color(self, title: str, current: str) -> str | None:
        self.asked.append(("color", title))
        return self.color_answer

    def show_error(self, title: str, text: str) -> None:
        self.errors.append((title, text))

    def inform(self, title: str, text: str) -> None:
        self.notes.append((title, text))

    def run(self, dialog: QDialog) -> bool:
        self.asked.append(("run", dialog.windowTitle()))
        return self.dialog(dialog)
