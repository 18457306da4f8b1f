"""QApplication set-up: settings, theme, the main window, and the file named on the command line."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from argmap import __version__
from argmap.articles import ImportCancelled
from argmap.exit_codes import EXIT_FINDINGS, fail
from argmap.io.errors import LoadError
from ui.document.settings import Settings
from ui.shell.recovery import install as install_recovery
from ui.shell.startup import app_icon, build_window


def run(path: str | None) -> int:
    """Start the app, optionally opening a map or article file; returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("argmap")
    app.setOrganizationName("argmap")
    app.setApplicationVersion(__version__)
    if isinstance(app, QApplication):
        app.setWindowIcon(app_icon())
        app.setDesktopFileName("argmap")  # Wayland and task bars match the window to argmap.desktop
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
