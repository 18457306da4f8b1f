"""Help > Keyboard shortcuts and gestures: every action with keys, read from the registry once, and every mouse gesture."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ui.document.actions import Registry

ARTICLE_GESTURES = [
    ("Select text, then C / P / O / R", "Tag the selection as conclusion, premise, objection or rebuttal"),
    ("Caret in a sentence, then C / P / O / R", "Tag the whole sentence"),
    ("Click a highlighted span", "Select its claim in the map, outline and details"),
    ("Ctrl/Shift-click claims in the outline", "Select several claims (then Connect)"),
    ("Drop a file on the window", "Open a map, or start a map from an article"),
]


def shortcut_rows(registry: Registry) -> list[tuple[str, str]]:
    """(keys, what it does) for every action that has keys, each action once, sorted by what it does."""
    rows = [(keys, f"{name} ({where})" if where else name) for keys, name, where in registry.key_rows()]
    return sorted(rows, key=lambda r: r[1].lower())


def gesture_rows(registry: Registry) -> list[tuple[str, str]]:
    """(gesture, what it does) for the article, the outline and every gesture a feature declared."""
    return [*ARTICLE_GESTURES, *registry.gestures]


def shortcuts_html(registry: Registry) -> str:
    """The shortcut and gesture tables as HTML (what the Help dialog shows)."""
    out = ["<h2>Keyboard shortcuts</h2><table cellpadding='4'>"]
    for keys, name in shortcut_rows(registry):
        out.append(f"<tr><td><b>{escape(keys)}</b></td><td>{escape(name)}</td></tr>")
    out.append("</table><h2>Mouse and gestures</h2><table cellpadding='4'>")
    for keys, name in gesture_rows(registry):
        out.append(f"<tr><td><b>{escape(keys)}</b></td><td>{escape(name)}</td></tr>")
    out.append("</table>")
    return "".join(out)


class ShortcutsDialog(QDialog):
    """A scrollable list of every shortcut and gesture."""

    def __init__(self, registry: Registry, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts and gestures — argmap")
        self.browser = QTextBrowser()
        self.browser.setAccessibleName("Keyboard shortcuts and gestures")
        self.browser.setHtml(shortcuts_html(registry))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 640)
