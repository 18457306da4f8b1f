"""File > Export for class: essay outline (Markdown/.docx), handout and worksheet PDFs, assignment package."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from argmap.classroom.assignment import save_assignment, student_copy
from argmap.classroom.essay import essay_outline, outline_markdown, write_outline_docx
from argmap.io.errors import SaveError
from argmap.io.files import write_atomic
from argmap.io.native import SUFFIX
from ui.classroom.assignment_dialog import AssignmentDialog
from ui.classroom.handout_pdf import numbered_picture, write_handout, write_worksheet
from ui.classroom.student_open import install_assignment_panel
from ui.document.actions import ActionSpec
from ui.document.context import Context
from ui.files.file_actions import FileActions
from ui.map import MapView
from ui.render.export import export_scene

OUTLINE_FILTER = "Markdown (*.md);;Word document (*.docx)"
PDF_FILTER = "PDF document (*.pdf)"


class ClassroomExports(QObject):
    """The classroom export commands of one window; every failure is one message."""

    def __init__(self, ctx: Context, files: FileActions, view: MapView) -> None:
        super().__init__(ctx.parent)
        self.ctx = ctx
        self.files = files
        self.view = view
        reg = ctx.registry
        reg.add_submenu("file/class", "Export for c&lass", "export")
        sub = "file/class"
        reg.add(ActionSpec("export_outline", "Essay &outline (Markdown, Word)…", self._outline, menu=sub))
        reg.add(ActionSpec("export_handout", "&Handout: article and map (PDF)…", self._handout, menu=sub))
        reg.add(ActionSpec("export_worksheet", "Blank &worksheet (PDF)…", self._worksheet, menu=sub))
        self.assignment_panel = install_assignment_panel(ctx)  # shown when a students' copy is opened
        reg.add(
            ActionSpec(
                "export_assignment",
                "Export assi&gnment…",
                lambda _d: self.export_assignment(),
                menu="file",
                section="export",
            )
        )

    def _outline(self, _doc: object) -> None:
        self.export_outline()

    def _handout(self, _doc: object) -> None:
        self.export_handout()

    def _worksheet(self, _doc: object) -> None:
        self.export_worksheet()

    def _render(self, path: str | Path, scale: float = 1.0) -> str:
        return export_scene(self.view.map_scene, Path(path), scale=scale)

    def _stem(self) -> str:
        path = self.ctx.document.path
        return (path.name.removesuffix(SUFFIX) if path else "") or "map"

    def _has_article(self) -> bool:
        if self.ctx.document.map.article is None:
            self.ctx.show_error("No article", "This map has no article: start a map from an article first.")
            return False
        return True

    def export_outline(self) -> Path | None:
        """Essay outline as Markdown or Word (by the extension chosen)."""
        path = self.files.ask_save_path("Export essay outline", f"{self._stem()}-outline.md", OUTLINE_FILTER)
        if path is None:
            return None
        if path.suffix.lower() not in (".md", ".docx"):
            path = path.with_name(path.name + ".md")
        outline = essay_outline(self.ctx.document.map)
        try:
            if path.suffix.lower() == ".docx":
                write_outline_docx(outline, path)
            else:
                write_atomic(path, outline_markdown(outline).encode("utf-8"))
        except SaveError as e:
            self.ctx.show_error("Cannot export", str(e))
            return None
        self.ctx.status(f"Exported the essay outline to {path.name}")
        return path

    def export_handout(self) -> Path | None:
        """The article with numbered highlighted passages and the map picture, as a PDF."""
        if not self._has_article():
            return None
        path = self._pdf_path("Export handout", "handout")
        if path is None:
            return None
        try:
            m = self.ctx.document.map
            picture = numbered_picture(m) if m.claims else None  # the boxes carry the passages' [n]
            write_handout(m, path, picture)
        except (SaveError, OSError, ValueError) as e:
            self.ctx.show_error("Cannot export", str(e))
            return None
        self.ctx.status(f"Exported the handout to {path.name}")
        return path

    def export_worksheet(self) -> Path | None:
        """The article beside a blank skeleton of the map, as a PDF."""
        if not self._has_article():
            return None
        path = self._pdf_path("Export worksheet", "worksheet")
        if path is None:
            return None
        try:
            write_worksheet(self.ctx.document.map, path)
        except SaveError as e:
            self.ctx.show_error("Cannot export", str(e))
            return None
        self.ctx.status(f"Exported the worksheet to {path.name}")
        return path

    def _pdf_path(self, title: str, what: str) -> Path | None:
        path = self.files.ask_save_path(title, f"{self._stem()}-{what}.pdf", PDF_FILTER)
        if path is not None and path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        return path

    def make_assignment_dialog(self) -> AssignmentDialog:
        """The dialog File > Export assignment shows (a test's prompter fills it in and accepts it)."""
        folder = self.ctx.document.path.parent if self.ctx.document.path else Path.home()
        return AssignmentDialog(self.ctx.document.map, folder, self.ctx.parent)

    def export_assignment(self) -> Path | None:
        """File > Export assignment…: the teacher's and the students' copy, one id; returns the students' copy."""
        if not self._has_article():
            return None
        dialog = self.make_assignment_dialog()
        if not self.ctx.prompter.run(dialog):
            return None
        return self.save_assignment_from(dialog)

    def save_assignment_from(self, dialog: AssignmentDialog) -> Path | None:
        """Write both copies the dialog describes."""
        teacher, students = dialog.paths()
        try:
            package = dialog.assignment()
            teacher.parent.mkdir(parents=True, exist_ok=True)
            save_assignment(package, teacher)
            save_assignment(student_copy(package), students)
        except (SaveError, ValueError, OSError) as e:
            self.ctx.show_error("Cannot export the assignment", str(e))
            return None
        self.ctx.status(
            f"Exported the assignment: {teacher.name} (keep) and {students.name} (for students)"
        )
        return students
