"""Waiting for the main window's late fit-to-screen checks before a test resizes it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.shell.screen_fit import FITTED


def wait_fitted(qtbot, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Return once the window's last late check has run: after it, a resize by the test stays.

    The checks shrink a window that is bigger than the (800x800) test screen; on a loaded
    machine they can fire in the middle of a test that resized the window to 1366x768.
    """
    if window.property(FITTED) is None:
        return  # never shown: no checks pending
    qtbot.waitUntil(lambda: window.property(FITTED) is True, timeout=20_000)
