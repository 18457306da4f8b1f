"""The shell's own actions: Undo and Redo (a still toolbar), Preferences, Quit, text size, Help."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence

from ui.document.actions import ActionSpec

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow

Key = QKeySequence.StandardKey


def declare_shell_actions(w: MainWindow) -> None:
    """Edit > Undo, Redo, Preferences; File > Quit; View > text size; Help."""
    add = w.registry.add
    stack = w.session.undo_stack
    undo = add(
        ActionSpec(
            "undo",
            "&Undo",
            lambda d: d.undo_stack.undo(),
            [Key.Undo],
            "edit",
            "undo",
            "undo",
            icon_text="Undo",
        )
    )
    redo = add(
        ActionSpec(
            "redo",
            "&Redo",
            lambda d: d.undo_stack.redo(),
            ["Ctrl+Shift+Z", "Ctrl+Y"],
            "edit",
            "undo",
            "undo",
            icon_text="Redo",
        )
    )
    undo_text, redo_text = (
        _StepText(undo, "Undo", stack.undoText()),
        _StepText(redo, "Redo", stack.redoText()),
    )
    stack.canUndoChanged.connect(undo.setEnabled)
    stack.canRedoChanged.connect(redo.setEnabled)
    stack.undoTextChanged.connect(undo_text.show)
    stack.redoTextChanged.connect(redo_text.show)
    undo.setEnabled(stack.canUndo())
    redo.setEnabled(stack.canRedo())
    add(
        ActionSpec(
            "preferences",
            "&Preferences…",
            lambda _d: w.show_preferences(),
            ["Ctrl+,"],
            "edit",
            "prefs",
        )
    )
    add(ActionSpec("quit", "&Quit", lambda _d: w.close(), ["Ctrl+Q"], "file", "quit"))
    add(
        ActionSpec(
            "text_larger",
            "&Larger text",
            lambda _d: w.change_font_size(1),
            ["Ctrl+Alt+="],
            "view",
            "text",
        )
    )
    add(
        ActionSpec(
            "text_smaller",
            "&Smaller text",
            lambda _d: w.change_font_size(-1),
            ["Ctrl+Alt+-"],
            "view",
            "text",
        )
    )
    add(ActionSpec("getting_started", "&Getting started", lambda _d: w.show_getting_started(), (), "help"))
    add(
        ActionSpec(
            "shortcuts",
            "&Keyboard shortcuts and gestures",
            lambda _d: w.show_shortcuts(),
            [Key.HelpContents],
            "help",
        )
    )
    add(ActionSpec("about", "&About argmap", lambda _d: w.about(), (), "help"))


class _StepText(QObject):
    """Names the next undo or redo step in the menu item and tooltip; the toolbar button keeps one short word.

    A child of the action, so the connection from the undo stack goes when the action does.
    """

    def __init__(self, action: QAction, verb: str, text: str) -> None:
        super().__init__(action)
        self.action = action
        self.verb = verb
        self.show(text)

    @Slot(str)
    def show(self, text: str) -> None:
        """Put the step's name in the menu text and the tooltip."""
        self.action.setText(f"&{self.verb} {text}".rstrip())
        self.action.setToolTip(f"{self.verb} {text}".rstrip())
