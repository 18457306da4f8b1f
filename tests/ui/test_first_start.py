"""Bugs 4 and 5: the window fits the screen's available area; Getting started is the raised tab on first start."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QTabBar, QWidget

from tests.ui.window_fit import wait_fitted
from ui.document.settings import Settings
from ui.shell.dock_tabs import dock_tab_bars
from ui.shell.main_window import MainWindow
from ui.shell.startup import build_window


@pytest.fixture
def first_start(qtbot, shell_settings: Settings, app_look: None) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The window as a first start shows it: the sample open, shown as the app shows it."""
    assert shell_settings.first_run
    window = build_window(None, shell_settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    wait_fitted(qtbot, window)  # the late frame checks (ui/shell/screen_fit.LATE_FRAME_MS) have run
    yield window
    window.session.undo_stack.setClean()


def _global(w: QWidget) -> QRect:
    return QRect(w.mapToGlobal(w.rect().topLeft()), w.size())


def test_window_title_bar_and_status_bar_are_inside_the_available_area(first_start: MainWindow) -> None:
    w = first_start
    screen = w.screen().availableGeometry()
    assert screen.contains(w.frameGeometry()), (w.frameGeometry(), screen)
    for widget in (w.statusBar(), w.counts, w.zoom_label, w.file_state, w.menuBar()):
        assert screen.contains(_global(widget)), (type(widget).__name__, _global(widget), screen)
    assert w.file_state.text() == "Not saved yet"  # the sample opens as an unsaved copy (issue 11)


def test_getting_started_is_the_raised_tab_and_no_tab_title_is_cut(first_start: MainWindow) -> None:
    w = first_start
    bar = next(b for b in dock_tab_bars(w) if "Getting started" in [b.tabText(i) for i in range(b.count())])
    assert bar.tabText(bar.currentIndex()) == "Getting started"
    assert w.getting_started.isVisible() and not w.getting_started.visibleRegion().isEmpty()
    for b in dock_tab_bars(w):
        assert b.elideMode().name == "ElideNone"
        titles = [b.tabText(i) for i in range(b.count())]
        drawn = sum(b.tabRect(i).width() for i in range(b.count()))
        assert drawn <= b.width() + 1, (titles, drawn, b.width())  # every title whole, no scrolling
        for i in range(b.count()):
            needed = b.fontMetrics().horizontalAdvance(b.tabText(i))
            assert b.tabRect(i).width() >= needed, b.tabText(i)


def test_the_sample_is_not_offered_while_it_is_open(first_start: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = first_start.getting_started
    assert not panel.sample_button.isVisible()
    assert panel.sample_note.isVisible() and "sample is open" in panel.sample_note.text()
    first_start.files.new_map() if hasattr(first_start.files, "new_map") else first_start.load(
        first_start.session.map.model_copy(update={"claims": [], "arguments": [], "title": "My own map"}), None
    )
    assert panel.sample_button.isVisible()


def test_tab_bars_are_found(first_start: MainWindow) -> None:
    assert all(isinstance(b, QTabBar) for b in dock_tab_bars(first_start))
    assert dock_tab_bars(first_start)
