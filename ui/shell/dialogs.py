"""The app's Prompter: Qt's file dialogs and message boxes, parented to the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

from ui.document.prompter import DiskChoice, SaveChoice


class DialogPrompter:
    """Asks through modal dialogs over `parent`."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    def open_path(self, title: str, filters: str, folder: Path) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self.parent, title, str(folder), filters)
        return Path(name) if name else None

    def save_path(self, title: str, suggested: Path, filters: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.parent, title, str(suggested), filters)
        return Path(name) if name else None

    def save_changes(self, name: str) -> SaveChoice:
        button = QMessageBox.StandardButton
        answer = QMessageBox.warning(
            self.parent,
            "Unsaved changes",
            f"“{name}” has changes that are not saved. Save them first?",
            button.Save | button.Discard | button.Cancel,
            button.Save,
        )
        return "save" if answer == button.Save else "discard" if answer == button.Discard else "cancel"

    def changed_on_disk(self, name: str) -> DiskChoice:
        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("File changed on disk")
        box.setText(f"{name} was changed by another program since you opened it.")
        box.setInformativeText("Overwrite it with your map, save your map under another name, or cancel?")
        overwrite = box.addButton("Overwrite", QMessageBox.ButtonRole.DestructiveRole)
        save_as = box.addButton("Save As…", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save_as)
        box.exec()
        clicked = box.clickedButton()
        return "overwrite" if clicked is overwrite else "save_as" if clicked is save_as else "cancel"

    def confirm(self, title: str, question: str) -> bool:
        return QMessageBox.question(self.parent, title, question) == QMessageBox.StandardButton.Yes

    def text(self, title: str, label: str, value: str = "") -> str | None:
        answer, ok = QInputDialog.getText(self.parent, title, label, text=value)
        return answer if ok else None

    def color(self, title: str, current: str) -> str | None:
        chosen = QColorDialog.getColor(QColor(current), self.parent, title)
        return chosen.name() if chosen.isValid() else None

    def show_error(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def run(self, dialog: QDialog) -> bool:
        return bool(dialog.exec())
