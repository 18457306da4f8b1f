"""A wide top-down map opens as it is, with an offer to show it left to right; taking it is one saved, undoable step."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication

from argmap.io.native import load, save
from argmap.model import Argument, ArgumentMap, Claim, Direction, Relation, Role
from argmap.paths import SAMPLE_MAP, seed
from tests.ui.window_fit import wait_fitted
from ui.map import style
from ui.map.first_view import FIT_MIN_PX
from ui.map.wide_map import FOLD_OFFER, OFFER
from ui.shell.main_window import MainWindow


def _open_wide(qtbot, w: MainWindow, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    wait_fitted(qtbot, w)
    w.resize(1366, 768)  # the school laptop: the sample (top-down) is much wider than the map pane
    path = tmp_path / "sample.argmap.json"
    shutil.copy(seed(SAMPLE_MAP), path)
    assert w.files.open_path(path)
    QApplication.processEvents()
    return path


def _bar_on_screen(w: MainWindow) -> QRect:
    bar = w.map_view.wide_bar
    return QRect(bar.mapTo(w, QPoint(0, 0)), bar.size())


def test_a_wide_map_is_offered_left_to_right_and_the_choice_is_saved(
    qtbot, main_window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    w = main_window
    path = _open_wide(qtbot, w, tmp_path)
    view, bar = w.map_view, w.map_view.wide_bar
    assert bar.isVisible() and bar.label.text() == OFFER
    assert QRect(view.viewport().mapTo(w, QPoint(0, 0)), view.viewport().size()).contains(_bar_on_screen(w))
    assert w.rect().contains(_bar_on_screen(w))
    assert not w.session.dirty  # opening never marks the map changed
    assert w.session.map.layout.direction == Direction.TOP_DOWN
    assert not view.visible_rect().contains(
        view.map_scene.map_rect()
    )  # top-down: only the readable fallback shows

    qtbot.mouseClick(bar.turn, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert not bar.isVisible()
    assert w.session.map.layout.direction == Direction.LEFT_RIGHT
    assert view.visible_rect().contains(view.map_scene.map_rect())  # left to right: the whole map, readable
    assert view.zoom() * style.text_px() >= FIT_MIN_PX
    assert w.session.dirty

    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # one undo step takes it back
    assert w.session.map.layout.direction == Direction.TOP_DOWN
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert w.session.map.layout.direction == Direction.LEFT_RIGHT
    assert w.files.save()
    assert load(path).layout.direction == Direction.LEFT_RIGHT  # saved with the map

    assert w.files.open_path(path)  # reopened left to right: nothing to offer
    QApplication.processEvents()
    assert w.session.map.layout.direction == Direction.LEFT_RIGHT
    assert not bar.isVisible()


def test_keep_leaves_the_map_and_the_file_alone(qtbot, main_window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    w = main_window
    path = _open_wide(qtbot, w, tmp_path)
    bar = w.map_view.wide_bar
    assert bar.isVisible()
    qtbot.mouseClick(bar.keep, Qt.MouseButton.LeftButton)
    w.resize(1360, 760)  # a re-fit does not bring the offer back
    QApplication.processEvents()
    assert not bar.isVisible()
    assert w.session.map.layout.direction == Direction.TOP_DOWN and not w.session.dirty
    assert load(path).layout.direction == Direction.TOP_DOWN


def test_at_1920x1080_the_sample_reads_whole_and_gets_no_offer(
    qtbot, main_window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The sample fits a full-HD window at about 70%: readable whole, so no bar; back at 1366x768 it is offered."""
    w = main_window
    wait_fitted(qtbot, w)
    w.resize(1920, 1080)
    QApplication.processEvents()
    assert (w.width(), w.height()) == (1920, 1080)
    assert w.files.open_path(seed(SAMPLE_MAP))
    QApplication.processEvents()
    view = w.map_view
    assert view.visible_rect().contains(view.map_scene.map_rect())  # the whole map shows ...
    assert view.zoom() * style.text_px() >= FIT_MIN_PX  # ... with wording big enough to read
    assert not view.wide_bar.isVisible()

    w.resize(1366, 768)  # the same map on the school laptop: only part of it reads
    QApplication.processEvents()
    assert not view.visible_rect().contains(view.map_scene.map_rect())
    assert view.wide_bar.isVisible() and w.rect().contains(_bar_on_screen(w))

    w.resize(1920, 1080)  # and the offer goes again when the window grows back
    QApplication.processEvents()
    assert not view.wide_bar.isVisible()


def _big_tree(path: Path) -> None:
    """A conclusion with six reasons and objections, each over a branch of 30 claims: its first layer spreads wide."""
    claims = [Claim(id="top", text="Schools should teach argument mapping.", role=Role.CONCLUSION)]
    args: list[Argument] = []
    for r in range(6):
        head = f"r{r}"
        claims.append(Claim(id=head, text=f"Reason number {r} about maps in class.", role=Role.PREMISE))
        args.append(
            Argument(
                id=f"a{head}",
                premises=[head],
                target="top",
                relation=Relation.SUPPORT if r % 2 else Relation.ATTACK,
            )
        )
        parents = [head]
        for k in range(30):
            cid = f"{head}-{k}"
            claims.append(Claim(id=cid, text=f"A detail {k} under reason {r}.", role=Role.PREMISE))
            args.append(
                Argument(id=f"a{cid}", premises=[cid], target=parents[k // 2], relation=Relation.SUPPORT)
            )
            parents.append(cid)
    save(ArgumentMap(title="Big debate", claims=claims, arguments=args), path, backup=False)


def _drawn_first_layer(w: MainWindow) -> list[str]:
    """First-layer claims whose boxes the window shows whole."""
    view = w.map_view
    shown = view.visible_rect()
    return [f"r{r}" for r in range(6) if shown.contains(view.map_scene.claims[f"r{r}"].sceneBoundingRect())]


def test_a_big_map_whose_first_layer_is_spread_out_is_offered_folded(
    qtbot, main_window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    w = main_window
    wait_fitted(qtbot, w)
    w.resize(1366, 768)
    path = tmp_path / "big.argmap.json"
    _big_tree(path)
    assert w.files.open_path(path)
    QApplication.processEvents()
    view, bar = w.map_view, w.map_view.wide_bar
    assert bar.isVisible() and bar.label.text() == FOLD_OFFER and not w.session.dirty
    before = _drawn_first_layer(w)

    qtbot.mouseClick(bar.turn, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert not (bar.isVisible() and bar.label.text() == FOLD_OFFER)
    drawn = {cid for cid, item in view.map_scene.claims.items() if item.isVisible()}
    assert drawn == {"top"} | {f"r{r}" for r in range(6)}  # the conclusion and its first layer, nothing else
    after = _drawn_first_layer(w)
    assert len(after) > len(before) and len(after) >= 3  # side by side now: more of the layer whole on screen
    assert view.visible_rect().contains(view.map_scene.claims["top"].sceneBoundingRect())
    assert view.zoom() * style.text_px() >= FIT_MIN_PX
    assert w.session.dirty  # a choice saved with the map, like any edit

    qtbot.keyClick(
        w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
    )  # one undo step opens every branch again
    QApplication.processEvents()
    assert w.session.map.layout.collapsed == []
    assert sum(item.isVisible() for item in view.map_scene.claims.values()) == 187
