"""The main window: article and map side by side, outline, details and tags docks, menus; wiring only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QWidget,
)
from typing_extensions import override

from argmap.model import ArgumentMap
from argmap.paths import SAMPLE_MAP, seed
from ui.claim_commands import ClaimCommands
from ui.classroom.exports import ClassroomExports
from ui.details.details_panel import DetailsPanel
from ui.dock_tabs import raise_tab, whole_titles
from ui.evaluation.install import install_evaluation
from ui.file_actions import FileActions
from ui.getting_started import GettingStartedPanel
from ui.help_dialog import ShortcutsDialog
from ui.map import MapView
from ui.menus import build_menus, rebuild_recent_menu
from ui.outline import OutlineView
from ui.preferences_dialog import PreferencesDialog
from ui.screen_fit import first_size, keep_on_screen
from ui.session import Session
from ui.settings import DEFAULT_FONT_SIZE, FONT_SIZES, Settings
from ui.tags.tags_panel import TagsPanel
from ui.text.article_pane import ArticlePane
from ui.theme import apply_theme


class MainWindow(QMainWindow):
    """Top-level window of one document.

    Seam for autosave and crash recovery: `session` (the document), `load(map, path)`
    to show a recovered map, and `closing`, emitted once the user has agreed to close
    (changes saved or discarded).
    """

    closing = Signal()

    def __init__(self, session: Session | None = None, settings: Settings | None = None) -> None:
        super().__init__()
        self.session = session if session is not None else Session(parent=self)
        self.settings = settings if settings is not None else Settings(QSettings("argmap", "argmap"))
        self.files = FileActions(self)
        self.classroom = ClassroomExports(self)
        self.commands = ClaimCommands(self)
        self.current_claim: str | None = None
        self.selected: list[str] = []
        self._syncing = False
        self._start_pending = False
        self.setAcceptDrops(True)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)

        self.article = ArticlePane()
        self.map_view = MapView(self.session)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.article)
        self.splitter.addWidget(self.map_view)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.outline = OutlineView()
        self.details = DetailsPanel(self.session)
        self.tags = TagsPanel(self.session)
        self.getting_started = GettingStartedPanel()
        self.outline_dock = self._dock("Outline", self.outline, Qt.DockWidgetArea.RightDockWidgetArea)
        self.details_dock = self._dock("Details", self.details, Qt.DockWidgetArea.RightDockWidgetArea)
        self.tags_dock = self._dock("Tags", self.tags, Qt.DockWidgetArea.RightDockWidgetArea)
        self.start_dock = self._dock(
            "Getting started", self.getting_started, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.splitDockWidget(self.outline_dock, self.details_dock, Qt.Orientation.Vertical)
        self.tabifyDockWidget(self.details_dock, self.tags_dock)
        self.tabifyDockWidget(self.details_dock, self.start_dock)
        self.details_dock.raise_()
        self.start_dock.hide()

        self.counts = QLabel()
        self.zoom_label = QLabel()
        self.file_state = QLabel()
        self.statusBar().addPermanentWidget(self.counts)
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.statusBar().addPermanentWidget(self.file_state)

        self.actions_by_name: dict[str, QAction] = {}
        self.recent_menu = QMenu()
        build_menus(self)
        self.evaluation_ui = install_evaluation(self)
        self.tabifyDockWidget(self.outline_dock, self.evaluation_ui.hints_dock)  # 3 tabs a row: titles fit
        self.outline_dock.raise_()
        self._connect()
        self.apply_settings()
        self._initial_geometry()
        self._on_replaced()

    def _initial_geometry(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        size = first_size(screen) if screen is not None else QSize(1500, 920)
        width, height = size.width(), size.height()
        self.resize(width, height)
        side = min(360, max(280, width // 6))
        self.resizeDocks([self.outline_dock], [side], Qt.Orientation.Horizontal)
        self.resizeDocks(
            [self.outline_dock, self.details_dock],
            [height * 2 // 5, height * 3 // 5],
            Qt.Orientation.Vertical,
        )
        rest = width - side
        self.splitter.setSizes([rest * 9 // 25, rest * 16 // 25])

    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(title.replace(" ", "_").lower())
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _connect(self) -> None:
        s = self.session
        s.changed.connect(self._on_changed)
        s.replaced.connect(self._on_replaced)
        s.dirtyChanged.connect(lambda _dirty: self._update_title())
        s.pathChanged.connect(self._update_title)
        self.article.claimClicked.connect(lambda cid: self.select_claim(cid, self.article))
        self.outline.claimSelected.connect(lambda cid: self.select_claim(cid, self.outline))
        self.outline.claimsSelected.connect(lambda ids: self.set_selection(ids, self.outline))
        self.details.addSpanRequested.connect(lambda _cid: self.commands.add_span_from_article())
        self.details.showSpanRequested.connect(self._show_span)
        self.details.message.connect(self.status)
        self.tags.message.connect(self.status)
        self.tags.filterChanged.connect(self.filter_by_tag)
        self.getting_started.openSampleRequested.connect(self.open_sample)
        self.map_view.claimSelected.connect(lambda cid: self.select_claim(cid, self.map_view))
        self.map_view.selectionChanged.connect(lambda ids: self.set_selection(list(ids), self.map_view))
        self.map_view.zoomChanged.connect(lambda z: self.zoom_label.setText(f"Zoom {z:.0%}"))
        self.map_view.message.connect(self.status)

    # --- sync -------------------------------------------------------------------

    def _on_changed(self) -> None:
        m = self.session.map
        self.article.set_map(m)
        self.outline.set_map(m)
        ids = {c.id for c in m.claims}
        self.selected = [c for c in self.selected if c in ids]
        if self.current_claim not in ids:
            self.current_claim = None
            self.details.show_claim(None)
        self.outline.select_claims(self.selected or ([self.current_claim] if self.current_claim else []))
        self.tags.set_selected_claims(self.selected)
        self._update_counts()
        self._update_title()

    def _on_replaced(self) -> None:
        path = self.session.path
        self.getting_started.set_sample_open(path is not None and path.resolve() == seed(SAMPLE_MAP).resolve())
        self.current_claim = None
        self.selected = []
        self.article.set_current_claim(None, scroll=False)
        self.tags.filter.setCurrentIndex(0)
        self._on_changed()
        self.article.verticalScrollBar().setValue(0)

    def select_claim(self, claim_id: str, source: object = None) -> None:
        """Make one claim current everywhere: details, outline, article (scrolled to it), map."""
        if self._syncing:
            return
        self._syncing = True
        try:
            self.current_claim = claim_id
            if source not in (self.outline, self.map_view) or claim_id not in self.selected:
                self.selected = [claim_id]
            self.details.show_claim(claim_id)
            self.article.set_current_claim(claim_id, scroll=source is not self.article)
            if source is not self.outline:
                self.outline.select_claims(self.selected)
            if source is not self.map_view:
                self._select_in_map(self.selected)
            self.tags.set_selected_claims(self.selected)
        finally:
            self._syncing = False

    def _select_in_map(self, ids: list[str]) -> None:
        if len(ids) > 1:
            self.map_view.select_claims(ids)
        elif ids:
            self.map_view.select_claim(ids[0])

    def set_selection(self, ids: list[str], source: object = None) -> None:
        """Several claims selected (outline or map): the targets of Connect and tag assignment."""
        if self._syncing:
            return
        self.selected = list(ids)
        self.tags.set_selected_claims(self.selected)
        if len(ids) == 1 and ids[0] != self.current_claim:
            self.select_claim(ids[0], source)
        elif len(ids) > 1:
            self._syncing = True
            try:
                if source is not self.outline:
                    self.outline.select_claims(self.selected)
                if source is not self.map_view:
                    self._select_in_map(self.selected)
            finally:
                self._syncing = False

    def filter_by_tag(self, tag_id: str) -> None:
        """Show only claims with this tag in the map, outline and article ("" shows all)."""
        only = {c.id for c in self.session.map.claims if tag_id in c.tags} if tag_id else None
        self.article.set_filter(only)
        self.outline.set_filter(only)
        self.map_view.set_filter(only)

    def _show_span(self, claim_id: str, index: int) -> None:
        spans = self.session.map.claim(claim_id).spans
        if 0 <= index < len(spans):
            self.article.select_range(spans[index].start, spans[index].end)
            self.article.ensureCursorVisible()

    # --- window state ---------------------------------------------------------------

    def document_name(self) -> str:
        """The file name, or the map title for a new map."""
        if self.session.path is not None:
            return self.session.path.name
        return self.session.map.title or "Untitled"

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.document_name()}[*] — argmap")
        self.setWindowModified(self.session.dirty)
        if self.session.dirty:
            self.file_state.setText("● Unsaved changes")
        else:
            self.file_state.setText("Saved" if self.session.path else "Not saved yet")

    def _update_counts(self) -> None:
        m = self.session.map
        anchored = sum(bool(c.spans) for c in m.claims)
        self.counts.setText(
            f"{len(m.claims)} claims ({anchored} in the article) · {len(m.arguments)} arguments"
        )

    def status(self, text: str) -> None:
        """A short message in the status bar."""
        self.statusBar().showMessage(text, 8000)

    def show_error(self, title: str, text: str) -> None:
        """One clear message for a problem the user can fix (tests replace this)."""
        self.status(text)
        QMessageBox.warning(self, title, text)

    def apply_settings(self) -> None:
        """Apply theme and font size from the settings."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self.settings.theme, self.settings.font_size)
        self.article.set_font_size(self.settings.font_size)
        self.map_view.set_text_scale(self.settings.font_size / DEFAULT_FONT_SIZE)
        self.article.refresh()
        self.outline.set_map(self.session.map)

    def show_preferences(self) -> None:
        """Edit > Preferences."""
        dialog = PreferencesDialog(self.settings, self)
        if dialog.exec():
            dialog.apply()
            self.apply_settings()

    def show_shortcuts(self) -> None:
        """Help > Keyboard shortcuts."""
        ShortcutsDialog(self).exec()

    def show_getting_started(self) -> None:
        """Help > Getting started."""
        self._start_pending = not self.isVisible()  # a tab raised before the window shows stays behind
        raise_tab(self, self.start_dock)

    def rebuild_recent_menu(self) -> None:
        """Refill File > Open recent."""
        rebuild_recent_menu(self)

    def change_font_size(self, step: int) -> None:
        """View > Larger / Smaller text (remembered)."""
        size = self.settings.font_size + step
        if size in FONT_SIZES:
            self.settings.font_size = size
            self.apply_settings()

    def open_sample(self) -> None:
        """Open the sample article and map that ship with argmap."""
        self.files.open_path(seed(SAMPLE_MAP))

    def load(self, m: ArgumentMap, path: Path | None) -> None:
        """Show a document (used at start-up and by crash recovery)."""
        self.session.replace(m, path)

    # --- Qt events --------------------------------------------------------------------

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            keep_on_screen(self)  # title bar and status bar inside the screen (ui/screen_fit.py)
            QTimer.singleShot(0, self, self._after_show)

    def _after_show(self) -> None:
        docks = [self.outline_dock, self.details_dock, self.tags_dock, self.start_dock]
        whole_titles(self, docks)
        if self._start_pending:
            raise_tab(self, self.start_dock)

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.files.maybe_save():
            self.settings.sync()
            self.closing.emit()
            event.accept()
        else:
            event.ignore()

    @override
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()

    @override
    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.files.open_path(Path(urls[0].toLocalFile()))

    def add_action(
        self, name: str, text: str, slot: object, shortcut: str | QKeySequence.StandardKey | None = None
    ) -> QAction:
        """Create a named window action (menus and tests find it in `actions_by_name`)."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.actions_by_name[name] = action
        return action
