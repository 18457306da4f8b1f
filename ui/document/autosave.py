"""Autosave: a copy of the open document in the user's state folder a few seconds after each change.

The map is serialised on the GUI thread (a few milliseconds even for big maps) and
written by one background thread, atomically, so the window never waits for the disk.
Each autosave is two files in `state_dir()/autosave`: `<key>.argmap.json` (a normal
map) and `<key>.meta.json` (the document's file, the time, the writing process). They
are deleted when the document is saved, replaced or the app quits normally; files left
behind by a process that no longer runs are what recovery offers to restore.
"""

from __future__ import annotations

import itertools
import json
import os
import threading
import weakref
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from argmap.io.errors import SaveError
from argmap.io.files import write_atomic
from argmap.io.native import dumps

if TYPE_CHECKING:
    from ui.document.document import Document

STATE_DIR_ENV = "ARGMAP_STATE_DIR"
"""Overrides the per-user state folder (tests point it at a temporary folder)."""

DELAY_ENV = "ARGMAP_AUTOSAVE_MS"
"""Overrides the autosave delay in milliseconds (tests shorten it)."""

DEFAULT_DELAY_MS = 3000
"""An autosave is written this long after the first change that is not yet autosaved."""

MAP_SUFFIX = ".argmap.json"
META_SUFFIX = ".meta.json"

_counter = itertools.count(1)
_live: weakref.WeakSet[Autosaver] = weakref.WeakSet()


def state_dir() -> Path:
    """The per-user folder for autosaves and logs (platformdirs), or $ARGMAP_STATE_DIR."""
    override = os.environ.get(STATE_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_state_dir("argmap", appauthor=False))


def autosave_dir() -> Path:
    """Where autosaves are kept."""
    return state_dir() / "autosave"


def live_autosavers() -> list[Autosaver]:
    """Every autosaver of this process (the crash handler saves them all first)."""
    return list(_live)


@dataclass(frozen=True)
class AutosaveMeta:
    """What an autosave is a copy of, when it was written and by which process."""

    original: str | None
    """The document's own file, or None for a map never saved."""
    title: str
    saved_at: datetime
    pid: int

    def to_json(self) -> str:
        data = {
            "original": self.original,
            "title": self.title,
            "saved_at": self.saved_at.isoformat(),
            "pid": self.pid,
        }
        return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str) -> AutosaveMeta:
        """Parse a meta file; ValueError when it is not one."""
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("not an autosave record")
        original, title, saved, pid = (data.get(k) for k in ("original", "title", "saved_at", "pid"))
        if not (original is None or isinstance(original, str)) or not isinstance(title, str):
            raise ValueError("not an autosave record")
        if not isinstance(saved, str) or not isinstance(pid, int):
            raise ValueError("not an autosave record")
        return cls(original, title, datetime.fromisoformat(saved), pid)


class Autosaver(QObject):
    """Keeps an autosave of one Document's document, written in the background.

    Signals: `written(str)` with the autosave's path after each write; `failed(str)`
    with a message when a write fails (the document stays open and untouched).
    """

    written = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        session: Document,
        folder: Path | None = None,
        delay_ms: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent if parent is not None else session)
        self.session = session
        self.folder = folder if folder is not None else autosave_dir()
        key = f"autosave-{os.getpid()}-{next(_counter)}"
        self.map_path = self.folder / (key + MAP_SUFFIX)
        self.meta_path = self.folder / (key + META_SUFFIX)
        if delay_ms is None:
            delay_ms = int(os.environ.get(DELAY_ENV, DEFAULT_DELAY_MS))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.save_soon)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="argmap-autosave")
        self._lock = threading.Lock()
        self._pending: Future[None] | None = None
        session.changed.connect(self._on_changed)
        session.replaced.connect(self.discard)
        session.dirtyChanged.connect(self._on_dirty_changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)
        _live.add(self)

    def _on_changed(self) -> None:
        if self.session.dirty and not self._timer.isActive():
            self._timer.start()

    def _on_dirty_changed(self, dirty: bool) -> None:
        if not dirty:  # saved (or undone back to the saved state): the file on disk is current
            self.discard()

    def _snapshot(self) -> tuple[bytes, bytes]:
        m = self.session.map
        path = self.session.path
        meta = AutosaveMeta(str(path) if path else None, m.title, datetime.now(UTC), os.getpid())
        return dumps(m).encode("utf-8"), meta.to_json().encode("utf-8")

    def save_soon(self) -> None:
        """Write the autosave in the background now (the map is copied on this thread)."""
        self._timer.stop()
        if not self.session.dirty:
            return
        data, meta = self._snapshot()
        with self._lock:
            self._pending = self._pool.submit(self._write, data, meta)

    def save_now(self) -> Path | None:
        """Write the autosave on this thread and wait for it (crash handler, tests); None if clean."""
        self._timer.stop()
        self.wait()
        if not self.session.dirty:
            return None
        data, meta = self._snapshot()
        self._write(data, meta)
        return self.map_path

    def wait(self) -> None:
        """Block until the background write in progress, if any, has finished."""
        with self._lock:
            pending = self._pending
        if pending is not None:
            pending.result()

    def _write(self, data: bytes, meta: bytes) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomic(self.map_path, data)
            write_atomic(self.meta_path, meta)
        except (OSError, SaveError) as e:
            self.failed.emit(f"Autosave failed: {e}")
            return
        self.written.emit(str(self.map_path))

    def discard(self) -> None:
        """Delete this document's autosave (it was saved, replaced, or closed on purpose)."""
        self._timer.stop()
        self.wait()
        for p in (self.meta_path, self.map_path):
            try:
                p.unlink()
            except FileNotFoundError:
                pass
            except OSError as e:
                self.failed.emit(f"Could not remove the autosave {p}: {e.strerror or e}")

    def close(self) -> None:
        """Normal quit: stop autosaving and remove the autosave (the user chose to save or discard)."""
        self.discard()
        self._pool.shutdown(wait=True)
        _live.discard(self)
