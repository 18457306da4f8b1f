"""After a crash or a kill: find the autosaves left behind and offer to restore them.

`install(window, session)` is the one call the main window makes: it starts the
autosave, installs the crash handler and, once the window is up, offers what an
earlier run left behind, showing when it was saved and how it differs from the file.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

import ui.shell.crash as crash
from argmap.io.errors import LoadError
from argmap.io.native import load
from argmap.model import ArgumentMap
from argmap.wording import counted
from ui.document.autosave import META_SUFFIX, AutosaveMeta, Autosaver, autosave_dir
from ui.document.document import Document


@dataclass
class Recoverable:
    """An autosave whose app did not close normally."""

    meta: AutosaveMeta
    map: ArgumentMap
    map_path: Path
    meta_path: Path
    differences: list[str]

    @property
    def name(self) -> str:
        """The document's file name, or its title for a map never saved."""
        return Path(self.meta.original).name if self.meta.original else (self.meta.title or "Untitled")

    def discard(self) -> None:
        """Delete the autosave."""
        for p in (self.meta_path, self.map_path):
            with contextlib.suppress(FileNotFoundError):
                p.unlink()


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def find_recoverable(folder: Path | None = None) -> list[Recoverable]:
    """Autosaves left by processes that no longer run, newest first (unreadable ones are skipped)."""
    folder = folder if folder is not None else autosave_dir()
    if not folder.is_dir():
        return []
    found: list[Recoverable] = []
    for meta_path in sorted(folder.glob("*" + META_SUFFIX)):
        try:
            meta = AutosaveMeta.from_json(meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if _process_alive(meta.pid):
            continue  # another argmap window is still working on it
        map_path = meta_path.with_name(meta_path.name.removesuffix(META_SUFFIX) + ".argmap.json")
        try:
            m = load(map_path)
        except LoadError:
            continue
        found.append(Recoverable(meta, m, map_path, meta_path, differences(_original(meta), m)))
    found.sort(key=lambda r: r.meta.saved_at, reverse=True)
    return found


def _original(meta: AutosaveMeta) -> ArgumentMap | None:
    if meta.original is None:
        return None
    try:
        return load(meta.original)
    except LoadError:
        return None


def _by_id(items: list[object]) -> dict[str, str]:
    return {getattr(x, "id"): repr(x) for x in items}  # noqa: B009


def differences(saved: ArgumentMap | None, autosaved: ArgumentMap) -> list[str]:
    """What the autosave has that the saved file does not, as short lines for a person."""
    if saved is None:
        n, k = len(autosaved.claims), len(autosaved.arguments)
        return [f"a map never saved to a file: {counted(n, 'claim')}, {counted(k, 'argument')}"]
    out: list[str] = []
    if saved.title != autosaved.title:
        out.append(f"title “{autosaved.title}” instead of “{saved.title}”")
    for noun, old_items, new_items in (
        ("claim", saved.claims, autosaved.claims),
        ("argument", saved.arguments, autosaved.arguments),
        ("tag", saved.tags, autosaved.tags),
    ):
        old, new = _by_id(list(old_items)), _by_id(list(new_items))
        added = len(new.keys() - old.keys())
        removed = len(old.keys() - new.keys())
        changed = sum(1 for k in new.keys() & old.keys() if new[k] != old[k])
        for count, what in ((added, "added"), (removed, "removed"), (changed, "changed")):
            if count:
                out.append(f"{count} {noun}{'' if count == 1 else 's'} {what}")
    if saved.article != autosaved.article:
        out.append("a different article")
    if saved.layout != autosaved.layout:
        out.append("boxes moved, pinned or collapsed")
    return out or ["no differences from the saved file"]


def _ago(when: datetime, now: datetime | None = None) -> str:
    seconds = int(((now or datetime.now(UTC)) - when).total_seconds())
    if seconds < 90:
        return "just now"
    if seconds < 90 * 60:
        return f"{round(seconds / 60)} minutes ago"
    if seconds < 36 * 3600:
        return f"{round(seconds / 3600)} hours ago"
    return f"{round(seconds / 86400)} days ago"


def describe(r: Recoverable, now: datetime | None = None) -> str:
    """The question shown to the user about one autosave."""
    local = r.meta.saved_at.astimezone()
    lines = "\n".join(f"• {d}" for d in r.differences)
    return (
        f"argmap did not close normally last time. It had autosaved “{r.name}” at "
        f"{local:%H:%M} on {local:%d %b %Y} ({_ago(r.meta.saved_at, now)}).\n\n"
        f"Compared with the file on disk, the autosave has:\n{lines}\n\n"
        "Restore it? (Discard deletes the autosave.)"
    )


Ask = Callable[[QWidget | None, Recoverable], QMessageBox.StandardButton]


def ask_restore(parent: QWidget | None, r: Recoverable) -> QMessageBox.StandardButton:
    """Restore / Discard / Cancel (decide later) for one autosave."""
    box = QMessageBox(QMessageBox.Icon.Question, "Restore unsaved work?", describe(r), parent=parent)
    box.setStandardButtons(
        QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
        | QMessageBox.StandardButton.Yes
    )
    box.button(QMessageBox.StandardButton.Yes).setText("Restore")
    box.button(QMessageBox.StandardButton.Cancel).setText("Later")
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return QMessageBox.StandardButton(box.exec())


def restore(session: Document, r: Recoverable, autosaver: Autosaver | None = None) -> None:
    """Show the autosaved map in `session` as unsaved changes to its original file."""
    original = Path(r.meta.original) if r.meta.original else None
    session.replace(r.map, original)
    session.undo_stack.resetClean()  # differs from the file on disk: dirty until saved
    if autosaver is not None:
        autosaver.save_now()  # keep it safe before the old autosave goes
    r.discard()


def offer_restore(
    parent: QWidget | None,
    session: Document,
    autosaver: Autosaver | None = None,
    folder: Path | None = None,
    ask: Ask | None = None,
) -> bool:
    """Ask about the newest left-over autosave; True when one was restored into `session`."""
    if session.dirty:
        return False  # never replace work in progress; the autosave waits for the next start
    for r in find_recoverable(folder):
        answer = (ask or ask_restore)(parent, r)
        if answer == QMessageBox.StandardButton.Yes:
            restore(session, r, autosaver)
            return True
        if answer == QMessageBox.StandardButton.Discard:
            r.discard()
            continue
        return False
    return False


def install(window: QWidget, session: Document, folder: Path | None = None) -> Autosaver:
    """Autosave `session`, install the crash handler, and offer a restore once the window is shown."""
    autosaver = Autosaver(session, folder)
    closing = getattr(window, "closing", None)  # MainWindow: the user agreed to close (saved or discarded)
    if closing is not None:
        closing.connect(autosaver.close)
    crash.install(window)
    QTimer.singleShot(0, lambda: offer_restore(window, session, autosaver, folder))
    return autosaver
