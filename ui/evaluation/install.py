"""Adds evaluation to a main window: View > Evaluation and Projector mode, the Hints dock, the details section."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel

from argmap.analysis.map_match import DifferentArticle
from argmap.analysis.overlay import GIVEN_AS_DRAWN
from argmap.classroom.assignment import load_reference
from argmap.io.errors import LoadError
from ui.compare.compare_window import CompareWindow
from ui.details.details_panel import DetailsPanel
from ui.document.actions import ActionSpec, DockSpec
from ui.document.context import Context
from ui.evaluation.controller import EvaluationController
from ui.evaluation.eval_section import EvaluationSection
from ui.evaluation.hints_panel import HintsPanel
from ui.evaluation.projector import ProjectorWindow
from ui.map import MapView

EVALUATION_KEY = "F9"
PROJECTOR_KEY = "F11"
CAPTION = f"Evaluation shown: IN / OUT / UNDECIDED and strength, {GIVEN_AS_DRAWN}"
SCREENSHOT_ENV = "ARGMAP_SCREENSHOT_STATE"
"""Only for docs screenshots: "evaluation" or "projector" switches that state on at start;
"compare:PATH" opens the side-by-side view with the reference PATH; "select=ID" selects a claim."""


class EvaluationUi:
    """The evaluation parts of one window, kept together (`window.evaluation_ui`)."""

    def __init__(self, ctx: Context, view: MapView, details: DetailsPanel) -> None:
        self.ctx = ctx
        self.controller = EvaluationController(ctx.document, view, ctx.parent)
        self.section = EvaluationSection(self.controller)
        details.add_section(self.section)
        details.claimShown.connect(self.section.show_claim)
        self.hints = HintsPanel(self.controller)
        self.hints.claimsRequested.connect(ctx.selection.set)
        self.controller.busyChanged.connect(self._busy)
        ctx.registry.add_dock(DockSpec("hints", "Hints", self.hints, tab_with="outline"))  # 3 tabs a row fit
        self.caption = QLabel(CAPTION, view)
        self.caption.setStyleSheet(
            "background: #FFFFFF; color: #000000; padding: 3px; border: 1px solid #000;"
        )
        self.caption.move(8, 8)
        self.caption.adjustSize()
        self.caption.hide()
        self.projector: ProjectorWindow | None = None
        self.compare: CompareWindow | None = None
        reg = ctx.registry
        self.evaluation_action = reg.add(
            ActionSpec(
                "evaluation",
                "&Evaluation overlay",
                lambda _d: self._toggle(),
                [EVALUATION_KEY],
                "view",
                "overlay",
                tip=f"Show IN / OUT / UNDECIDED and strength on every box ({GIVEN_AS_DRAWN})",
                checkable=True,
            )
        )
        self.projector_action = reg.add(
            ActionSpec(
                "projector", "&Projector mode", lambda _d: self.open_projector(), [PROJECTOR_KEY], "view", "overlay"
            )
        )
        self.compare_action = reg.add(
            ActionSpec(
                "compare",
                "Compare &with reference…",
                lambda _d: self.compare_dialog(),
                menu="file",
                section="compare",
                tip="Map Match: your map and a reference map side by side, with scores",
            )
        )

    def _busy(self, busy: bool) -> None:
        if busy:  # after the "Opened …" note of the same open
            QTimer.singleShot(0, self._say_evaluating)
        else:
            self.ctx.status(f"Evaluation ready ({len(self.ctx.document.map.claims):,} claims)")

    def _say_evaluating(self) -> None:
        if self.controller.busy:
            self.ctx.status(f"Evaluating {len(self.ctx.document.map.claims):,} claims…")

    def _toggle(self) -> None:
        self.set_evaluation(self.evaluation_action.isChecked())

    def set_evaluation(self, on: bool) -> None:
        """Show or hide the badges on the map."""
        self.evaluation_action.setChecked(on)
        self.controller.set_badges(on)
        self.caption.setVisible(on)
        if on:
            self.ctx.status(f"Evaluation {GIVEN_AS_DRAWN}")

    def open_projector(self) -> None:
        """View > Projector mode on the current claim's branch (Esc leaves; F11 again too)."""
        if self.projector is not None:
            self.projector.close()
            return
        self.projector = ProjectorWindow(self.ctx.document.map, self.ctx.selection.current)
        self.projector.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.projector.closed.connect(self._projector_closed)
        screen = self.ctx.parent.screen()
        if screen is not None:
            self.projector.setGeometry(
                screen.geometry()
            )  # without a window manager full screen is not honoured
        self.projector.showFullScreen()
        self.projector.activateWindow()
        self.projector.setFocus()

    def compare_dialog(self) -> None:
        """File > Compare with reference…: pick a reference map or assignment package."""
        folder = self.ctx.document.path.parent if self.ctx.document.path else Path.home()
        path = self.ctx.prompter.open_path(
            "Compare with reference",
            "Maps and assignments (*.argmap.json *.argmap-assignment.json *.json)",
            folder,
        )
        if path is not None:
            self.open_compare(path)

    def open_compare(self, path: Path) -> CompareWindow | None:
        """Show the open map side by side with the reference in `path` (errors go to one message)."""
        try:
            reference, weights, _assignment = load_reference(path)
            self.compare = CompareWindow(self.ctx.document.map, reference, weights, source=path)
        except LoadError as e:
            self.ctx.show_error("Compare with reference", str(e))
            return None
        except DifferentArticle as e:
            self.ctx.show_error("Compare with reference", f"{path.name}: {e}")
            return None
        self.compare.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.compare.destroyed.connect(self._compare_closed)
        self.compare.show()
        return self.compare

    def _compare_closed(self) -> None:
        self.compare = None

    def _projector_closed(self) -> None:
        self.projector = None
        self.ctx.parent.activateWindow()


def install_evaluation(ctx: Context, view: MapView, details: DetailsPanel) -> EvaluationUi:
    """Add evaluation to a window through its registry; honours ARGMAP_SCREENSHOT_STATE (docs screenshots only)."""
    ui = EvaluationUi(ctx, view, details)
    state = os.environ.get(SCREENSHOT_ENV, "")
    if state:
        QTimer.singleShot(800, lambda: _screenshot_state(ui, state))
    return ui


def _screenshot_state(ui: EvaluationUi, state: str) -> None:
    if state.startswith("compare:"):
        window = ui.open_compare(Path(state.removeprefix("compare:")))
        if window is not None:
            screen = ui.ctx.parent.screen()
            if screen is not None:
                window.setGeometry(screen.geometry())
        return
    if "evaluation" in state:
        ui.set_evaluation(True)
        ui.ctx.registry.raise_dock("hints")
    if "select=" in state:  # e.g. "evaluation,select=c10": that claim's details
        ui.ctx.selection.select(state.split("select=", 1)[1].split(",")[0])
        ui.ctx.registry.raise_dock("details")
    if "projector" in state:
        ui.open_projector()
        if ui.projector is not None:
            for _ in range(2):
                ui.projector.reveal_next()
