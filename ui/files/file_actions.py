"""File commands of the main window: new from article, open, save, save as, recent files, ask to save."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from argmap.analysis.findings import require_usable
from argmap.articles import ARTICLE_EXTENSIONS, ImportCancelled, article_from_text
from argmap.io import formats
from argmap.io.errors import LoadError, SaveError
from argmap.io.native import SUFFIX, load
from argmap.model import ArgumentMap, Article, Layout
from argmap.paths import SAMPLE_MAP, is_shipped, seed
from argmap.wording import counted
from ui.articles.article_import import import_article_report
from ui.classroom.student_open import is_assignment_path, open_assignment, suggested_save_path
from ui.document.context import Context
from ui.document.document import ChangedOnDisk
from ui.files.file_menu import register_file_actions
from ui.files.start_folder import start_folder
from ui.map import MapView
from ui.render.caption import Caption
from ui.render.export import export_scene
from ui.render.export_dialog import ExportDialog
from ui.render.printing import preview_dialog

MAP_FILTER = "argmap maps (*.argmap.json *.json)"
SNIFF_BYTES = 65536
NOTES_SHOWN = 12
"""Import warnings listed in the note; the rest are counted."""


def _patterns(exts: list[str]) -> str:
    return " ".join(f"*{e}" for e in dict.fromkeys(exts))


def import_filter() -> str:
    """File dialog filter of every readable map format."""
    readable = [f for f in formats.formats() if f.read is not None]
    every = _patterns([e for f in readable for e in f.extensions])
    return ";;".join([f"Maps ({every})"] + [f"{f.name} ({_patterns(list(f.extensions))})" for f in readable])


def export_filter() -> str:
    """File dialog filter of every writable map format."""
    return ";;".join(
        f"{f.name} ({_patterns(list(f.extensions))})" for f in formats.formats() if f.write is not None
    )


def sniff(path: Path) -> formats.Format | None:
    """The map format the first bytes of a file look like (None: unreadable or unknown)."""
    try:
        with path.open("rb") as f:
            head = f.read(SNIFF_BYTES)
    except OSError:
        return None
    return formats.detect(head, str(path))


ARTICLE_FILTER = "Articles ({})".format(" ".join(f"*{ext}" for ext in ARTICLE_EXTENSIONS))


def opens_natively(path: Path) -> bool:
    """True for a native map, or an unrecognised .json (the native loader then names its problem)."""
    if path.name.lower().endswith(SUFFIX):
        return True
    fmt = sniff(path)
    return fmt.id == "argmap" if fmt is not None else path.suffix.lower() == ".json"


def is_article(path: Path) -> bool:
    """True for an article to annotate (by extension; a Kialo export .txt is a map)."""
    if path.suffix.lower() not in ARTICLE_EXTENSIONS:
        return False
    if path.suffix.lower() == ".txt":
        fmt = sniff(path)
        return fmt is None or fmt.id != "kialo"
    return True


def import_note(name: str, warnings: Sequence[str]) -> str:
    """The text of the note about what an import left out: the file's name, then one bullet per warning."""
    shown = "\n".join(f"• {w}" for w in warnings[:NOTES_SHOWN])
    more = f"\n… and {len(warnings) - NOTES_SHOWN:,} more" if len(warnings) > NOTES_SHOWN else ""
    return f"{name}:\n{shown}{more}"


