"""Puts the big-map tools in a window: the overview (minimap) dock and the branch breadcrumb bar."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QToolBar

from ui.map.branch_focus import BranchFocus
from ui.map.minimap import MiniMap
from ui.map.overview import OVERVIEW_MIN_CLAIMS

if TYPE_CHECKING:
    from ui.map.view import MapView


@dataclass
class BigMapTools:
    """What `install_big_map_tools` added (its actions are also on the view, with their shortcuts)."""

    minimap: MiniMap
    overview_dock: QDockWidget
    focus: BranchFocus
    breadcrumb_bar: QToolBar


def install_big_map_tools(
    window: QMainWindow, view: MapView, beside: QDockWidget | None = None
) -> BigMapTools:
    """Add the Overview dock (tabbed with `beside`, brought to front for big maps) and the breadcrumb bar."""
    minimap = MiniMap(view)
    dock = QDockWidget("Overview", window)
    dock.setObjectName("overview")
    dock.setWidget(minimap)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    if beside is not None:
        window.tabifyDockWidget(beside, dock)
        beside.raise_()
    focus = BranchFocus(view)
    bar = QToolBar("Branch", window)
    bar.setObjectName("branch_breadcrumb")
    bar.setMovable(False)
    bar.addWidget(focus)
    window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    bar.setVisible(focus.focused is not None)
    focus.focusChanged.connect(bar.setVisible)

    def on_replaced() -> None:
        if len(view.session.map.claims) >= OVERVIEW_MIN_CLAIMS:
            dock.raise_()

    view.session.replaced.connect(on_replaced)
    on_replaced()
    return BigMapTools(minimap, dock, focus, bar)
