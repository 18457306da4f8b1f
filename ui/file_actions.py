"""File commands of the main window: new from article, open, save, save as, recent files, ask to save."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from argmap.analysis.findings import require_usable
from argmap.articles import ARTICLE_EXTENSIONS, ImportCancelled, article_from_text
from argmap.io import formats
from argmap.io.errors import LoadError, SaveError
from argmap.io.native import SUFFIX
from argmap.model import ArgumentMap, Article, Layout
from ui.article_import import import_article
from ui.classroom.student_open import is_assignment_path, open_assignment, suggested_save_path
from ui.export_dialog import ExportDialog
from ui.session import ChangedOnDisk

if TYPE_CHECKING:
    from ui.main_window import MainWindow

MAP_FILTER = "argmap maps (*.argmap.json *.json)"
SNIFF_BYTES = 65536


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


def pasted_title(text: str, longest: int = 80) -> str:
    """A map title for pasted text: its first line, shortened at a word."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if len(first) <= longest:
        return first or "Pasted article"
    return first[:longest].rsplit(" ", 1)[0].rstrip(",;:") + "…"


class FileActions(QObject):
    """Opens and saves documents for one main window; every failure becomes one clear message."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    # --- asking ---------------------------------------------------------------

    def ask_save_changes(self) -> QMessageBox.StandardButton:
        """Save / Discard / Cancel for unsaved changes (tests replace this)."""
        name = self.window.document_name()
        return QMessageBox.warning(
            self.window,
            "Unsaved changes",
            f"“{name}” has changes that are not saved. Save them first?",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )

    def maybe_save(self) -> bool:
        """True when it is fine to drop the current document (saved, discarded, or clean)."""
        if not self.window.session.dirty:
            return True
        answer = self.ask_save_changes()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def ask_open_path(self, title: str, filters: str) -> Path | None:
        """A file to open (tests replace this)."""
        name, _ = QFileDialog.getOpenFileName(self.window, title, str(self._folder()), filters)
        return Path(name) if name else None

    def ask_save_path(self, title: str, suggested: str, filters: str) -> Path | None:
        """A file to save to (tests replace this)."""
        name, _ = QFileDialog.getSaveFileName(self.window, title, str(self._folder() / suggested), filters)
        return Path(name) if name else None

    def _folder(self) -> Path:
        path = self.window.session.path
        recent = self.window.settings.recent_files()
        return path.parent if path else recent[0].parent if recent else Path.home()

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
            self.window.show_error(
                "Nothing to paste",
                "The clipboard holds no text. Copy the article's text first, then try again.",
            )
            return False
        if not self.maybe_save():
            return False
        try:
            article = article_from_text(text, source="clipboard")
        except LoadError as e:
            self.window.show_error("Cannot paste this text", str(e))
            return False
        self.new_map_for(article, pasted_title(article.text))
        self.window.status(f"New map from {len(article.text):,} pasted characters")
        return True

    def open_path(self, path: Path) -> bool:
        """Open a map, or start a new map from an article; asks about unsaved changes first."""
        if not self.maybe_save():
            return False
        if is_assignment_path(path):
            return open_assignment(self.window, path)
        article = is_article(path)
        try:
            if article:
                self._new_from_article(path)
                native = False
            else:
                native = self._open_map(path)
        except LoadError as e:
            self.window.show_error("Cannot open this file", str(e))
            return False
        except ImportCancelled:
            return False
        if native:
            self.window.settings.add_recent(path)
            self.window.rebuild_recent_menu()
        self.window.status(f"Opened {path.name}" if native or article else f"Imported {path.name}")
        return True

    def _open_map(self, path: Path) -> bool:
        """Open a native map (True) or import another format as a new, unsaved map (False)."""
        if opens_natively(path):
            self.window.session.open(path)
            return True
        result = formats.read_map(path)
        self.window.session.replace(require_usable(result.map, str(path)), None)
        if result.warnings:
            shown = "\n".join(f"• {w}" for w in result.warnings[:12])
            more = f"\n… and {len(result.warnings) - 12} more" if len(result.warnings) > 12 else ""
            QMessageBox.information(self.window, "Imported with notes", f"{path.name}:\n{shown}{more}")
        return False

    def export_map_dialog(self) -> None:
        """File > Export map as: Argdown, AIF, Kialo, GraphML, DOT, outline (by extension)."""
        stem = (
            self.window.session.path.name.removesuffix(SUFFIX) if self.window.session.path else ""
        ) or "map"
        path = self.ask_save_path("Export map as", f"{stem}.argdown", export_filter())
        if path is None:
            return
        try:
            losses = formats.write_map(self.window.session.map, path)
        except (SaveError, ValueError) as e:
            self.window.show_error("Cannot export", str(e))
            return
        self.window.status(f"Exported {path.name}")
        if losses:
            shown = "\n".join(f"• {x}" for x in losses[:12])
            QMessageBox.information(self.window, "Exported with losses", f"{path.name} leaves out:\n{shown}")

    def _new_from_article(self, path: Path) -> None:
        article = import_article(path, self.window)
        self.new_map_for(article, article.title or path.stem)

    def new_map_for(self, article: Article, title: str) -> None:
        """Show a new, unsaved map of `article`."""
        m = ArgumentMap(title=title, article=article, layout=Layout(direction=self.window.settings.direction))
        self.window.session.replace(m, None)

    def save(self) -> bool:
        """File > Save (Save As when the document has no file yet)."""
        if self.window.session.path is None:
            return self.save_as()
        return self._save_to(self.window.session.path)

    def save_as(self) -> bool:
        """File > Save As."""
        title = self.window.session.map.title or "Untitled"
        safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in title).strip() or "map"
        student = suggested_save_path(self.window.session.map)
        path = self.ask_save_path("Save map as", str(student) if student else safe[:60] + SUFFIX, MAP_FILTER)
        if path is None:
            return False
        if not path.name.endswith(".json"):
            path = path.with_name(path.name + SUFFIX)
        return self._save_to(path)

    def _save_to(self, path: Path, overwrite_changed: bool = False) -> bool:
        try:
            self.window.session.save(path, overwrite_changed=overwrite_changed)
        except ChangedOnDisk:
            return self._resolve_changed_on_disk(path)
        except SaveError as e:
            self.window.show_error("Cannot save", str(e))
            return False
        self.window.settings.add_recent(path)
        self.window.rebuild_recent_menu()
        self.window.status(f"Saved {path.name}")
        return True

    def _resolve_changed_on_disk(self, path: Path) -> bool:
        """Another program changed the file since it was opened: the user chooses, nothing is overwritten silently."""
        choice = self.ask_changed_on_disk(path)
        if choice == "overwrite":
            return self._save_to(path, overwrite_changed=True)
        if choice == "save_as":
            return self.save_as()
        return False

    def ask_changed_on_disk(self, path: Path) -> str:
        """Ask Overwrite / Save As / Cancel; returns "overwrite", "save_as" or "cancel"."""
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("File changed on disk")
        box.setText(f"{path.name} was changed by another program since you opened it.")
        box.setInformativeText("Overwrite it with your map, save your map under another name, or cancel?")
        overwrite = box.addButton("Overwrite", QMessageBox.ButtonRole.DestructiveRole)
        save_as = box.addButton("Save As…", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save_as)
        box.exec()
        clicked = box.clickedButton()
        return "overwrite" if clicked is overwrite else "save_as" if clicked is save_as else "cancel"

    def export_image(self) -> None:
        """File > Export image: the map as PNG, SVG or PDF, as the canvas shows it."""
        stem = (
            self.window.session.path.name.removesuffix(".argmap.json") if self.window.session.path else "map"
        )
        folder = self.window.session.path.parent if self.window.session.path else Path.home()
        dialog = ExportDialog(folder / f"{stem or 'map'}.png", self.window)
        if not dialog.exec():
            return
        path = dialog.path()
        opts = dialog.options()
        try:
            note = self.window.map_view.render_to(
                path,
                scale=float(str(opts["scale"])),
                transparent=bool(opts["transparent"]),
                pdf_layout="tile" if opts["pdf_layout"] == "tile" else "fit",
            )
        except (OSError, ValueError) as e:
            self.window.show_error("Cannot export", str(e))
            return
        self.window.status(note or f"Exported {path.name}")
        if "scaled down" in note:
            QMessageBox.information(self.window, "Export image", note)

    def print_map(self) -> None:
        """File > Print, with a preview."""
        from ui.render.printing import preview_dialog

        preview_dialog(self.window.map_view.map_scene, self.window).exec()
