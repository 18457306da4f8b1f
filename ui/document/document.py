"""The open document: its map, undo stack, file path and dirty state; `push(op)`, `changed`, one `refused`."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from argmap.analysis.findings import require_usable
from argmap.io.errors import SaveError
from argmap.io.files import read_limited
from argmap.io.native import loads, save
from argmap.limits import LIMITS
from argmap.model import ArgumentMap
from argmap.ops import Op, OpError
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
    def of(cls, path: Path, content: bytes | None = None) -> DiskStamp | None:
        """The stamp of `path` now (`content`: its bytes, just read); None when it cannot be read."""
        try:
            st = path.stat()
            digest = hashlib.sha256(path.read_bytes() if content is None else content).hexdigest()
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


class Document(QObject):
    """Owns the map being edited. Every change goes through `push(op)` (or `edit(build)`).

    Signals: `changed` after any edit, undo or redo (views sync themselves from the
    map by id); `replaced` when a different document is loaded or created;
    `dirtyChanged(bool)` when the unsaved-changes state flips; `pathChanged`;
    `refused(text)` when an edit does not fit the map: the one place a refusal is
    reported (the window shows it in the status bar).
    """

    changed = Signal()
    refused = Signal(str)
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

    def name(self) -> str:
        """The file name, or the map title for a new map."""
        if self.path is not None:
            return self.path.name
        return self.map.title or "Untitled"

    @property
    def dirty(self) -> bool:
        """True when the map has changes not saved to `path`."""
        return not self.undo_stack.isClean()

    def push(self, op: Op | None, merge_id: int = -1) -> bool:
        """Apply `op` as one undo step; True when it did. None does nothing.

        An op that does not fit the map changes nothing and is reported through `refused`.
        """
        if op is None:
            return False
        try:
            inverse = op.apply(self.map)
        except (OpError, KeyError, ValueError) as e:
            self.refuse(e)
            return False
        self.undo_stack.push(OpCommand(lambda: self.map, op, inverse, self.changed.emit, merge_id))
        self.changed.emit()
        return True

    def edit(self, build: Callable[[ArgumentMap], Op | None], merge_id: int = -1) -> bool:
        """Build an op from the current map (argmap.edits) and push it; a refusal at either step is reported."""
        try:
            op = build(self.map)
        except (OpError, KeyError) as e:
            self.refuse(e)
            return False
        return self.push(op, merge_id)

    def refuse(self, reason: Exception | str) -> None:
        """Report an edit that was not made, in plain words, on `refused`."""
        text = "that item is no longer in the map" if isinstance(reason, KeyError) else str(reason)
        self.refused.emit(text[:1].upper() + text[1:])

    def replace(self, m: ArgumentMap, path: Path | None, stamp: DiskStamp | None = None) -> None:
        """Show another document: clears undo history and marks it clean (`stamp`: of `path`, if known)."""
        self.map = m
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.path = path
        self.disk_stamp = stamp if stamp is not None else DiskStamp.of(path) if path else None
        self.pathChanged.emit()
        self.replaced.emit()
        self.dirtyChanged.emit(False)

    def open(self, path: Path) -> None:
        """Load a native map file (raises LoadError; the current document stays on error)."""
        content = read_limited(path, LIMITS.map_file_bytes)  # read once: for the map and its stamp
        m = require_usable(loads(content, str(path)), str(path))
        self.replace(m, path, DiskStamp.of(path, content))

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
