"""Help > Keyboard shortcuts: every action with a shortcut, read from the window itself, plus mouse gestures."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

GESTURES = [
    ("Select text, then C / P / O / R", "Tag the selection as conclusion, premise, objection or rebuttal"),
    ("Caret in a sentence, then C / P / O / R", "Tag the whole sentence"),
    ("Click a highlighted span", "Select its claim in the map, outline and details"),
    ("Drag from one box onto another", "Connect: the dragged claim supports the other"),
    ("Ctrl/Shift-click claims in the outline", "Select several claims (then Connect)"),
    ("Drop a file on the window", "Open a map, or start a map from an article"),
]


def shortcut_rows(root: QWidget) -> list[tuple[str, str]]:
    """(keys, what it does) for every action of `root` and its children that has a shortcut."""
    rows: dict[tuple[str, str], None] = {}
    for action in root.findChildren(QAction):
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        keys = [k for k in keys if k]
        if not keys:
            continue
        name = action.text().replace("&&", "\x00").replace("&", "").replace("\x00", "&").rstrip(".…")
        rows[(" or ".join(keys), name)] = None
    return sorted(rows, key=lambda r: r[1].lower())


def shortcuts_html(root: QWidget) -> str:
    """The shortcut table as HTML (what the Help dialog shows)."""
    out = ["<h2>Keyboard shortcuts</h2><table cellpadding='4'>"]
    for keys, name in shortcut_rows(root):
        out.append(f"<tr><td><b>{escape(keys)}</b></td><td>{escape(name)}</td></tr>")
    out.append("</table><h2>Mouse and gestures</h2><table cellpadding='4'>")
    for keys, name in GESTURES:
        out.append(f"<tr><td><b>{escape(keys)}</b></td><td>{escape(name)}</td></tr>")
    out.append("</table>")
    return "".join(out)


class ShortcutsDialog(QDialog):
    """A scrollable list of every shortcut."""

    def __init__(self, root: QWidget) -> None:
        super().__init__(root)
        self.setWindowTitle("Keyboard shortcuts — argmap")
        self.browser = QTextBrowser()
        self.browser.setAccessibleName("Keyboard shortcuts")
        self.browser.setHtml(shortcuts_html(root))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 640)
