"""Menus and toolbar of the main window, built from named actions."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from argmap import __version__
from argmap.model import Relation, Role
from ui.articles.reanchor_dialog import replace_article_dialog
from ui.look.palette import role_label

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow

Key = QKeySequence.StandardKey
TAG_KEYS = {Role.CONCLUSION: "C", Role.PREMISE: "P", Role.OBJECTION: "O", Role.REBUTTAL: "R"}


def build_menus(w: MainWindow) -> None:
    """Create every menu, the toolbar, and the actions scoped to the article and outline."""
    bar = w.menuBar()
    f = w.files
    file_menu = bar.addMenu("&File")
    file_menu.addAction(
        w.add_action("new_from_article", "&New from article…", f.new_from_article_dialog, Key.New)
    )
    file_menu.addAction(
        w.add_action("new_from_clipboard", "New from &clipboard", f.new_from_clipboard, "Ctrl+Shift+V")
    )
    file_menu.addAction(w.add_action("open", "&Open…", f.open_dialog, Key.Open))
    w.recent_menu = file_menu.addMenu("Open &recent")
    file_menu.addAction(w.add_action("open_sample", "Open the &sample map", w.open_sample))
    file_menu.addAction(
        w.add_action(
            "replace_article", "Replace article with new &version…", partial(replace_article_dialog, w)
        )
    )
    file_menu.addSeparator()
    file_menu.addAction(w.add_action("save", "&Save", f.save, Key.Save))
    file_menu.addAction(w.add_action("save_as", "Save &as…", f.save_as, "Ctrl+Shift+S"))
    file_menu.addSeparator()
    file_menu.addAction(w.add_action("export_image", "&Export image…", f.export_image, "Ctrl+E"))
    file_menu.addAction(w.add_action("export_map", "Export &map as…", f.export_map_dialog, "Ctrl+Shift+E"))
    classroom = file_menu.addMenu("Export for c&lass")
    c = w.classroom
    classroom.addAction(w.add_action("export_outline", "Essay &outline (Markdown, Word)…", c.export_outline))
    classroom.addAction(w.add_action("export_handout", "&Handout: article and map (PDF)…", c.export_handout))
    classroom.addAction(w.add_action("export_worksheet", "Blank &worksheet (PDF)…", c.export_worksheet))
    file_menu.addAction(w.add_action("export_assignment", "Export assi&gnment…", c.export_assignment))
    file_menu.addAction(w.add_action("print", "&Print…", f.print_map, Key.Print))
    file_menu.addSeparator()
    file_menu.addAction(w.add_action("quit", "&Quit", w.close, "Ctrl+Q"))
    rebuild_recent_menu(w)

    edit = bar.addMenu("&Edit")
    undo = w.session.undo_stack.createUndoAction(w, "&Undo")
    undo.setShortcuts([QKeySequence(Key.Undo)])
    redo = w.session.undo_stack.createRedoAction(w, "&Redo")
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    w.actions_by_name["undo"], w.actions_by_name["redo"] = undo, redo
    edit.addAction(undo)
    edit.addAction(redo)
    edit.addSeparator()
    edit.addAction(w.add_action("preferences", "&Preferences…", w.show_preferences, "Ctrl+,"))

    claim = bar.addMenu("&Claim")
    for role, key in TAG_KEYS.items():
        action = w.add_action(
            f"tag_{role.value}", f"Tag as {role_label(role)}", partial(w.commands.tag_selection, role), key
        )
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setIconText(f"{role_label(role)} ({key})")
        action.setToolTip(f"Tag the selected text as {role_label(role).lower()} ({key})")
        w.article.addAction(action)
        claim.addAction(action)
    add_span = w.add_action(
        "add_span", "Add selected text to the claim", w.commands.add_span_from_article, "S"
    )
    add_span.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    w.article.addAction(add_span)
    claim.addAction(add_span)
    w.article.context_actions = [w.actions_by_name[f"tag_{r.value}"] for r in TAG_KEYS] + [add_span]
    claim.addSeparator()
    support = w.add_action(
        "connect_support",
        "Connect: reasons &for the last selected",
        partial(w.commands.connect_selected, Relation.SUPPORT),
        "Ctrl+K",
    )
    attack = w.add_action(
        "connect_attack",
        "Connect: objections &against the last selected",
        partial(w.commands.connect_selected, Relation.ATTACK),
        "Ctrl+Shift+K",
    )
    support.setIconText("Connect +")
    support.setToolTip("The selected claims become reasons for the one selected last (Ctrl+K)")
    attack.setIconText("Connect −")
    attack.setToolTip("The selected claims become objections to the one selected last (Ctrl+Shift+K)")
    for action in (support, attack):
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        w.outline.addAction(action)
        claim.addAction(action)
    claim.addSeparator()
    delete = w.add_action("delete_claim", "&Delete claim", w.commands.delete_selected, Key.Delete)
    delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    w.outline.addAction(delete)
    claim.addAction(delete)

    map_actions = w.map_view.actions_by_name
    if map_actions:
        map_menu = bar.addMenu("&Map")
        groups = [
            (
                "edit",
                "add_reason",
                "add_objection",
                "add_claim",
                "delete",
                "cut",
                "copy",
                "paste",
                "select_all",
            ),
            ("disconnect", "toggle_relation", "collapse", "expand", "unpin", "find", "find_next"),
            ("zoom_in", "zoom_out", "zoom_fit", "zoom_reset", "relayout", "left_right"),
        ]
        for group in groups:
            for name in group:
                if name in map_actions:
                    map_menu.addAction(map_actions[name])
            map_menu.addSeparator()
    view = bar.addMenu("&View")
    view.addAction(w.add_action("text_larger", "&Larger text", partial(w.change_font_size, 1), "Ctrl+Alt+="))
    view.addAction(
        w.add_action("text_smaller", "&Smaller text", partial(w.change_font_size, -1), "Ctrl+Alt+-")
    )
    view.addSeparator()
    for dock in (w.outline_dock, w.details_dock, w.tags_dock, w.start_dock):
        view.addAction(dock.toggleViewAction())

    help_menu = bar.addMenu("&Help")
    help_menu.addAction(w.add_action("getting_started", "&Getting started", w.show_getting_started))
    help_menu.addAction(w.add_action("shortcuts", "&Keyboard shortcuts", w.show_shortcuts, Key.HelpContents))
    help_menu.addAction(w.add_action("about", "&About argmap", partial(_about, w)))

    tools = w.addToolBar("Main")
    tools.setObjectName("main_toolbar")
    tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for name in ("new_from_article", "open", "save", "undo", "redo"):
        tools.addAction(w.actions_by_name[name])
    tools.addSeparator()
    for role in TAG_KEYS:
        tools.addAction(w.actions_by_name[f"tag_{role.value}"])
    tools.addSeparator()
    tools.addAction(w.actions_by_name["connect_support"])
    tools.addAction(w.actions_by_name["connect_attack"])


def rebuild_recent_menu(w: MainWindow) -> None:
    """Refill File > Open recent from the settings."""
    menu: QMenu = w.recent_menu
    menu.clear()
    recent = w.settings.recent_files()
    for i, path in enumerate(recent, 1):
        action = QAction(f"&{i % 10} {path.name}", menu)
        action.setToolTip(str(path))
        action.triggered.connect(partial(w.files.open_path, path))
        menu.addAction(action)
    menu.setEnabled(bool(recent))


def _about(w: MainWindow) -> None:
    QMessageBox.about(
        w,
        "About argmap",
        f"<b>argmap {__version__}</b><p>Map the arguments in an article: tag the sentences that "
        "carry the argument and watch a pro/con map grow beside the text.</p>",
    )
