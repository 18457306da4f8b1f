"""Menu bar and toolbar built from the registry: the menus are data, not code that knows each feature."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from ui.document.actions import Registry

MENU_TITLES = {
    "file": "&File",
    "edit": "&Edit",
    "claim": "&Claim",
    "map": "&Map",
    "view": "&View",
    "help": "&Help",
}
TOOLBAR_GROUPS = ("file", "undo", "tag", "connect")


def build_menus(window: QMainWindow, registry: Registry, extra: dict[str, list[QAction]]) -> dict[str, QMenu]:
    """Fill the menu bar from the registry; `extra` appends shell-made actions (dock toggles) to a menu."""
    menus: dict[str, QMenu] = {}
    bar = window.menuBar()
    for menu_id, title in MENU_TITLES.items():
        menu = bar.addMenu(title)
        menu.setObjectName(f"menu_{menu_id}")
        menus[menu_id] = menu
        _fill(menu, menu_id, registry, menus)
        if extra.get(menu_id):
            menu.addSeparator()
            menu.addActions(extra[menu_id])
    return menus


def _fill(menu: QMenu, menu_id: str, registry: Registry, menus: dict[str, QMenu]) -> None:
    for i, group in enumerate(registry.in_menu(menu_id)):
        if i:
            menu.addSeparator()
        for entry in group:
            if entry.startswith("menu:"):
                path = entry.removeprefix("menu:")
                sub = menu.addMenu(registry.submenus[path])
                sub.setObjectName(f"menu_{path.replace('/', '_')}")
                menus[path] = sub
                _fill(sub, path, registry, menus)
            else:
                menu.addAction(registry.action(entry))


def build_toolbar(window: QMainWindow, registry: Registry) -> None:
    """The main toolbar: text-only buttons for the everyday commands, in fixed groups."""
    tools = window.addToolBar("Main")
    tools.setObjectName("main_toolbar")
    tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    groups = registry.on_toolbar()
    for i, name in enumerate(TOOLBAR_GROUPS):
        if i:
            tools.addSeparator()
        for action_id in groups.get(name, []):
            tools.addAction(registry.action(action_id))


def fill_recent(menu: QMenu, recent: list[Path], open_path: Callable[[Path], object]) -> None:
    """Refill File > Open recent."""
    menu.clear()
    for i, path in enumerate(recent, 1):
        action = QAction(f"&{i % 10} {path.name}", menu)
        action.setToolTip(str(path))
        action.triggered.connect(partial(open_path, path))
        menu.addAction(action)
    menu.setEnabled(bool(recent))
