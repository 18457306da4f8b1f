"""Adds evaluation to a main window: View > Evaluation and Projector mode, the Hints dock, the details section."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QFrame, QLabel, QMenu, QScrollArea, QVBoxLayout
from typing_extensions import override

from argmap.analysis.map_match import DifferentArticle
from argmap.analysis.overlay import GIVEN_AS_DRAWN
from argmap.classroom.assignment import load_reference
from argmap.io.errors import LoadError
from ui.compare.compare_window import CompareWindow
from ui.evaluation.controller import EvaluationController
from ui.evaluation.eval_section import EvaluationSection
from ui.evaluation.hints_panel import HintsPanel
from ui.evaluation.projector import ProjectorWindow

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow

EVALUATION_KEY = "F9"
PROJECTOR_KEY = "F11"
CAPTION = f"Evaluation shown: IN / OUT / UNDECIDED and strength, {GIVEN_AS_DRAWN}"
SCREENSHOT_ENV = "ARGMAP_SCREENSHOT_STATE"
"""Only for docs screenshots: "evaluation" or "projector" switches that state on at start;
"compare:PATH" opens the side-by-side view with the reference PATH; "select=ID" selects a claim."""


class VerticalScroll(QScrollArea):
    """Scrolls its widget up and down only: at least as wide as the widget needs, any height."""

    @override
    def minimumSizeHint(self) -> QSize:
        inner = self.widget()
        width = inner.minimumSizeHint().width() if inner is not None else 0
        return QSize(width + self.verticalScrollBar().sizeHint().width() + 2, 80)

    def fit_width(self) -> None:
        """Take the width the panel needs now (fonts change; a dock does not ask again by itself)."""
        self.setMinimumWidth(self.minimumSizeHint().width())


class EvaluationUi:
    """The window's evaluation parts, kept together (`window.evaluation_ui`)."""

    def __init__(self, w: MainWindow) -> None:
        self.window = w
        self.controller = EvaluationController(w.session, w.map_view, w)
        self.section = EvaluationSection(self.controller)
        self.section.message.connect(w.status)
        layout = w.details.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(max(0, layout.count() - 1), self.section)  # above the stretch
        # The whole panel scrolls: the checklist must not make the details dock (and the outline
        # above it) taller than the window allows.
        self.details_scroll = VerticalScroll()
        self.details_scroll.setWidgetResizable(True)
        self.details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.details_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.details_scroll.setWidget(w.details)
        w.details_dock.setWidget(self.details_scroll)
        w.details.claimShown.connect(self.section.show_claim)
        w.details.claimShown.connect(lambda _cid: self.details_scroll.fit_width())
        self.hints = HintsPanel(self.controller)
        self.hints.claimsRequested.connect(self._select)
        self.hints_dock = w._dock("Hints", self.hints, Qt.DockWidgetArea.RightDockWidgetArea)
        w.tabifyDockWidget(w.details_dock, self.hints_dock)
        w.details_dock.raise_()
        self.caption = QLabel(CAPTION, w.map_view)
        self.caption.setStyleSheet(
            "background: #FFFFFF; color: #000000; padding: 3px; border: 1px solid #000;"
        )
        self.caption.move(8, 8)
        self.caption.adjustSize()
        self.caption.hide()
        self.projector: ProjectorWindow | None = None
        self.compare: CompareWindow | None = None
        self.evaluation_action = w.add_action(
            "evaluation", "&Evaluation overlay", self._toggle, EVALUATION_KEY
        )
        self.evaluation_action.setCheckable(True)
        self.evaluation_action.setToolTip(
            f"Show IN / OUT / UNDECIDED and strength on every box ({GIVEN_AS_DRAWN})"
        )
        self.projector_action = w.add_action(
            "projector", "&Projector mode", self.open_projector, PROJECTOR_KEY
        )
        self.compare_action = w.add_action("compare", "Compare &with reference…", self.compare_dialog)
        self.compare_action.setToolTip("Map Match: your map and a reference map side by side, with scores")
        file_menu = _menu(w, "&File")
        quit_action = w.actions_by_name.get("quit")
        if file_menu is not None and quit_action is not None:
            file_menu.insertAction(quit_action, self.compare_action)
            file_menu.insertSeparator(quit_action)
        view = _menu(w, "&View")
        if view is not None:
            existing = view.actions()
            if existing:
                view.insertActions(existing[0], [self.evaluation_action, self.projector_action])
                view.insertSeparator(existing[0])
            view.addAction(self.hints_dock.toggleViewAction())

    def _toggle(self) -> None:
        self.set_evaluation(self.evaluation_action.isChecked())

    def set_evaluation(self, on: bool) -> None:
        """Show or hide the badges on the map."""
        self.evaluation_action.setChecked(on)
        self.controller.set_badges(on)
        self.caption.setVisible(on)
        if on:
            self.window.status(f"Evaluation {GIVEN_AS_DRAWN}")

    def _select(self, ids: list[str]) -> None:
        if len(ids) == 1:
            self.window.select_claim(ids[0])
        else:
            self.window.set_selection(ids)

    def open_projector(self) -> None:
        """View > Projector mode on the current claim's branch (Esc leaves; F11 again too)."""
        if self.projector is not None:
            self.projector.close()
            return
        w = self.window
        self.projector = ProjectorWindow(w.session.map, w.current_claim)
        self.projector.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.projector.closed.connect(self._projector_closed)
        screen = w.screen()
        if screen is not None:
            self.projector.setGeometry(
                screen.geometry()
            )  # without a window manager full screen is not honoured
        self.projector.showFullScreen()
        self.projector.activateWindow()
        self.projector.setFocus()

    def compare_dialog(self) -> None:
        """File > Compare with reference…: pick a reference map or assignment package."""
        name, _filter = QFileDialog.getOpenFileName(
            self.window,
            "Compare with reference",
            "",
            "Maps and assignments (*.argmap.json *.argmap-assignment.json *.json)",
        )
        if name:
            self.open_compare(Path(name))

    def open_compare(self, path: Path) -> CompareWindow | None:
        """Show the open map side by side with the reference in `path` (errors go to one message)."""
        try:
            reference, weights, _assignment = load_reference(path)
            self.compare = CompareWindow(self.window.session.map, reference, weights, source=path)
        except LoadError as e:
            self.window.show_error("Compare with reference", str(e))
            return None
        except DifferentArticle as e:
            self.window.show_error("Compare with reference", f"{path.name}: {e}")
            return None
        self.compare.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.compare.destroyed.connect(self._compare_closed)
        self.compare.show()
        return self.compare

    def _compare_closed(self) -> None:
        self.compare = None

    def _projector_closed(self) -> None:
        self.projector = None
        self.window.activateWindow()


