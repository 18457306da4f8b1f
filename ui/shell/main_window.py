"""The main window: article and map side by side, outline, details and tags docks, menus; wiring only."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMainWindow, QMessageBox, QSplitter
from typing_extensions import override

from argmap import __version__, edits
from argmap.io.errors import LoadError
from argmap.io.native import load
from argmap.model import ArgumentMap
from argmap.paths import SAMPLE_MAP, seed
from argmap.wording import counted
from ui.articles.reanchor_dialog import register_article_actions
from ui.classroom.exports import ClassroomExports
from ui.details.details_panel import DetailsPanel
from ui.details.scroll import VerticalScroll
from ui.document.actions import DockSpec, Registry, Scope
from ui.document.context import Context
from ui.document.document import Document
from ui.document.prompter import Prompter
from ui.document.selection import Selection
from ui.document.settings import DEFAULT_FONT_SIZE, FONT_SIZES, Settings
from ui.evaluation.install import install_evaluation
from ui.files.file_actions import FileActions
from ui.look.theme import apply_theme
from ui.map import MapView
from ui.map.big_map_tools import install_big_map_tools
from ui.outline import OutlineView
from ui.shell.claim_commands import ClaimCommands
from ui.shell.dialogs import DialogPrompter
from ui.shell.dock_tabs import raise_tab, whole_titles
from ui.shell.getting_started import GettingStartedPanel
from ui.shell.help_dialog import ShortcutsDialog
from ui.shell.menus import build_menus, build_toolbar, fill_recent
from ui.shell.preferences_dialog import PreferencesDialog
from ui.shell.screen_fit import first_size, keep_on_screen
from ui.shell.shell_actions import declare_shell_actions
from ui.tags.tags_panel import TagsPanel
from ui.text.article_pane import ArticlePane

Key = QKeySequence.StandardKey


class MainWindow(QMainWindow):
    """Top-level window of one document: builds the widgets, lets features declare their actions, wires them.

    Seam for autosave and crash recovery: `session` (the document), `load(map, path)`
    to show a recovered map, and `closing`, emitted once the user has agreed to close
    (changes saved or discarded). Tests pass a fake `prompter` instead of file dialogs.
    """

    closing = Signal()

    def __init__(
        self,
        document: Document | None = None,
        settings: Settings | None = None,
        prompter: Prompter | None = None,
    ) -> None:
        super().__init__()
        self.session = document if document is not None else Document(parent=self)
        self.settings = settings if settings is not None else Settings(QSettings("argmap", "argmap"))
        self.prompter: Prompter = prompter if prompter is not None else DialogPrompter(self)
        self.selection = Selection(self)
        self.registry = Registry(self.session, self)
        self.actions_by_name = self.registry.actions
        self.ctx = Context(
            self.session, self.selection, self.settings, self.registry, self.prompter, self.status, self
        )
        self.setAcceptDrops(True)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)

        self.article = ArticlePane()
        self.registry.scopes[Scope.ARTICLE] = self.article
        self.commands = ClaimCommands(self.ctx, self.article)
        self.map_view = MapView(self.session, self.selection, self.registry)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.article)
        self.splitter.addWidget(self.map_view)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.outline = OutlineView(self.selection)
        self.details = DetailsPanel(self.session, self.selection)
        self.details_scroll = VerticalScroll(self.details)
        self.tags = TagsPanel(self.session, self.selection, self.prompter)
        self.getting_started = GettingStartedPanel()
        self.registry.add_dock(DockSpec("outline", "Outline", self.outline))
        self.registry.add_dock(DockSpec("details", "Details", self.details_scroll, below="outline"))
        self.registry.add_dock(DockSpec("tags", "Tags", self.tags, tab_with="details"))
        self.registry.add_dock(DockSpec("start", "Getting started", self.getting_started, tab_with="details"))

        self.files = FileActions(self.ctx, self.map_view)
        register_article_actions(self.ctx)
        self.classroom = ClassroomExports(self.ctx, self.files, self.map_view)
        self.evaluation_ui = install_evaluation(self.ctx, self.map_view, self.details)
        self.big_map_tools = install_big_map_tools(self.ctx, self.map_view)
        declare_shell_actions(self)
        self._build_docks()
        self.menus = build_menus(
            self, self.registry, {"view": [d.toggleViewAction() for d in self.docks.values()]}
        )
        self.recent_menu = self.menus["file/recent"]
        build_toolbar(self, self.registry)
        self._status_bar()
        self._connect()
        self.rebuild_recent_menu()
        self.apply_settings()
        self._initial_geometry()
        self._on_replaced()

    # --- building -------------------------------------------------------------------

    def _build_docks(self) -> None:
        self.docks: dict[str, QDockWidget] = {}
        order = self.registry.docks
        for spec in order:
            dock = QDockWidget(spec.title, self)
            dock.setObjectName(spec.title.replace(" ", "_").lower())
            dock.setWidget(spec.widget)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            self.docks[spec.id] = dock
            self.registry.dock_widgets[spec.id] = dock
        for spec in order:
            if spec.below in self.docks:
                self.splitDockWidget(self.docks[spec.below], self.docks[spec.id], Qt.Orientation.Vertical)
        for spec in order:
            if spec.tab_with in self.docks:
                self.tabifyDockWidget(self.docks[spec.tab_with], self.docks[spec.id])
        self.outline_dock, self.details_dock = self.docks["outline"], self.docks["details"]
        self.tags_dock, self.start_dock = self.docks["tags"], self.docks["start"]
        self.details_dock.raise_()
        self.outline_dock.raise_()  # over Hints, which shares its tab row
        self.start_dock.hide()
        self.docks["assignment"].hide()  # shown when a students' copy is opened (ui/classroom/student_open.py)

    def _status_bar(self) -> None:
        self.counts = QLabel()
        self.zoom_label = QLabel()
        self.file_state = QLabel()
        for label in (self.counts, self.zoom_label, self.file_state):
            self.statusBar().addPermanentWidget(label)

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

    def _connect(self) -> None:
        s = self.session
        s.changed.connect(self._on_changed)
        s.replaced.connect(self._on_replaced)
        s.refused.connect(self.status)  # the one place a refused edit is reported
        s.dirtyChanged.connect(lambda _dirty: self._update_title())
        s.pathChanged.connect(self._update_title)
        self.selection.changed.connect(self._follow_selection)
        self.article.claimClicked.connect(self._clicked_in_article)
        self.article.tagToggled.connect(
            lambda cid, tid, on: self.session.edit(lambda m: edits.set_tag(m, [cid], tid, on))
        )
        self.details.addSpanRequested.connect(lambda _cid: self.commands.add_span_from_article())
        self.details.showSpanRequested.connect(self._show_span)
        self.details.claimShown.connect(lambda _cid: self.details_scroll.fit_width())
        self.tags.filterChanged.connect(self.filter_by_tag)
        self.getting_started.openSampleRequested.connect(self.files.open_sample)
        self.files.recentChanged.connect(self.rebuild_recent_menu)
        self.map_view.zoomChanged.connect(lambda z: self.zoom_label.setText(f"Zoom {z:.0%}"))
        self.map_view.message.connect(self.status)

    # --- sync: every view follows the document and the one selection ---------------------

    def _on_changed(self) -> None:
        m = self.session.map
        self.article.set_map(m)
        self.outline.set_map(m)
        self.selection.prune(m)
        self._follow_selection()
        self._update_counts()
        self._update_title()

    def _on_replaced(self) -> None:
        path = self.session.path
        self.getting_started.set_sample_open(
            path.resolve() == seed(SAMPLE_MAP).resolve() if path is not None else _is_sample_copy(self.session.map)
        )
        self.selection.clear()
        self.article.set_current_claim(None, scroll=False)
        self.tags.filter.setCurrentIndex(0)
        self._on_changed()
        self.article.verticalScrollBar().setValue(0)

    def _clicked_in_article(self, claim_id: str) -> None:
        self._article_click = True
        try:
            self.selection.select(claim_id)
        finally:
            self._article_click = False

    _article_click = False

    def _follow_selection(self) -> None:
        """The outline and the article show the selection (the map, details and tags follow it themselves)."""
        claims = self.selection.claims(self.session.map)
        self.outline.select_claims(claims)
        current = self.selection.current if self.selection.current in claims else None
        self.article.set_current_claim(current, scroll=not self._article_click and current is not None)

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
        return self.session.name()

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
            f"{counted(len(m.claims), 'claim')} ({anchored:,} in the article) · {counted(len(m.arguments), 'argument')}"
        )

    def status(self, text: str) -> None:
        """A short message in the status bar."""
        self.statusBar().showMessage(text, 8000)

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
        if self.prompter.run(dialog):
            dialog.apply()
            self.apply_settings()

    def show_shortcuts(self) -> None:
        """Help > Keyboard shortcuts and gestures."""
        self.prompter.run(ShortcutsDialog(self.registry, self))

    def show_getting_started(self) -> None:
        """Help > Getting started."""
        self._start_pending = not self.isVisible()  # a tab raised before the window shows stays behind
        raise_tab(self, self.start_dock)

    def rebuild_recent_menu(self) -> None:
        """Refill File > Open recent."""
        fill_recent(self.menus["file/recent"], self.settings.recent_files(), self.files.open_path)

    def change_font_size(self, step: int) -> None:
        """View > Larger / Smaller text (remembered)."""
        size = self.settings.font_size + step
        if size in FONT_SIZES:
            self.settings.font_size = size
            self.apply_settings()

    def load(self, m: ArgumentMap, path: Path | None) -> None:
        """Show a document (used at start-up and by crash recovery)."""
        self.session.replace(m, path)

    def about(self) -> None:
        """Help > About argmap."""
        QMessageBox.about(
            self,
            "About argmap",
            f"<b>argmap {__version__}</b><p>Map the arguments in an article: tag the sentences that "
            "carry the argument and watch a pro/con map grow beside the text.</p>",
        )

    # --- Qt events --------------------------------------------------------------------

    _start_pending = False

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            keep_on_screen(self)  # title bar and status bar inside the screen (ui/screen_fit.py)
            QTimer.singleShot(0, self, self._after_show)

    def _after_show(self) -> None:
        whole_titles(self, list(self.docks.values()))
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


@lru_cache(maxsize=1)
def _sample_identity() -> tuple[str, str]:
    """The installed sample's title and article hash (the sample opens as an unsaved copy)."""
    try:
        m = load(seed(SAMPLE_MAP))
    except LoadError:
        return ("", "")
    return (m.title, m.article.sha256 if m.article else "")


def _is_sample_copy(m: ArgumentMap) -> bool:
    """The unsaved map is the copy of the sample opened at first start or by File > Open the sample."""
    if m.article is None:
        return False  # no need to read the sample (a second map load at every start)
    title, sha = _sample_identity()
    return bool(sha) and m.title == title and m.article is not None and m.article.sha256 == sha
