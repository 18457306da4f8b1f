"""A child app for the kill-after-edits test: the real app (ui.app.run) opens a map and gets edited."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from argmap import ops
from argmap.model import ArgumentMap


def edits(m: ArgumentMap) -> list[ops.Op]:
    """The edits the user makes before the app is killed."""
    first = m.claims[0].id
    return [
        ops.SetTitle("Edited before the crash"),
        ops.EditClaim(first, {"text": "A wording typed just before the crash."}),
        ops.RemoveClaim(m.claims[-1].id),
    ]


def main() -> int:
    from ui.app import run
    from ui.shell.main_window import MainWindow

    app = QApplication(sys.argv[:1])

    def edit() -> None:
        windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            QTimer.singleShot(50, edit)
            return
        session = windows[0].session
        for op in edits(session.map):
            session.push(op)
        print("edited", flush=True)

    QTimer.singleShot(50, edit)
    return run(sys.argv[1])


if __name__ == "__main__":
    sys.exit(main())
