"""Start-up: the document named on the command line (a map, another format, or an article) in a new window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

from argmap.analysis.findings import require_usable
from argmap.articles import import_article
from argmap.io.formats import read_map
from argmap.io.native import load
from argmap.model import ArgumentMap, Layout
from argmap.paths import SAMPLE_MAP, is_shipped, resource, seed
from ui.classroom.student_open import is_assignment_path, open_assignment
from ui.document.document import Document
from ui.document.prompter import Prompter
from ui.document.settings import Settings
from ui.files.file_actions import is_article, opens_natively
from ui.shell.main_window import MainWindow


def read_document(path: Path, settings: Settings) -> tuple[ArgumentMap, Path | None, list[str]]:
    """A map file, an import of another format, or a new map around an article; raises LoadError.

    Returns the map, the path to save it to (None when it is not a native map file) and the
    import's warnings (what File > Open would tell the user).
    """
    if is_article(path):
        imported = import_article(path)
        article = imported.article
        direction = settings.direction
        title = article.title or path.stem
        m = ArgumentMap(title=title, article=article, layout=Layout(direction=direction))
        return m, None, list(imported.warnings)
    if opens_natively(path):  # the installed sample opens as a copy: Save asks where to keep it
        return require_usable(load(path), str(path)), None if is_shipped(path) else path, []
    result = read_map(path)
    return require_usable(result.map, str(path)), None, result.warnings


def app_icon() -> QIcon:
    """The app icon: resources/icons/argmap.svg (also installed by `argmap --install-desktop-entry`)."""
    return QIcon(str(resource("icons", "argmap.svg")))


def build_window(path: Path | None, settings: Settings, prompter: Prompter | None = None) -> MainWindow:
    """The main window with `path` open (the sample on first run); raises LoadError."""
    first_run = settings.first_run
    if path is None and first_run:
        path = seed(SAMPLE_MAP)
    window = MainWindow(Document(), settings, prompter)
    window.setWindowIcon(app_icon())
    if path is not None and is_assignment_path(path):
        open_assignment(window.ctx, path)  # a students' copy: a new student map (ui/classroom/student_open.py)
    elif path is not None and not is_article(path) and opens_natively(path) and not is_shipped(path):
        window.session.open(path)  # the file read once: the map and its on-disk stamp
        settings.add_recent(path)
        window.rebuild_recent_menu()
    elif path is not None:
        m, save_path, notes = read_document(path, settings)
        window.load(m, save_path)
        window.files.show_import_notes_soon(path, notes)  # as File > Open shows them, over the shown window
        if save_path is not None:
            settings.add_recent(save_path)
            window.rebuild_recent_menu()
    if first_run:
        window.show_getting_started()
        settings.mark_first_run_done()
    return window