def pasted_title(text: str, longest: int = 80) -> str:
    """A map title for pasted text: its first line, shortened at a word."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if len(first) <= longest:
        return first or "Pasted article"
    return first[:longest].rsplit(" ", 1)[0].rstrip(",;:") + "…"


class FileActions(QObject):
    """Opens and saves documents for one window; every failure becomes one clear message.

    `recentChanged` fires when the list of recent files changes (the shell refills File > Open recent).
    """

    recentChanged = Signal()

    def __init__(self, ctx: Context, view: MapView) -> None:
        super().__init__(ctx.parent)
        self.ctx = ctx
        self.document = ctx.document
        self.view = view
        register_file_actions(self)

    # --- asking ---------------------------------------------------------------

    def maybe_save(self) -> bool:
        """True when it is fine to drop the current document (saved, discarded, or clean)."""
        if not self.document.dirty:
            return True
        answer = self.ctx.prompter.save_changes(self.document.name())
        if answer == "save":
            return self.save()
        return answer == "discard"

    def ask_open_path(self, title: str, filters: str) -> Path | None:
        """A file to open, starting in the document's folder."""
        return self.ctx.prompter.open_path(title, filters, self._folder())

    def ask_save_path(self, title: str, suggested: str, filters: str) -> Path | None:
        """A file to save to; a new map is proposed in the documents folder, never in the install."""
        return self.ctx.prompter.save_path(title, start_folder(self.document.path, []) / suggested, filters)

    def _folder(self) -> Path:
        return start_folder(self.document.path, self.ctx.settings.recent_files())

    def _added_recent(self, path: Path) -> None:
        self.ctx.settings.add_recent(path)
        self.recentChanged.emit()

    # --- commands -------------------------------------------------------------

    def open_dialog(self) -> None:
        """File > Open: a map or an article."""
        path = self.ask_open_path("Open", f"{import_filter()};;{ARTICLE_FILTER};;All files (*)")
        if path is not None:
            self.open_path(path)

    def new_from_article_dialog(self) -> None:
        """File > New from article."""
        path = self.ask_open_path("New map from article", f"{ARTICLE_FILTER};;All files (*)")
        if path is not None:
            self.open_path(path)

    def new_from_clipboard(self) -> bool:
        """File > New from clipboard: the copied text becomes the article of a new map."""
        text = QApplication.clipboard().text()
        if not text.strip():
            self.ctx.show_error(
                "Nothing to paste",
                "The clipboard holds no text. Copy the article's text first, then try again.",
            )
            return False
        if not self.maybe_save():
            return False
        try:
            article = article_from_text(text, source="clipboard")
        except LoadError as e:
            self.ctx.show_error("Cannot paste this text", str(e))
            return False
        self.new_map_for(article, pasted_title(article.text))
        self.ctx.status(f"New map from {counted(len(article.text), 'pasted character')}")
        return True

    def open_path(self, path: Path) -> bool:
        """Open a map, or start a new map from an article; asks about unsaved changes first."""
        if not self.maybe_save():
            return False
        if is_assignment_path(path):
            return open_assignment(self.ctx, path)
        article = is_article(path)
        try:
            if article:
                self._new_from_article(path)
                native = False
            else:
                native = self._open_map(path)
        except LoadError as e:
            self.ctx.show_error("Cannot open this file", str(e))
            return False
        except ImportCancelled:
            return False
        if native:
            self._added_recent(path)
        verb = "Opened" if native or article else "Opened a copy of" if is_shipped(path) else "Imported"
        self.ctx.status(f"{verb} {path.name}")
        return True

    def _open_map(self, path: Path) -> bool:
        """Open a native map (True) or import another format as a new, unsaved map (False)."""
        if opens_natively(path) and is_shipped(path):  # the sample: a new, unsaved copy; Save asks where
            self.document.replace(require_usable(load(path), str(path)), None)
            return False
        if opens_natively(path):
            self.document.open(path)
            return True
        result = formats.read_map(path)
        self.document.replace(require_usable(result.map, str(path)), None)
        self.show_import_notes(path, result.warnings)
        return False

    def show_import_notes(self, path: Path, warnings: Sequence[str]) -> None:
        """Tell the user what the import of `path` (an article or another map format) could not keep."""
        if warnings:
            title = "Imported with warnings" if is_article(path) else "Imported with notes"
            self.ctx.prompter.inform(title, import_note(path.name, warnings))

    def show_import_notes_soon(self, path: Path, warnings: Sequence[str]) -> None:
        """`show_import_notes` once the event loop runs: `argmap FILE` reads the file before the window shows."""
        if warnings:
            notes = list(warnings)
            QTimer.singleShot(0, self, lambda: self.show_import_notes(path, notes))

    def export_map_dialog(self) -> None:
        """File > Export map as: Argdown, AIF, Kialo, GraphML, DOT, outline (by extension)."""
        stem = (
            self.document.path.name.removesuffix(SUFFIX) if self.document.path else ""
        ) or "map"
        path = self.ask_save_path("Export map as", f"{stem}.argdown", export_filter())
        if path is None:
            return
        try:
            losses = formats.write_map(self.document.map, path)
        except (SaveError, ValueError) as e:
            self.ctx.show_error("Cannot export", str(e))
            return
        written = formats.detect_output(str(path))
        self.ctx.status(f"Exported {path.name} as {written.name}" if written else f"Exported {path.name}")
        if losses:
            shown = "\n".join(f"• {x}" for x in losses[:12])
            self.ctx.prompter.inform("Exported with losses", f"{path.name} leaves out:\n{shown}")

    def _new_from_article(self, path: Path) -> None:
        imported = import_article_report(path, self.ctx.parent)
        self.new_map_for(imported.article, imported.article.title or path.stem)
        self.show_import_notes(path, imported.warnings)

    def new_map_for(self, article: Article, title: str) -> None:
        """Show a new, unsaved map of `article`."""
        m = ArgumentMap(title=title, article=article, layout=Layout(direction=self.ctx.settings.direction))
        self.document.replace(m, None)

    def save(self) -> bool:
        """File > Save (Save As when the document has no file yet)."""
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        """File > Save As."""
        title = self.document.map.title or "Untitled"
        safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in title).strip() or "map"
        student = suggested_save_path(self.document.map)
        path = self.ask_save_path("Save map as", str(student) if student else safe[:60] + SUFFIX, MAP_FILTER)
        if path is None:
            return False
        if not path.name.endswith(".json"):
            path = path.with_name(path.name + SUFFIX)
        return self._save_to(path)

    def _save_to(self, path: Path, overwrite_changed: bool = False) -> bool:
        try:
            self.document.save(path, overwrite_changed=overwrite_changed)
        except ChangedOnDisk:
            return self._resolve_changed_on_disk(path)
        except SaveError as e:
            self.ctx.show_error("Cannot save", str(e))
            return False
        self._added_recent(path)
        self.ctx.status(f"Saved {path.name}")
        return True

    def _resolve_changed_on_disk(self, path: Path) -> bool:
        """Another program changed the file since it was opened: the user chooses, nothing is overwritten silently."""
        choice = self.ctx.prompter.changed_on_disk(path.name)
        if choice == "overwrite":
            return self._save_to(path, overwrite_changed=True)
        if choice == "save_as":
            return self.save_as()
        return False

    def export_image(self) -> None:
        """File > Export image: the map as PNG, SVG or PDF, as the canvas shows it."""
        stem = (
            self.document.path.name.removesuffix(".argmap.json") if self.document.path else "map"
        )
        folder = start_folder(self.document.path, [])  # a new map: the documents folder
        dialog = ExportDialog(folder / f"{stem or 'map'}.png", self.ctx.parent, self.document.map.title)
        if not self.ctx.prompter.run(dialog):
            return
        path = dialog.path()
        opts = dialog.options()
        try:
            note = export_scene(
                self.view.map_scene,
                path,
                scale=float(str(opts["scale"])),
                transparent=bool(opts["transparent"]),
                pdf_layout="tile" if opts["pdf_layout"] == "tile" else "fit",
                caption=Caption(str(opts["title"]), str(opts["name"]), bool(opts["legend"])),
                pdf_title=self.document.map.title,
            )
        except (OSError, ValueError) as e:
            self.ctx.show_error("Cannot export", str(e))
            return
        self.ctx.status(note or f"Exported {path.name}")
        if "scaled down" in note:
            self.ctx.prompter.inform("Export image", note)

    def print_map(self) -> None:
        """File > Print, with a preview."""
        preview_dialog(self.view.map_scene, self.ctx.parent).exec()

    def open_sample(self) -> None:
        """File > Open the sample map."""
        self.open_path(seed(SAMPLE_MAP))
