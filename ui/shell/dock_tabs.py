"""Dock tabs that show their whole titles ("Details", not "Det…"), and the tab a first start raises."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar

MAX_SHARE = 4
"""A dock area may grow to a quarter of the window's width to show its tab titles."""


def dock_tab_bars(window: QMainWindow) -> list[QTabBar]:
    """The tab bars QMainWindow made for tabbed docks (the visible ones)."""
    return [bar for bar in window.findChildren(QTabBar) if bar.parent() is window and bar.count() > 0]


def whole_titles(window: QMainWindow, docks: list[QDockWidget]) -> None:
    """Never elide a dock tab title; widen the docks' column to fit the tabs (within MAX_SHARE)."""
    need = 0
    for bar in dock_tab_bars(window):
        bar.setElideMode(Qt.TextElideMode.ElideNone)
        bar.setUsesScrollButtons(True)  # if the window is too narrow even so, arrows, not cut words
        bar.setExpanding(False)
        if bar.isVisible():
            need = max(need, sum(bar.tabSizeHint(i).width() for i in range(bar.count())) + 6)
    shown = [d for d in docks if d.isVisible() and not d.isFloating()]
    if not shown or need == 0:
        return
    have = max(d.width() for d in shown)
    if need > have:
        width = min(need, window.width() // MAX_SHARE)
        window.resizeDocks([shown[0]], [width], Qt.Orientation.Horizontal)


def raise_tab(window: QMainWindow, dock: QDockWidget) -> None:
    """Make `dock` the current tab of its group (works once the window is shown)."""
    dock.show()
    dock.raise_()
    for bar in dock_tab_bars(window):
        for i in range(bar.count()):
            if bar.tabText(i) == dock.windowTitle():
                bar.setCurrentIndex(i)
