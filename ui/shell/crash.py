"""The last line of defence: an unexpected exception is autosaved, logged and shown, never fatal.

`install(window)` replaces sys.excepthook (which Qt slots reach through PySide6) and
threading.excepthook. On an exception the handler first writes every open
document's autosave, then appends the traceback to `state_dir()/logs/argmap.log`,
then shows one dialog that says the work is safe and where the details are.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from shiboken6 import isValid

from ui.document.autosave import live_autosavers, state_dir

LOGGER = "argmap.crash"

Show = Callable[[QWidget | None, str, str], None]

_parent: list[QWidget | None] = [None]
_busy = [False]
_last_shown: dict[str, float] = {}
QUIET_SECONDS = 30.0
"""The same error again within this time is logged but not shown again (a failing paint repeats)."""


def log_path() -> Path:
    """The log file unexpected errors are written to."""
    return state_dir() / "logs" / "argmap.log"


def _logger() -> logging.Logger:
    log = logging.getLogger(LOGGER)
    target = str(log_path())
    if not any(getattr(h, "baseFilename", None) == target for h in log.handlers):
        log_path().parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(target, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        log.addHandler(handler)
        log.propagate = False
    return log


def show_dialog(parent: QWidget | None, text: str, details: str) -> None:
    """The error dialog (tests replace `show` in handle())."""
    box = QMessageBox(QMessageBox.Icon.Critical, "argmap: something went wrong", text, parent=parent)
    box.setDetailedText(details)
    box.exec()


def _autosave_all() -> list[Path]:
    saved: list[Path] = []
    for autosaver in live_autosavers():
        try:
            path = autosaver.save_now()
        except Exception:  # the handler must go on to log and tell the user
            continue
        if path is not None:
            saved.append(path)
    return saved


def handle(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    show: Show | None = None,
) -> None:
    """Autosave every open document, log the exception, then tell the user in one dialog."""
    if issubclass(exc_type, KeyboardInterrupt | SystemExit) or _busy[0]:
        sys.__excepthook__(exc_type, exc, tb)
        return
    _busy[0] = True
    try:
        saved = _autosave_all()
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        where = "the log could not be written"
        try:
            _logger().error("unexpected exception (autosaved: %s)\n%s", [str(p) for p in saved], details)
            where = f"The details are in {log_path()}"
        except OSError:
            print(details, file=sys.stderr)
        safe = "Your work was autosaved. " if saved else ""
        text = (
            f"argmap hit an unexpected error ({exc_type.__name__}: {exc}) and stopped what it was "
            f"doing. {safe}You can keep working; saving now is a good idea.\n\n{where}."
        )
        app = QApplication.instance()
        on_gui_thread = app is not None and QThread.currentThread() == app.thread()
        key = f"{exc_type.__name__}: {exc}"
        repeated = time.monotonic() - _last_shown.get(key, -QUIET_SECONDS) < QUIET_SECONDS
        if on_gui_thread and not repeated:
            _last_shown[key] = time.monotonic()
            parent = _parent[0]
            (show or show_dialog)(parent if parent is not None and isValid(parent) else None, text, details)
        else:
            print(text, file=sys.stderr)
    finally:
        _busy[0] = False


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    handle(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)


def install(parent: QWidget | None = None) -> None:
    """Route unexpected exceptions (Qt slots included) to `handle`, dialogs parented on `parent`."""
    _parent[0] = parent
    sys.excepthook = handle
    threading.excepthook = _thread_hook
