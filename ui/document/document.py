"""The open document: its map, undo stack, file path and dirty state, with one `changed` signal."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from argmap.analysis.findings import require_usable
from argmap.io.errors import SaveError
from argmap.io.native import load, save
from argmap.model import ArgumentMap
from argmap.ops import Op
from ui.document.commands import OpCommand


class ChangedOnDisk(SaveError):
    """The file was changed by another program since it was opened or saved; nothing was written."""


@dataclass(frozen=True)
class DiskStamp:
    """What a file on disk looked like when argmap last read or wrote it."""

    mtime_ns: int
    size: int
    sha256: str

    @classmethod
    def of(cls, path: Path) -> DiskStamp | None:
        """The stamp of `path` now; None when it cannot be read (gone, unreadable)."""
        try:
            st = path.stat()
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            return None
        return cls(st.st_mtime_ns, st.st_size, digest)

    def same_content(self, other: DiskStamp | None) -> bool:
        """True when `other` is this file unchanged (a touch without new content counts as unchanged)."""
        if other is None:
            return True  # deleted or unreadable: saving puts it back, nothing is lost
        if (other.mtime_ns, other.size) == (self.mtime_ns, self.size):
            return True
        return other.sha256 == self.sha256


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
        # A bound slot, not a lambda: Qt drops it when the session goes (no emit on a deleted object).
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.disk_stamp: DiskStamp | None = DiskStamp.of(path) if path else None
        """The file as last read or written, to notice changes made by other programs (save refuses)."""

    def _on_clean_changed(self, clean: bool) -> None:
        self.dirtyChanged.emit(not clean)

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
        self.disk_stamp = DiskStamp.of(path) if path else None
        self.pathChanged.emit()
        self.replaced.emit()
        self.dirtyChanged.emit(False)

    def open(self, path: Path) -> None:
        """Load a native map file (raises LoadError; the current document stays on error)."""
        m = require_usable(load(path), str(path))
        self.replace(m, path)

    def save(self, path: Path | None = None, *, overwrite_changed: bool = False) -> None:
        """Save atomically to `path` (or the current path); raises SaveError and stays dirty on failure.

        Raises ChangedOnDisk (a SaveError) instead of writing when the document's file
        was changed by another program since it was opened or saved, unless
        `overwrite_changed` (the user chose to replace that version).
        """
        target = path or self.path
        if target is None:
            raise ValueError("no file name to save to")
        if not overwrite_changed and self.changed_on_disk(target):
            raise ChangedOnDisk(
                f"{target}: was changed by another program after you opened it; nothing was saved. "
                "Use Save As to keep both versions, or reopen the file to see the other version"
            )
        save(self.map, target)
        self.disk_stamp = DiskStamp.of(target)
        self.undo_stack.setClean()
        if target != self.path:
            self.path = target
            self.pathChanged.emit()

    def changed_on_disk(self, path: Path | None = None) -> bool:
        """True when the document's file (`path` if it is the same file) differs from the version last read or written."""
        target = path or self.path
        if target is None or self.path is None or self.disk_stamp is None:
            return False
        if Path(target).resolve() != Path(self.path).resolve():
            return False
        return not self.disk_stamp.same_content(DiskStamp.of(target))
