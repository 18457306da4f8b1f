"""Opening an assignment package as a student: a new map of its article, the instructions, the student's name.

    if is_assignment_path(path):
        return open_assignment(ctx, path)         # the hook in the file-open path

The student's name is asked once and remembered in the app settings. Save proposes
`<assignment title> - <name>.argmap.json` in the user's documents folder
(`suggested_save_path`). The reference, if the package holds one, is never shown.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QTimer
from PySide6.QtWidgets import QDockWidget, QTabBar, QTextBrowser, QWidget

from argmap.classroom.assign_command import file_stem
from argmap.classroom.assignment import SUFFIX, Assignment, load_assignment, start_map
from argmap.io.errors import LoadError
from argmap.io.native import SUFFIX as MAP_SUFFIX
from argmap.model import ArgumentMap
from ui.document.actions import DockSpec
from ui.document.context import Context

NAME_KEY = "classroom/student_name"
"""Where the student's name is remembered (QSettings key)."""
DOCK_ID = "assignment"
NAME_QUESTION = "Your name, as your teacher knows you (it goes into the map you hand in):"


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


def student_name(ctx: Context) -> str | None:
    """The remembered name, or the one the student types now (then remembered); None when cancelled."""
    store = ctx.settings.store
    remembered = store.value(NAME_KEY, "")
    if isinstance(remembered, str) and remembered.strip():
        return remembered.strip()
    name = ctx.prompter.text("Your name", NAME_QUESTION, "")
    while name is not None and not name.strip():
        name = ctx.prompter.text("Your name", NAME_QUESTION, "")
    if name:
        store.setValue(NAME_KEY, name.strip())
    return name.strip() if name else None


class AssignmentPanel(QTextBrowser):
    """The assignment's title and instructions, beside the map (a dock, shown when a students' copy is opened)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(False)
        self.setAccessibleName("Assignment instructions")

    def show_assignment(self, a: Assignment, student: str) -> None:
        """Show the title, the instructions and whose map this is."""
        body = escape(a.instructions).replace("\n", "<br>") or "Map the article's argument."
        self.setHtml(
            f"<h3>{escape(a.title or 'Assignment')}</h3><p>{body}</p>"
            f"<p style='color:#555555'>Your map, {escape(student)}: save it and hand it in.</p>"
        )


def install_assignment_panel(ctx: Context) -> AssignmentPanel:
    """Declare the Assignment dock (tabbed with Details); the shell hides it until a students' copy is opened."""
    panel = AssignmentPanel()
    ctx.registry.add_dock(DockSpec(DOCK_ID, "Assignment", panel, tab_with="details"))
    return panel


def open_assignment(ctx: Context, path: Path) -> bool:
    """Open the package at `path` as a new, unsaved student map; one message when it cannot be read."""
    try:
        a = load_assignment(path)
    except LoadError as e:
        ctx.show_error("Cannot open this assignment", str(e))
        return False
    name = student_name(ctx)
    if name is None:
        return False
    ctx.document.replace(start_map(a, name), None)
    dock = ctx.registry.dock_widgets.get(DOCK_ID)
    if isinstance(dock, QDockWidget) and isinstance(dock.widget(), AssignmentPanel):
        panel = dock.widget()
        assert isinstance(panel, AssignmentPanel)
        panel.show_assignment(a, name)
        dock.show()
        dock.raise_()
        QTimer.singleShot(0, lambda: _raise_tab(dock))  # a tab raised before the window shows stays behind
    ctx.status(f"New map for the assignment “{a.title or path.name}”, as {name}")
    return True


def _raise_tab(dock: QDockWidget) -> None:
    """Bring the dock's tab to the front (after a hide and show, `raise_` alone leaves it behind)."""
    dock.raise_()
    window = dock.parentWidget()
    for bar in window.findChildren(QTabBar) if window is not None else []:
        for i in range(bar.count()):
            if bar.tabText(i) == dock.windowTitle() and bar.isVisible():
                bar.setCurrentIndex(i)


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
