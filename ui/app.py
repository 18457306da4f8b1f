"""QApplication set-up: settings, theme, the main window, and the file named on the command line."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from argmap import __version__
from argmap.analysis.findings import require_usable
from argmap.articles import ImportCancelled, load_article
from argmap.exit_codes import EXIT_FINDINGS, fail
from argmap.io.errors import LoadError
from argmap.io.formats import read_map
from argmap.io.native import load
from argmap.model import ArgumentMap, Layout
from argmap.paths import SAMPLE_MAP, seed
from ui.document.document import Document
from ui.document.settings import Settings
from ui.files.file_actions import is_article, opens_natively
from ui.shell.main_window import MainWindow
from ui.shell.recovery import install as install_recovery


def read_document(path: Path, settings: Settings) -> tuple[ArgumentMap, Path | None]:
    """A map file, an import of another format, or a new map around an article; raises LoadError.

    Returns the map and the path to save it to (None when it is not a native map file).
    """
    if is_article(path):
        article = load_article(path)
        direction = settings.direction
        title = article.title or path.stem
        return ArgumentMap(title=title, article=article, layout=Layout(direction=direction)), None
    if opens_natively(path):
        return require_usable(load(path), str(path)), path
    return require_usable(read_map(path).map, str(path)), None


def build_window(path: Path | None, settings: Settings) -> MainWindow:
    """The main window with `path` open (the sample on first run); raises LoadError."""
    first_run = settings.first_run
    if path is None and first_run:
        path = seed(SAMPLE_MAP)
    window = MainWindow(Document(), settings)
    if path is not None:
        m, save_path = read_document(path, settings)
        window.load(m, save_path)
        if save_path is not None:
            settings.add_recent(save_path)
            window.rebuild_recent_menu()
    if first_run:
        window.show_getting_started()
        settings.mark_first_run_done()
    return window


def run(path: str | None) -> int:
    """Start the app, optionally opening a map or article file; returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("argmap")
    app.setOrganizationName("argmap")
    app.setApplicationVersion(__version__)
    settings = Settings()
    try:
        window = build_window(Path(path) if path else None, settings)
    except LoadError as e:
        QMessageBox.critical(None, "argmap", str(e))
        return fail(e)
    except ImportCancelled:
        return EXIT_FINDINGS  # the user cancelled reading the article: nothing opened
    window.show()
    install_recovery(window, window.session)  # autosave, crash handler, restore offer (ui/shell/recovery.py)
    return int(app.exec())
