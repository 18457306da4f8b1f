"""Article import off the GUI thread: a worker thread runs load_article; the window keeps painting.

`import_article(path, parent)` shows a progress dialog fed by the worker, runs the
extraction in a QThread and waits in a local event loop, so the caller gets an
Article back (or LoadError / ImportCancelled) while the window stays responsive and
Cancel stops the import at once. The worker keeps its outcome itself and the caller
reads it after `wait()`, so a worker that finishes before the loop starts (its
signals still queued) cannot lose the result.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QThread, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget
from typing_extensions import override

from argmap.articles import ImportCancelled, Imported
from argmap.articles import import_article as read_article
from argmap.io.errors import LoadError
from argmap.model import Article

SHOW_AFTER_MS = 300
"""A quick import finishes before the progress dialog appears."""
POLL_MS = 50
"""How often the progress dialog reads the worker's progress."""


class ArticleWorker(QThread):
    """Runs load_article on its own thread; keeps its progress and its outcome for the GUI thread to read."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._stop = threading.Event()
        self.progress = 0.0
        """The latest fraction load_article reported (the dialog polls it: no queued signals to outlive it)."""
        self.outcome: Imported | LoadError | ImportCancelled | None = None
        """Set by run() before the thread finishes; read it after wait()."""

    def cancel(self) -> None:
        """Ask the import to stop (load_article polls this through its `cancelled` callback)."""
        self._stop.set()

    def is_cancelled(self) -> bool:
        """True once Cancel was asked for."""
        return self._stop.is_set()

    def _report(self, fraction: float) -> None:
        self.progress = fraction

    @override
    def run(self) -> None:
        try:
            imported = read_article(self.path, progress=self._report, cancelled=self._stop.is_set)
        except ImportCancelled as e:
            self.outcome = e
        except LoadError as e:
            self.outcome = e
        except Exception as e:
            self.outcome = LoadError(self.path, f"could not be imported ({type(e).__name__}: {e})")
        else:
            self.outcome = ImportCancelled() if self._stop.is_set() else imported


def import_article(path: Path, parent: QWidget | None = None) -> Article:
    """Load `path` on a worker thread with a cancellable progress dialog; the event loop keeps running.

    Raises ImportCancelled when the user cancels and the loader's LoadError when the
    file cannot be read.
    """
    return import_article_report(path, parent).article


def import_article_report(path: Path, parent: QWidget | None = None) -> Imported:
    """`import_article`, with the warnings about what the file holds that the article cannot show."""
    dialog = QProgressDialog(f"Reading {path.name}…", "Cancel", 0, 100, parent)
    dialog.setWindowTitle("Importing article — argmap")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)
    worker = ArticleWorker(path)
    loop = QEventLoop()

    def show_progress() -> None:
        dialog.setValue(min(99, round(worker.progress * 100)))

    def on_cancel() -> None:
        worker.cancel()
        loop.quit()

    poll = QTimer(dialog)  # a child of the dialog: it cannot fire after the dialog is gone
    poll.setInterval(POLL_MS)
    poll.timeout.connect(show_progress)
    poll.start()
    # Connected before start(): the quit is queued to this thread and runs inside loop.exec()
    # even when the worker finished first; isFinished() only saves entering the loop.
    worker.finished.connect(loop.quit)
    dialog.canceled.connect(on_cancel)
    worker.start()
    try:
        if not worker.isFinished():
            loop.exec()
    finally:
        poll.stop()
        dialog.canceled.disconnect(on_cancel)
        shown = dialog.isVisible()
        dialog.reset()  # stops the timer that would show the dialog after SHOW_AFTER_MS
        dialog.close()
        dialog.deleteLater()
        if shown and parent is not None:
            # hand the keyboard back to the window (not every platform does): the tag keys work at once
            parent.window().activateWindow()
    if worker.is_cancelled():
        _let_go(worker)
        raise ImportCancelled()
    worker.wait()  # the loop quits on `finished`: run() has returned and set the outcome
    outcome = worker.outcome
    _let_go(worker)
    if isinstance(outcome, Imported):
        return outcome
    if isinstance(outcome, LoadError | ImportCancelled):
        raise outcome
    raise LoadError(path, "the import stopped without a result")


_RUNNING: set[ArticleWorker] = set()
"""Cancelled workers still winding down (a child process being stopped): kept alive until they finish."""


def _let_go(worker: ArticleWorker) -> None:
    if worker.isFinished():
        worker.deleteLater()
        return
    app = QCoreApplication.instance()
    if app is not None and not app.property("argmapWaitsForImports"):
        # a QThread destroyed while running aborts the process: wait for it at exit
        app.aboutToQuit.connect(wait_for_cancelled_imports)
        app.setProperty("argmapWaitsForImports", True)
    _RUNNING.add(worker)

    def done() -> None:
        _RUNNING.discard(worker)
        worker.deleteLater()

    worker.finished.connect(done)


def wait_for_cancelled_imports(timeout_ms: int = 5000) -> bool:
    """Block until cancelled imports have wound down (tests and app exit); True when none is left."""
    for worker in list(_RUNNING):
        worker.wait(timeout_ms)
    return all(w.isFinished() for w in _RUNNING)
