"""Keeping the main window, title bar and status bar included, inside the screen's available area."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, QTimer
from PySide6.QtWidgets import QWidget

MAX_SIZE = QSize(1920, 1200)
"""The largest first size of the window; bigger screens get a window, not a wall."""
FRAME_GUESS = (8, 40)
"""Room left for a window manager's frame (width, height) before the real frame is known."""
LATE_FRAME_MS = (0, 250, 1000)
"""When to check again after showing: window managers add their frame a little after."""


def first_size(available: QRect) -> QSize:
    """The window's first inner size: the available area less a frame, capped at MAX_SIZE."""
    return QSize(
        min(MAX_SIZE.width(), max(400, available.width() - FRAME_GUESS[0])),
        min(MAX_SIZE.height(), max(300, available.height() - FRAME_GUESS[1])),
    )


def fit_frame(window: QWidget) -> bool:
    """Shrink and move the window so its whole frame is inside the available area; True if it moved."""
    if window.isMaximized() or window.isFullScreen():
        return False
    screen = window.screen()
    if screen is None:
        return False
    avail = screen.availableGeometry()
    frame, inner = window.frameGeometry(), window.geometry()
    extra_w = frame.width() - inner.width()
    extra_h = frame.height() - inner.height()
    w = max(window.minimumWidth(), min(inner.width(), avail.width() - extra_w))
    h = max(window.minimumHeight(), min(inner.height(), avail.height() - extra_h))
    changed = False
    if (w, h) != (inner.width(), inner.height()):
        window.resize(w, h)
        changed = True
    x = max(avail.left(), min(frame.left(), avail.left() + avail.width() - (w + extra_w)))
    y = max(avail.top(), min(frame.top(), avail.top() + avail.height() - (h + extra_h)))
    if (x, y) != (frame.left(), frame.top()):
        window.move(x, y)  # move() places the frame's top-left corner
        changed = True
    return changed


FITTED = "screenFitDone"
"""Window property set once the last late check has run (tests wait for it before resizing)."""


def keep_on_screen(window: QWidget) -> None:
    """After the window is shown, fit its frame now and again once the window manager has framed it."""
    window.setProperty(FITTED, False)
    for ms in LATE_FRAME_MS[:-1]:
        QTimer.singleShot(ms, window, lambda: fit_frame(window))

    def last() -> None:
        fit_frame(window)
        window.setProperty(FITTED, True)

    QTimer.singleShot(LATE_FRAME_MS[-1], window, last)
