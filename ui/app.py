"""QApplication set-up and the main window of the app."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from argmap import __version__
from argmap.io.errors import LoadError
from argmap.io.native import load
from argmap.model import ArgumentMap


class MainWindow(QMainWindow):
    """The top-level window."""

    def __init__(self, m: ArgumentMap | None = None, path: str | None = None) -> None:
        super().__init__()
        self.map = m
        name = path.rsplit("/", 1)[-1] if path else "Untitled"
        self.setWindowTitle(f"{name} — argmap")
        text = f"{len(m.claims)} claims, {len(m.arguments)} arguments" if m is not None else "No map open"
        self.setCentralWidget(QLabel(text))
        self.resize(1280, 800)


def run(path: str | None) -> int:
    """Start the app, optionally opening a map file; returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("argmap")
    app.setApplicationVersion(__version__)
    m: ArgumentMap | None = None
    if path:
        try:
            m = load(path)
        except LoadError as e:
            QMessageBox.critical(None, "argmap", str(e))
            print(f"error: {e}", file=sys.stderr)
            return 2
    window = MainWindow(m, path)
    window.show()
    return int(app.exec())
