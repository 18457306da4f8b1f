"""A big map's outline shows at once, makes rows as the reader opens them, and behaves as any other."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTreeWidgetItem

from argmap import edits
from argmap.model import ArgumentMap
from bench.maps import make_map
from tests.ui.outline.test_view import _shown
from ui.outline import OutlineView, Row, RowBuilder
from ui.outline.view import FIRST_ROWS, LAZY_CLAIMS

BIG = LAZY_CLAIMS + 300


def _open(qtbot, m: ArgumentMap) -> OutlineView:  # type: ignore[no-untyped-def]
    view = OutlineView()
    qtbot.addWidget(view)
    view.resize(360, 500)
    view.show()
    qtbot.waitExposed(view)
    view.set_map(m)
    assert view.filling and view.topLevelItemCount() == 0  # listed once the window has painted
    qtbot.waitUntil(lambda: not view.filling)
    return view


def _full(m: ArgumentMap) -> dict[tuple[str, ...], Row]:
    """Every row of the whole tree by its path (what a fully opened outline would show)."""
    out: dict[tuple[str, ...], Row] = {}

    def walk(row: Row, at: tuple[str, ...]) -> None:
        here = (*at, row.key)
        out[here] = row
        for child in row.children:
            walk(child, here)

    for top in RowBuilder(m, None).build():
        walk(top, ())
    return out


def _made(view: OutlineView) -> dict[tuple[str, ...], QTreeWidgetItem]:
    out: dict[tuple[str, ...], QTreeWidgetItem] = {}

    def walk(item: QTreeWidgetItem, at: tuple[str, ...]) -> None:
        here = (*at, str(item.data(0, Qt.ItemDataRole.UserRole)))
        out[here] = item
        for i in range(item.childCount()):
            child = item.child(i)
            assert child is not None
            walk(child, here)

    for i in range(view.topLevelItemCount()):
        top = view.topLevelItem(i)
        assert top is not None
        walk(top, ())
    return out


def test_a_big_outline_shows_its_top_at_once_and_rows_below_when_opened(qtbot) -> None:  # type: ignore[no-untyped-def]
    m = make_map(BIG, "dag", seed=3)
    view = _open(qtbot, m)
    assert view.lazy
    assert 10 < view.created <= FIRST_ROWS  # shown at once, without a row per claim
    full = _full(m)
    made = _made(view)
    for path, item in made.items():  # every made row reads as in the whole tree, at its place
        assert item.text(0) == full[path].text
        assert item.data(0, Qt.ItemDataRole.AccessibleTextRole) == full[path].spoken
    top = view.topLevelItem(0)
    assert top is not None and top.isExpanded()
    # a row whose rows are not made yet shows the opening arrow; Right opens it and makes them
    path, item = next((p, it) for p, it in made.items() if it.childCount() == 0 and full[p].children)
    assert item.childIndicatorPolicy() is QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator
    view.scrollToItem(item)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualItemRect(item).center())
    assert view.currentItem() is item
    QTest.keyClick(view.viewport(), Qt.Key.Key_Right)
    assert item.isExpanded()
    assert [item.child(i).text(0) for i in range(item.childCount())] == [r.text for r in full[path].children]  # type: ignore[union-attr]
    QTest.keyClick(view.viewport(), Qt.Key.Key_Down)
    assert view.currentItem() is item.child(0)
    assert view.selected_claims() == [full[path].children[0].key] or full[path].children[0].role == ""


def test_a_claim_selected_elsewhere_is_found_deep_in_a_big_outline(qtbot) -> None:  # type: ignore[no-untyped-def]
    m = make_map(BIG, "tree", seed=5)
    view = OutlineView()
    qtbot.addWidget(view)
    view.resize(360, 500)
    view.show()
    view.selection.set(["c3"])  # selected before it was listed: selected in it
    view.set_map(m)
    qtbot.waitUntil(lambda: not view.filling)
    assert view.selected_claims() == ["c3"]
    deepest = m.claims[-1].id
    assert deepest not in {p[-1] for p in _made(view)}
    created = view.created
    view.select_claims([deepest])  # as the canvas does when a box is clicked
    assert view.selected_claims() == [deepest]
    current = view.currentItem()
    assert current is not None and current.data(0, Qt.ItemDataRole.UserRole) == deepest
    assert view.viewport().rect().intersects(view.visualItemRect(current))  # scrolled to, on screen
    assert view.created - created < 300  # only the branch down to it was made
    # a user's click in the outline selects the claim for the other views
    claims = {c.id for c in m.claims}
    other = current.parent()
    while other is not None and other.data(0, Qt.ItemDataRole.UserRole) not in claims:
        other = other.parent()  # above a "together:" row: the claim the reasons are for
    assert other is not None
    view.scrollToItem(other)
    with qtbot.waitSignal(view.claimSelected) as blocker:
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualItemRect(other).center())
    assert blocker.args == [other.data(0, Qt.ItemDataRole.UserRole)]


def test_edits_undo_and_filter_on_a_big_outline_touch_only_the_rows_shown(qtbot) -> None:  # type: ignore[no-untyped-def]
    m = make_map(BIG, "tree", seed=7)
    view = _open(qtbot, m)
    before = _shown(view)
    shown = [p[-1] for p in _made(view)]
    leaf = shown[-1]
    created, changed = view.created, view.changed
    op = edits.set_wording(m, leaf, "A new wording.")
    assert op is not None
    undo = op.apply(m)
    view.set_map(m)
    assert view.created == created and view.changed - changed == 1
    assert any(text.endswith("A new wording.  (not in the article)") for _d, text, _s, _on in _shown(view))
    undo.apply(m)
    view.set_map(m)
    assert _shown(view) == before
    view.set_filter(set())  # a tag no claim has: no branch holds a shown claim
    assert view.topLevelItemCount() == 0
    view.set_filter({leaf})  # its branch is listed again, greyed above the tagged claim as Qt greys
    assert view.topLevelItemCount() == 1 and not any(on for _d, _t, _s, on in _shown(view))
    view.set_filter(None)
    assert _shown(view) == before


def test_the_big_outline_and_the_canvas_select_together(qtbot, main_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from argmap.io.native import save
    from tests.ui.window_fit import wait_fitted

    w = main_window
    wait_fitted(qtbot, w)
    w.resize(1366, 768)
    path = tmp_path / "big.argmap.json"
    save(make_map(BIG, "tree", seed=9), path, backup=False)
    assert w.files.open_path(path)
    QApplication.processEvents()
    qtbot.waitUntil(lambda: not w.outline.filling)
    w.registry.raise_dock("outline")
    view, outline = w.map_view, w.outline
    far = w.session.map.claims[-1].id  # deep in the tree: no row of it made yet
    view.select_claim(far)  # as Find does; then the user clicks its box as drawn
    box = view.map_scene.box_rect(far)
    assert box is not None
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(box.center()))
    assert w.selection.ids == [far]
    current = outline.currentItem()
    assert current is not None and current.data(0, Qt.ItemDataRole.UserRole) == far and current.isSelected()
    # and back: a click on its parent's row in the outline selects that claim on the canvas
    parent = current.parent()
    assert parent is not None
    outline.scrollToItem(parent)
    QTest.mouseClick(
        outline.viewport(), Qt.MouseButton.LeftButton, pos=outline.visualItemRect(parent).center()
    )
    chosen = str(parent.data(0, Qt.ItemDataRole.UserRole))
    assert view.selected_claims() == [chosen]


def test_a_filter_or_an_edit_while_a_big_map_is_being_listed_shows_once_it_is(qtbot) -> None:  # type: ignore[no-untyped-def]
    m = make_map(BIG, "tree", seed=11)
    view = OutlineView()
    qtbot.addWidget(view)
    view.show()
    view.set_map(m)
    view._list_first()  # the first step, as the timer runs it: the map is half indexed now
    assert view.filling and view._index is not None and view._index.steps is not None
    view.set_filter({"c1"})
    assert view.filling and view.topLevelItemCount() == 0
    op = edits.set_wording(m, "c1", "Reworded while listing.")
    assert op is not None
    op.apply(m)
    view.set_map(m)
    qtbot.waitUntil(lambda: not view.filling)
    texts = [text for _d, text, _s, on in _shown(view) if on]
    assert texts == [] or all("Reworded while listing." in t for t in texts)
    assert any("Reworded while listing." in text for _d, text, _s, _on in _shown(view))
