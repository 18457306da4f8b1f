"""A child app for the kill-after-edits test: open a map, edit it, say when the autosave is written."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from argmap import ops
from argmap.io.native import load
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
    from ui.recovery import install
    from ui.session import Session

    app = QApplication(sys.argv[:1])
    path = Path(sys.argv[1])
    session = Session(load(path), path)
    window = QMainWindow()
    autosaver = install(window, session)
    autosaver.written.connect(lambda p: print(f"autosaved {p}", flush=True))

    def edit() -> None:
        for op in edits(session.map):
            session.push(op)

    QTimer.singleShot(50, edit)
    window.show()
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
