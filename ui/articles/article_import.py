"""Article import off the GUI thread: a worker thread runs load_article; the window keeps painting.

`import_article(path, parent)` shows a progress dialog fed by signals, runs the
extraction in a QThread and waits in a local event loop, so the caller gets an
Article back (or LoadError / ImportCancelled) while the window stays responsive and
Cancel stops the import at once.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from typing_extensions import override

from argmap.articles import ImportCancelled, Imported
from argmap.articles import import_article as read_article
from argmap.io.errors import LoadError
from argmap.model import Article

SHOW_AFTER_MS = 300
"""A quick import finishes before the progress dialog appears."""


class ArticleWorker(QThread):
    """Runs load_article on its own thread; reports progress and the outcome through signals."""

    progressed = Signal(float)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._stop = threading.Event()
        self.warnings: tuple[str, ...] = ()
        """What the file holds that the article cannot show, set before `succeeded`."""

    def cancel(self) -> None:
        """Ask the import to stop (load_article polls this through its `cancelled` callback)."""
        self._stop.set()

    def is_cancelled(self) -> bool:
        """True once Cancel was asked for."""
        return self._stop.is_set()

    @override
    def run(self) -> None:
        try:
            imported = read_article(self.path, progress=self.progressed.emit, cancelled=self._stop.is_set)
        except ImportCancelled:
            self.cancelled.emit()
        except LoadError as e:
            self.failed.emit(e)
        except Exception as e:
            self.failed.emit(LoadError(self.path, f"could not be imported ({type(e).__name__}: {e})"))
        else:
            if self._stop.is_set():
                self.cancelled.emit()
            else:
                self.warnings = imported.warnings
                self.succeeded.emit(imported.article)


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
    outcome: dict[str, object] = {}

    def on_progress(fraction: float) -> None:
        dialog.setValue(min(99, round(fraction * 100)))

    def finish(key: str, value: object) -> None:
        outcome.setdefault(key, value)

    def on_cancel() -> None:
        worker.cancel()
        finish("cancelled", True)
        loop.quit()

    def on_success(article: object) -> None:
        finish("warnings", worker.warnings)
        finish("article", article)

    worker.progressed.connect(on_progress)
    worker.succeeded.connect(on_success)
    worker.failed.connect(lambda error: finish("error", error))
    worker.cancelled.connect(lambda: finish("cancelled", True))
    worker.finished.connect(loop.quit)
    dialog.canceled.connect(on_cancel)
    worker.start()
    try:
        if worker.isFinished():  # done already: its results wait as queued signals, deliver them
            QCoreApplication.sendPostedEvents()
        else:
            loop.exec()
    finally:
        dialog.canceled.disconnect(on_cancel)
        dialog.reset()  # stops the timer that would show the dialog after SHOW_AFTER_MS
        dialog.close()
        dialog.deleteLater()
        _let_go(worker)
        if parent is not None:  # give the keyboard back to the window (no window manager does it offscreen)
            parent.window().activateWindow()
    if "cancelled" in outcome:
        raise ImportCancelled()
    error = outcome.get("error")
    if isinstance(error, LoadError):
        raise error
    article = outcome.get("article")
    if not isinstance(article, Article):
        raise LoadError(path, "the import stopped without a result")
    warnings = outcome.get("warnings", ())
    return Imported(article, warnings if isinstance(warnings, tuple) else ())


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
