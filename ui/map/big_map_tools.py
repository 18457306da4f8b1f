"""Declares the big-map tools in the window's registry: the Overview dock and the three branch-focus commands."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from ui.document.actions import ActionSpec, DockSpec, Scope
from ui.map.branch_focus import BranchFocus
from ui.map.minimap import MiniMap
from ui.map.overview import OVERVIEW_MIN_CLAIMS

if TYPE_CHECKING:
    from ui.document.context import Context
    from ui.map.view import MapView


@dataclass
class BigMapTools:
    """What `install_big_map_tools` added to one window."""

    minimap: MiniMap
    focus: BranchFocus


def install_big_map_tools(ctx: Context, view: MapView) -> BigMapTools:
    """The Overview dock (tabbed with the Outline, in front for big maps), the breadcrumb and Map menu commands."""
    minimap = MiniMap(view)
    ctx.registry.add_dock(DockSpec("overview", "Overview", minimap, tab_with="outline"))
    focus = BranchFocus(view, view)  # drawn over the top of the map while a branch is shown
    focus.move(8, 8)
    reg = ctx.registry
    for spec in (
        ActionSpec(
            "focus_branch",
            "&Focus on This Branch",
            lambda _d: focus.focus_selected(),
            ["Alt+Down"],
            "map",
            "branch",
            scope=Scope.MAP,
            tip="Show the selected claim with what backs and attacks it, alone (Alt+Down)",
        ),
        ActionSpec(
            "focus_up",
            "Branch &Up One Level",
            lambda _d: focus.up(),
            ["Alt+Up"],
            "map",
            "branch",
            scope=Scope.MAP,
            tip="Show the branch one level up (Alt+Up)",
        ),
        ActionSpec(
            "focus_whole",
            "&Whole Map",
            lambda _d: focus.focus(None),
            ["Alt+Home"],
            "map",
            "branch",
            scope=Scope.MAP,
            tip="Show the whole map again (Alt+Home)",
        ),
    ):
        reg.add(spec)

    def front(first: bool = False) -> None:
        if len(view.session.map.claims) >= OVERVIEW_MIN_CLAIMS:
            reg.raise_dock("overview")
        elif first:
            reg.raise_dock("outline")

    view.session.replaced.connect(front)
    QTimer.singleShot(0, lambda: front(first=True))  # once the shell has built the docks
    return BigMapTools(minimap, focus)
