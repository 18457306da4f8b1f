"""The File menu's document commands, declared in the registry: new, open, save, export, print."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence

from ui.document.actions import ActionSpec

if TYPE_CHECKING:
    from ui.files.file_actions import FileActions

Key = QKeySequence.StandardKey


def register_file_actions(files: FileActions) -> None:
    """Declare File > New, Open, Save, Export and Print for these file actions."""
    add = files.ctx.registry.add
    add(
        ActionSpec(
            "new_from_article",
            "&New from article…",
            lambda _d: files.new_from_article_dialog(),
            [Key.New],
            "file",
            "new",
            toolbar="file",
            icon_text="New from article…",
        )
    )
    add(
        ActionSpec(
            "new_from_clipboard",
            "New from &clipboard",
            lambda _d: files.new_from_clipboard(),
            ["Ctrl+Shift+V"],
            "file",
            "new",
        )
    )
    add(
        ActionSpec(
            "open", "&Open…", lambda _d: files.open_dialog(), [Key.Open], "file", "open", toolbar="file"
        )
    )
    files.ctx.registry.add_submenu("file/recent", "Open &recent", "open")
    add(ActionSpec("open_sample", "Open the &sample map", lambda _d: files.open_sample(), (), "file", "open"))
    add(ActionSpec("save", "&Save", lambda _d: files.save(), [Key.Save], "file", "save", toolbar="file"))
    add(ActionSpec("save_as", "Save &as…", lambda _d: files.save_as(), ["Ctrl+Shift+S"], "file", "save"))
    add(
        ActionSpec(
            "export_image", "&Export image…", lambda _d: files.export_image(), ["Ctrl+E"], "file", "export"
        )
    )
    add(
        ActionSpec(
            "export_map",
            "Export &map as…",
            lambda _d: files.export_map_dialog(),
            ["Ctrl+Shift+E"],
            "file",
            "export",
        )
    )
    add(ActionSpec("print", "&Print…", lambda _d: files.print_map(), [Key.Print], "file", "print"))
