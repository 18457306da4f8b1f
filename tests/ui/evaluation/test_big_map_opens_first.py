"""A very big map is drawn first and evaluated after: the status bar says so, and nothing is lost."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from argmap import edits
from argmap.analysis.overlay import evaluate
from argmap.io.native import save
from argmap.paths import SAMPLE_MAP, seed
from bench.maps import make_map
from ui.evaluation.controller import BACKGROUND_CLAIMS, WORKER_SWITCH_S
from ui.evaluation.hints_panel import EVALUATING
from ui.shell.main_window import MainWindow

WAIT_MS = 120_000  # a worker on a loaded 2-core machine; the wait ends as soon as the status bar says so


def _big_file(tmp_path: Path) -> Path:
    path = tmp_path / "big.argmap.json"
    save(make_map(BACKGROUND_CLAIMS + 500, "tree", seed=7), path, backup=False)
    return path


def _status(w: MainWindow) -> str:
    return w.statusBar().currentMessage()


def test_a_big_map_is_drawn_before_it_is_evaluated(main_window: MainWindow, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    w = main_window
    said: list[str] = []
    w.statusBar().messageChanged.connect(said.append)
    assert w.files.open_path(_big_file(tmp_path))
    QApplication.processEvents()
    view = w.map_view
    view.viewport().repaint()
    conclusion = w.session.map.roots()[0]
    # the conclusion is on screen while the evaluation is still running, and the user is told
    assert view.visible_rect().intersects(view.map_scene.claims[conclusion.id].sceneBoundingRect())
    assert w.evaluation_ui.controller.overlay is None
    assert w.evaluation_ui.hints.count.text() == EVALUATING
    qtbot.waitUntil(lambda: "Evaluation ready" in _status(w), timeout=WAIT_MS)
    assert [s for s in said if s.startswith("Evaluati")] == ["Evaluating 5,500 claims…", "Evaluation ready (5,500 claims)"]
    overlay = w.evaluation_ui.controller.overlay
    assert overlay is not None and conclusion.id in overlay.badges
    assert w.evaluation_ui.hints.count.text() != EVALUATING
    # the outline lists the map, conclusion first
    qtbot.waitUntil(lambda: not w.outline.filling, timeout=WAIT_MS)
    assert w.outline.lazy and w.outline.topLevelItemCount() > 0  # rows made as they are opened
    top = w.outline.topLevelItem(0)
    assert top is not None and conclusion.text in top.text(0)


def test_an_edit_while_evaluating_is_not_lost(main_window: MainWindow, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    w = main_window
    assert w.files.open_path(_big_file(tmp_path))
    view = w.map_view
    view.viewport().repaint()
    qtbot.waitUntil(lambda: w.evaluation_ui.controller._running is not None, timeout=WAIT_MS)
    gone = w.session.map.claims[-1].id
    op = edits.remove(w.session.map, [gone])
    assert op is not None
    w.session.push(op)
    qtbot.waitUntil(lambda: "Evaluation ready" in _status(w), timeout=WAIT_MS)
    overlay = w.evaluation_ui.controller.overlay
    assert overlay is not None
    assert gone not in overlay.badges  # the result of the map as it was was dropped
    assert overlay.badges == evaluate(w.session.map, set()).badges  # the map as it is now


def test_opening_a_small_map_while_a_big_one_is_evaluated(main_window: MainWindow, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    w = main_window
    assert w.files.open_path(_big_file(tmp_path))
    w.map_view.viewport().repaint()
    qtbot.waitUntil(lambda: w.evaluation_ui.controller._running is not None, timeout=WAIT_MS)
    assert w.files.open_path(seed(SAMPLE_MAP))
    overlay = w.evaluation_ui.controller.overlay
    assert overlay is not None  # a small map is evaluated at once, as always
    assert set(overlay.badges) >= {c.id for c in w.session.map.claims}
    qtbot.waitUntil(lambda: w.evaluation_ui.controller._running is None, timeout=WAIT_MS)
    assert not w.evaluation_ui.controller.busy
    late = w.evaluation_ui.controller.overlay
    assert late is not None and late.badges == overlay.badges  # the big map's late result was dropped
    assert w.evaluation_ui.hints.count.text() != EVALUATING


def test_a_click_works_while_the_map_is_evaluated(main_window: MainWindow, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    w = main_window
    assert w.files.open_path(_big_file(tmp_path))
    view = w.map_view
    view.viewport().repaint()
    switch = sys.getswitchinterval()
    qtbot.waitUntil(lambda: w.evaluation_ui.controller._running is not None, timeout=WAIT_MS)
    assert sys.getswitchinterval() == min(WORKER_SWITCH_S, switch)  # the window gets the lock back soon
    conclusion = w.session.map.roots()[0].id
    box = view.map_scene.claims[conclusion].sceneBoundingRect()
    at = view.mapFromScene(box.center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert w.selection.ids == [conclusion]  # handled at once, the worker notwithstanding
    qtbot.waitUntil(lambda: not w.evaluation_ui.controller.busy, timeout=WAIT_MS)
    assert w.selection.ids == [conclusion]
    assert sys.getswitchinterval() == switch  # put back once no worker runs