def _menu(w: MainWindow, title: str) -> QMenu | None:
    for action in w.menuBar().actions():
        if action.text() == title and isinstance(action.menu(), QMenu):
            menu = action.menu()
            return menu if isinstance(menu, QMenu) else None
    return None


def install_evaluation(w: MainWindow) -> EvaluationUi:
    """Wire evaluation into the window; honours ARGMAP_SCREENSHOT_STATE (docs screenshots only)."""
    ui = EvaluationUi(w)
    state = os.environ.get(SCREENSHOT_ENV, "")
    if state:
        QTimer.singleShot(800, lambda: _screenshot_state(ui, state))
    return ui


def _screenshot_state(ui: EvaluationUi, state: str) -> None:
    if state.startswith("compare:"):
        window = ui.open_compare(Path(state.removeprefix("compare:")))
        if window is not None:
            screen = ui.window.screen()
            if screen is not None:
                window.setGeometry(screen.geometry())
        return
    if "evaluation" in state:
        ui.set_evaluation(True)
        ui.hints_dock.raise_()
    if "select=" in state:  # e.g. "evaluation,select=c10": that claim's details
        ui.window.select_claim(state.split("select=", 1)[1].split(",")[0])
        ui.window.details_dock.raise_()
        QTimer.singleShot(300, lambda: ui.details_scroll.verticalScrollBar().setValue(ui.section.y()))
    if "projector" in state:
        ui.open_projector()
        if ui.projector is not None:
            for _ in range(2):
                ui.projector.reveal_next()
