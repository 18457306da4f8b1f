"""The action registry: every command of the app declared once (id, text, keys, menu, toolbar, scope, handler).

Menus, the toolbar, context menus and Help > Keyboard shortcuts are built from it, so a
key means one thing everywhere and every action is listed once. Features add their
actions, docks and mouse gestures here; nothing finds a menu by its title.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from ui.document.document import Document

Key = str | QKeySequence.StandardKey


class Scope(Enum):
    """Where an action's keys work."""

    WINDOW = "window"
    """Anywhere in the window (a text field keeps its own editing keys)."""
    MAP = "map"
    """Only while the map has focus (Enter adds a reason there; Ctrl+C copies claims)."""
    ARTICLE = "article"
    """Only while the article has focus (single-letter tagging keys)."""


MENUS = ("file", "edit", "claim", "map", "view", "help")
"""The menu bar, left to right; `ActionSpec.menu` names one of them (or a submenu "file/class")."""


@dataclass(frozen=True)
class ActionSpec:
    """One command: what it is called, which keys run it, where it is shown and what it does."""

    id: str
    text: str
    handler: Callable[[Document], object]
    keys: Sequence[Key] = ()
    menu: str = ""
    section: str = ""
    """Actions of one menu are grouped by section, with a separator between groups."""
    toolbar: str = ""
    """Toolbar group ("" = not on the toolbar)."""
    scope: Scope = Scope.WINDOW
    tip: str = ""
    icon_text: str = ""
    checkable: bool = False


@dataclass(frozen=True)
class DockSpec:
    """A side panel a feature adds: the shell puts it on the right, tabbed with `tab_with`, and in View."""

    id: str
    title: str
    widget: QWidget
    tab_with: str = ""
    below: str = ""


class Registry:
    """Holds every action (as a QAction with its keys), dock and mouse gesture of one window.

    `host` is the window (window-wide keys); `scopes` maps a narrower scope to the widget
    whose focus enables its keys (the map, the article).
    """

    def __init__(self, document: Document, host: QWidget, scopes: dict[Scope, QWidget] | None = None) -> None:
        self.document = document
        self.host = host
        self.scopes: dict[Scope, QWidget] = dict(scopes or {})
        self.specs: dict[str, ActionSpec] = {}
        self.actions: dict[str, QAction] = {}
        """Every action by id (tests and context menus look actions up here)."""
        self.docks: list[DockSpec] = []
        self.dock_widgets: dict[str, QWidget] = {}
        """Docks the shell built, by id."""
        self.gestures: list[tuple[str, str]] = []
        self.submenus: dict[str, str] = {}
        """Submenu path ("file/class") -> its title."""
        self._entries: list[tuple[str, str, str]] = []
        """(menu, section, action id or "menu:<path>") in declaration order."""

    def add(self, spec: ActionSpec) -> QAction:
        """Declare an action; its keys must not be taken by another action (one meaning per key)."""
        if spec.id in self.specs:
            raise ValueError(f"action {spec.id!r} is declared twice")
        seqs = _sequences(spec.keys)
        for other in self.specs.values():
            taken = {s.toString() for s in _sequences(other.keys)}
            clash = [s.toString() for s in seqs if s.toString() in taken]
            if clash:
                raise ValueError(f"{clash[0]} is the key of both {other.id!r} and {spec.id!r}")
        widget = self.scopes.get(spec.scope, self.host)
        action = QAction(spec.text, widget)
        action.setObjectName(f"action_{spec.id}")
        action.setShortcuts(seqs)
        action.setShortcutContext(
            Qt.ShortcutContext.WindowShortcut
            if spec.scope is Scope.WINDOW
            else Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        if spec.tip:
            action.setToolTip(spec.tip)
        action.setStatusTip(spec.tip or spec.text.replace("&", "").rstrip("…"))
        if spec.icon_text:
            action.setIconText(spec.icon_text)
        action.setCheckable(spec.checkable)
        action.triggered.connect(lambda _checked=False, s=spec: s.handler(self.document))
        widget.addAction(action)
        self.specs[spec.id] = spec
        self.actions[spec.id] = action
        if spec.menu:
            self._entries.append((spec.menu, spec.section, spec.id))
        return action

    def add_submenu(self, path: str, title: str, section: str = "") -> None:
        """Declare a submenu ("file/class") in its parent menu's `section`; actions name it as their menu."""
        self.submenus[path] = title
        self._entries.append((path.rsplit("/", 1)[0], section, f"menu:{path}"))

    def action(self, action_id: str) -> QAction:
        """The QAction of a declared action (KeyError if none)."""
        return self.actions[action_id]

    def add_dock(self, dock: DockSpec) -> None:
        """Declare a side panel (the shell builds it; View lists it)."""
        self.docks.append(dock)

    def raise_dock(self, dock_id: str) -> None:
        """Show a side panel on top of its tab group (the shell fills `dock_widgets` when it builds them)."""
        dock = self.dock_widgets.get(dock_id)
        if dock is not None:
            dock.show()
            dock.raise_()

    def add_gesture(self, what: str, meaning: str) -> None:
        """Declare a mouse gesture for Help > Keyboard shortcuts and gestures."""
        self.gestures.append((what, meaning))

    def in_menu(self, menu: str) -> list[list[str]]:
        """Entries of one menu (action ids, "menu:<path>" for submenus), grouped by section in declaration order."""
        groups: dict[str, list[str]] = {}
        for where, section, entry in self._entries:
            if where == menu:
                groups.setdefault(section, []).append(entry)
        return list(groups.values())

    def on_toolbar(self) -> dict[str, list[str]]:
        """Action ids of the toolbar by group, in declaration order."""
        groups: dict[str, list[str]] = {}
        for spec in self.specs.values():
            if spec.toolbar:
                groups.setdefault(spec.toolbar, []).append(spec.id)
        return groups

    def key_rows(self) -> list[tuple[str, str, str]]:
        """(keys, what it does, where it works) for every action with keys, each once."""
        rows = []
        where = {Scope.WINDOW: "", Scope.MAP: "in the map", Scope.ARTICLE: "in the article"}
        for spec in self.specs.values():
            keys = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in _sequences(spec.keys)]
            keys = [k for k in keys if _on_a_keyboard(k)]
            if keys:
                name = spec.text.replace("&&", "\x00").replace("&", "").replace("\x00", "&").rstrip(".…")
                rows.append((" or ".join(keys), name, where[spec.scope]))
        return rows


def _sequences(keys: Sequence[Key]) -> list[QKeySequence]:
    seqs: list[QKeySequence] = []
    for k in keys:
        if isinstance(k, QKeySequence.StandardKey):
            seqs += [s for s in QKeySequence.keyBindings(k) if not s.isEmpty()]
        else:
            seqs.append(QKeySequence(k))
    return list({s.toString(): s for s in seqs}.values())


_SPECIAL_KEYS = {"Copy", "Cut", "Paste", "Find", "Help", "Open", "New", "Save", "Print", "Undo", "Redo", "Close"}


def _on_a_keyboard(keys: str) -> bool:
    """False for bindings of keys school keyboards lack (a "Copy" key, F13 and up): they work, F1 leaves them out."""
    last = keys.rsplit("+", 1)[-1]
    if last in _SPECIAL_KEYS:
        return False
    return not (last.startswith("F") and last[1:].isdigit() and int(last[1:]) > 12)
