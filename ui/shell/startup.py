"""Start-up: the document named on the command line (a map, another format, or an article) in a new window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

from argmap.analysis.findings import require_usable
from argmap.articles import load_article
from argmap.io.formats import read_map
from argmap.io.native import load
from argmap.model import ArgumentMap, Layout
from argmap.paths import SAMPLE_MAP, is_shipped, resource, seed
from ui.classroom.student_open import is_assignment_path, open_assignment
from ui.document.document import Document
from ui.document.settings import Settings
from ui.files.file_actions import is_article, opens_natively
from ui.shell.main_window import MainWindow


def read_document(path: Path, settings: Settings) -> tuple[ArgumentMap, Path | None]:
    """A map file, an import of another format, or a new map around an article; raises LoadError.

    Returns the map and the path to save it to (None when it is not a native map file).
    """
    if is_article(path):
        article = load_article(path)
        direction = settings.direction
        title = article.title or path.stem
        return ArgumentMap(title=title, article=article, layout=Layout(direction=direction)), None
    if opens_natively(path):  # the installed sample opens as a copy: Save asks where to keep it
        return require_usable(load(path), str(path)), None if is_shipped(path) else path
    return require_usable(read_map(path).map, str(path)), None


def app_icon() -> QIcon:
    """The app icon: resources/icons/argmap.svg (also installed by `argmap --install-desktop-entry`)."""
    return QIcon(str(resource("icons", "argmap.svg")))


def build_window(path: Path | None, settings: Settings) -> MainWindow:
    """The main window with `path` open (the sample on first run); raises LoadError."""
    first_run = settings.first_run
    if path is None and first_run:
        path = seed(SAMPLE_MAP)
    window = MainWindow(Document(), settings)
    window.setWindowIcon(app_icon())
    if path is not None and is_assignment_path(path):
        open_assignment(window.ctx, path)  # a students' copy: a new student map (ui/classroom/student_open.py)
    elif path is not None:
        m, save_path = read_document(path, settings)
        window.load(m, save_path)
        if save_path is not None:
            settings.add_recent(save_path)
            window.rebuild_recent_menu()
    if first_run:
        window.show_getting_started()
        settings.mark_first_run_done()
    return window
