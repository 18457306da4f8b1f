"""Find is a non-modal bar: Ctrl+F opens it, Enter/F3 go to the next hit (fully in view), Esc closes and clears."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from argmap.paths import SAMPLE_MAP, seed
from ui.shell.main_window import MainWindow


def test_find_bar_from_the_keyboard(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = main_window
    assert w.files.open_path(seed(SAMPLE_MAP))
    view = w.map_view
    view.setFocus()  # Ctrl+F is a map shortcut (reaching it from anywhere is issue 12's)
    QApplication.processEvents()
    handle = w.windowHandle()
    qtbot.keyClick(handle, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = view.find_bar
    assert bar.isVisible() and bar.edit.hasFocus()
    assert QApplication.activeModalWidget() is None  # not a dialog: the map stays usable
    for ch in "models":
        qtbot.keyClick(handle, ch)
    hits = [c.id for c in w.session.map.claims if "models" in c.text.casefold()]
    assert len(hits) >= 3
    highlighted = {cid for cid, item in view.map_scene.claims.items() if item.highlighted}
    assert highlighted == set(hits)
    assert bar.count.text() == f"{len(hits)} found"
    seen = []
    for key in (Qt.Key.Key_Return, Qt.Key.Key_F3, Qt.Key.Key_Return):
        qtbot.keyClick(handle, key)
        [current] = view.selected_claims()
        seen.append(current)
        box = view.map_scene.claims[current].sceneBoundingRect()
        assert view.visible_rect().contains(box), current  # the hit is wholly in view
    assert len(set(seen)) == 3 and set(seen) <= set(hits)
    assert bar.isVisible()
    qtbot.keyClick(handle, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert not any(item.highlighted for item in view.map_scene.claims.values())
