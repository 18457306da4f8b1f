"""The box's right-click menu changes its kind and puts a tag on it (each one undo step)."""

from __future__ import annotations

from PySide6.QtCore import QPoint

from argmap.model import Role
from argmap.paths import SAMPLE_MAP, seed
from ui.map.actions import context_menu
from ui.shell.main_window import MainWindow


def _menu_for(w: MainWindow, claim_id: str):  # type: ignore[no-untyped-def]
    view = w.map_view
    item = view.map_scene.claims[claim_id]
    view.ensureVisible(item)
    at: QPoint = view.mapFromScene(item.sceneBoundingRect().center())
    return context_menu(view, view.itemAt(at))  # what a right-click at the box shows


def _entry(menu, text: str):  # type: ignore[no-untyped-def]
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


def test_kind_and_tag_from_the_box_menu(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = main_window
    assert w.files.open_path(seed(SAMPLE_MAP))
    menu = _menu_for(w, "c5")
    kinds = _entry(menu, "Kind").menu()
    assert [a.text() for a in kinds.actions() if a.isChecked()] == ["Premise"]
    _entry(kinds, "Objection").trigger()
    assert w.session.map.claim("c5").role is Role.OBJECTION
    assert w.map_view.map_scene.claims["c5"].claim.role is Role.OBJECTION  # the box shows it

    tag = w.session.map.tags[0]
    menu = _menu_for(w, "c5")
    tags = _entry(menu, "Tag").menu()
    _entry(tags, tag.name).trigger()
    assert tag.id in w.session.map.claim("c5").tags
    w.session.undo_stack.undo()
    assert tag.id not in w.session.map.claim("c5").tags
    w.session.undo_stack.undo()
    assert w.session.map.claim("c5").role is Role.PREMISE
