"""The open document: its map, undo stack, file path and dirty state, with one `changed` signal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from argmap.io.native import load, save
from argmap.model import ArgumentMap
from argmap.ops import Op
from ui.commands import OpCommand


class Session(QObject):
    """Owns the map being edited. Every change goes through `push(op)`.

    Signals: `changed` after any edit, undo or redo (views sync themselves from the
    map by id); `replaced` when a different document is loaded or created;
    `dirtyChanged(bool)` when the unsaved-changes state flips; `pathChanged`.
    """

    changed = Signal()
    replaced = Signal()
    dirtyChanged = Signal(bool)
    pathChanged = Signal()

    def __init__(
        self, m: ArgumentMap | None = None, path: Path | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.map = m if m is not None else ArgumentMap()
        self.path = path
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(lambda clean: self.dirtyChanged.emit(not clean))

    @property
    def dirty(self) -> bool:
        """True when the map has changes not saved to `path`."""
        return not self.undo_stack.isClean()

    def push(self, op: Op, merge_id: int = -1) -> None:
        """Apply `op` as one undo step; an op that does not fit raises before anything changes."""
        inverse = op.apply(self.map)
        self.undo_stack.push(OpCommand(lambda: self.map, op, inverse, self.changed.emit, merge_id))
        self.changed.emit()

    def replace(self, m: ArgumentMap, path: Path | None) -> None:
        """Show another document: clears undo history and marks it clean."""
        self.map = m
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.path = path
        self.pathChanged.emit()
        self.replaced.emit()
        self.dirtyChanged.emit(False)

    def open(self, path: Path) -> None:
        """Load a native map file (raises LoadError; the current document stays on error)."""
        m = load(path)
        self.replace(m, path)

    def save(self, path: Path | None = None) -> None:
        """Save atomically to `path` (or the current path); raises SaveError and stays dirty on failure."""
        target = path or self.path
        if target is None:
            raise ValueError("no file name to save to")
        save(self.map, target)
        self.undo_stack.setClean()
        if target != self.path:
            self.path = target
            self.pathChanged.emit()
