"""Opening an assignment package as a student: a new map of its article, the instructions, the student's name.

    if is_assignment_path(path):
        return open_assignment(window, path)      # the hook in the file-open path

The student's name is asked once and remembered in the app settings. Save proposes
`<assignment title> - <name>.argmap.json` in the user's documents folder
(`suggested_save_path`). The reference, if the package holds one, is never shown.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QDockWidget, QInputDialog, QTextBrowser, QWidget

from argmap.classroom.assign_command import file_stem
from argmap.classroom.assignment import SUFFIX, Assignment, load_assignment, start_map
from argmap.io.errors import LoadError
from argmap.io.native import SUFFIX as MAP_SUFFIX
from argmap.model import ArgumentMap

if TYPE_CHECKING:
    from ui.main_window import MainWindow

NAME_KEY = "classroom/student_name"
"""Where the student's name is remembered (QSettings key)."""


def is_assignment_path(path: Path) -> bool:
    """True for an assignment package: by its name, or by its first bytes."""
    if path.name.endswith(SUFFIX):
        return True
    if path.suffix.lower() != ".json" or not path.is_file():
        return False
    try:
        with path.open("rb") as f:
            head = f.read(4096)
    except OSError:
        return False
    return b'"format"' in head and b'"argmap-assignment"' in head


def ask_name(parent: QWidget, remembered: str) -> str | None:
    """The student's name, asked in a small dialog (tests replace this); None when cancelled."""
    name, ok = QInputDialog.getText(
        parent,
        "Your name",
        "Your name, as your teacher knows you (it goes into the map you hand in):",
        text=remembered,
    )
    return name.strip() if ok else None


def student_name(window: MainWindow) -> str | None:
    """The remembered name, or the one the student types now (then remembered); None when cancelled."""
    store = window.settings.store
    remembered = store.value(NAME_KEY, "")
    remembered = remembered if isinstance(remembered, str) else ""
    if remembered.strip():
        return remembered.strip()
    name = ask_name(window, remembered)
    while name is not None and not name:
        name = ask_name(window, "")
    if name:
        store.setValue(NAME_KEY, name)
    return name


class InstructionsPanel(QDockWidget):
    """The assignment's title and instructions, beside the map."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Assignment", parent)
        self.setObjectName("assignment_instructions")
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        self.text.setAccessibleName("Assignment instructions")
        self.setWidget(self.text)

    def show_assignment(self, a: Assignment, student: str) -> None:
        """Show the title, the instructions and whose map this is."""
        from html import escape

        body = escape(a.instructions).replace("\n", "<br>") or "Map the article's argument."
        self.text.setHtml(
            f"<h3>{escape(a.title or 'Assignment')}</h3><p>{body}</p>"
            f"<p style='color:#555555'>Your map, {escape(student)}: save it and hand it in.</p>"
        )
        self.show()
        self.raise_()


def instructions_panel(window: MainWindow) -> InstructionsPanel:
    """The window's instructions panel (made and docked on first use)."""
    panel = window.findChild(InstructionsPanel)
    if panel is None:
        panel = InstructionsPanel(window)
        right = Qt.DockWidgetArea.RightDockWidgetArea
        beside = [
            d
            for d in window.findChildren(QDockWidget)
            if d is not panel and window.dockWidgetArea(d) == right and not d.isHidden()
        ]
        window.addDockWidget(right, panel)
        if beside:  # a tab beside the Details panel, shown first, rather than a sliver under it
            window.tabifyDockWidget(beside[-1], panel)
    return panel


def open_assignment(window: MainWindow, path: Path) -> bool:
    """Open the package at `path` as a new, unsaved student map; one message when it cannot be read."""
    try:
        a = load_assignment(path)
    except LoadError as e:
        window.show_error("Cannot open this assignment", str(e))
        return False
    name = student_name(window)
    if name is None:
        return False
    m = start_map(a, name)
    window.session.replace(m, None)
    instructions_panel(window).show_assignment(a, name)
    window.status(f"New map for the assignment “{a.title or path.name}”, as {name}")
    return True


def documents_folder() -> Path:
    """The user's documents folder (home when the system names none)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def suggested_save_path(m: ArgumentMap) -> Path | None:
    """`<assignment title> - <name>.argmap.json` in the documents folder, for a student's map; else None."""
    c = m.classroom
    if c is None or not c.assignment_id or not c.student or c.reference:
        return None
    title = m.title or "Assignment"
    return documents_folder() / f"{file_stem(f'{title} - {c.student}')}{MAP_SUFFIX}"
