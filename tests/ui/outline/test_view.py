"""The outline reads the map as a tree a screen reader can follow, and stays in sync with edits."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem

from argmap import edits
from argmap.io.native import load
from argmap.model import ArgumentMap, Relation, Role
from argmap.ops import Op
from bench.maps import make_map
from tests.conftest import SAMPLE_MAP
from ui.outline import OutlineView, Row, RowBuilder


def _rows(item: QTreeWidgetItem, depth: int = 0) -> list[tuple[int, str]]:
    out = [(depth, item.text(0))]
    for i in range(item.childCount()):
        child = item.child(i)
        if child is not None:
            out += _rows(child, depth + 1)
    return out


def _all(view: OutlineView) -> list[tuple[int, str]]:
    rows: list[tuple[int, str]] = []
    for i in range(view.topLevelItemCount()):
        top = view.topLevelItem(i)
        if top is not None:
            rows += _rows(top)
    return rows


def test_sample_map_reads_as_a_tree(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = OutlineView()
    qtbot.addWidget(view)
    m = load(SAMPLE_MAP)
    view.set_map(m)
    rows = _all(view)
    assert rows[0] == (0, "Conclusion: Open source is the better path for AI.")
    assert (1, "+ Premise: Open models get safer faster.") in rows
    assert any(text.startswith("− Objection:") for _d, text in rows)
    assert any(text.startswith("− questions whether this supports it:") for _d, text in rows)
    assert any(text == "+ together:" for _d, text in rows)
    top = view.topLevelItem(0)
    assert top is not None
    child = top.child(0)
    assert child is not None
    spoken = child.data(0, Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("supported because Premise:")


def test_edits_and_filter_update_the_tree_keeping_selection(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = OutlineView()
    qtbot.addWidget(view)
    m = load(SAMPLE_MAP)
    view.set_map(m)
    view.select_claims(["c2"])
    edits.remove(m, ["c1"]).apply(m)
    view.set_map(m)
    assert not any("better path" in text for _d, text in _all(view))
    assert view.selected_claims() == ["c2"]
    edits.connect_selected(m, ["c3", "c2"], Relation.ATTACK).apply(m)
    view.set_map(m)
    view.set_filter({"c3"})
    texts = [text for _d, text in _all(view)]
    assert texts[0].startswith("Premise: Open models get safer")
    assert all("Objection: Open models invite" not in t for t in texts)


def test_user_selection_emits_ids_in_click_order(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = OutlineView()
    qtbot.addWidget(view)
    view.set_map(load(SAMPLE_MAP))
    with qtbot.waitSignal(view.claimSelected) as blocker:
        top = view.topLevelItem(0)
        assert top is not None
        view.setCurrentItem(top)
    assert blocker.args == ["c1"]
    assert view.selected_claims() == ["c1"]


def _shown(view: OutlineView) -> list[tuple[int, str, str, bool]]:
    """Every row as a reader meets it: depth, text, spoken text, enabled."""
    out: list[tuple[int, str, str, bool]] = []

    def walk(item: QTreeWidgetItem, depth: int) -> None:
        out.append(
            (
                depth,
                item.text(0),
                str(item.data(0, Qt.ItemDataRole.AccessibleTextRole)),
                not item.isDisabled(),
            )
        )
        for i in range(item.childCount()):
            child = item.child(i)
            assert child is not None
            walk(child, depth + 1)

    for i in range(view.topLevelItemCount()):
        top = view.topLevelItem(i)
        assert top is not None
        walk(top, 0)
    return out


def _expected(m: ArgumentMap, only: set[str] | None) -> list[tuple[int, str, str, bool]]:
    """What a fresh outline shows (checked against real fresh outlines below), without making a widget."""
    out: list[tuple[int, str, str, bool]] = []

    def walk(row: Row, depth: int) -> None:
        out.append((depth, row.text, row.spoken, row.enabled))
        for child in row.children:
            walk(child, depth + 1)

    for top in RowBuilder(m, only).build():
        walk(top, 0)
    return out


def _fresh(qtbot, m: ArgumentMap, only: set[str] | None = None) -> OutlineView:  # type: ignore[no-untyped-def]
    view = OutlineView()
    qtbot.addWidget(view)
    view.set_filter(only)
    view.set_map(m)
    return view


def _random_op(m: ArgumentMap, rng: random.Random) -> Op | None:
    ids = [c.id for c in m.claims]
    pick = rng.randrange(5)
    if pick == 0:
        return edits.set_wording(m, rng.choice(ids), f"Reworded {rng.randrange(1000)}.")
    if pick == 1:
        return edits.set_role(m, rng.choice(ids), rng.choice(list(Role)))
    if pick == 2 and len(ids) > 3:
        return edits.remove(m, [rng.choice(ids)])
    a, b = rng.sample(ids, 2)
    try:
        return edits.connect_selected(m, [a, b], rng.choice(list(Relation)))
    except ValueError:
        return None


@pytest.mark.parametrize("seed", range(4))
def test_random_edits_and_undos_show_what_a_fresh_outline_shows(qtbot, seed: int) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(seed)
    m = make_map(60, "dag", seed=seed)
    only = {c.id for c in m.claims if rng.random() < 0.3} if seed % 2 else None
    view = _fresh(qtbot, m, only)
    undo: list[Op] = []
    for step in range(25):
        if step == 12:  # the reader picks another tag to filter by
            only = None if only else {c.id for c in m.claims if rng.random() < 0.3}
            view.set_filter(only)
        if undo and rng.random() < 0.35:
            undo.pop().apply(m)
        else:
            op = _random_op(m, rng)
            if op is None:
                continue
            undo.append(op.apply(m))
        view.set_map(m)
        assert _shown(view) == _expected(m, only)
        picked = rng.choice(m.claims).id
        view.select_claims([picked])
        rows_of_picked = [
            it for it in view.findItems("", Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive)
        ]
        rows_of_picked = [
            it
            for it in rows_of_picked
            if it.data(0, Qt.ItemDataRole.UserRole) == picked and not it.isDisabled()
        ]
        assert sorted(map(id, view.selectedItems())) == sorted(map(id, rows_of_picked))
    view.collapseItem(view.topLevelItem(0))
    while undo:
        undo.pop().apply(m)
    view.set_map(m)
    assert _shown(view) == _shown(_fresh(qtbot, m, only)) == _expected(m, only)
    top = view.topLevelItem(0)
    assert top is not None and not top.isExpanded()  # the reader's collapsed branch stays collapsed


def test_a_small_edit_on_a_big_map_touches_a_few_rows(qtbot) -> None:  # type: ignore[no-untyped-def]
    m = make_map(2000)
    view = _fresh(qtbot, m)
    assert view.created >= 2000
    leaf = m.claims[-1].id
    view.select_claims([leaf])
    for op in (
        edits.set_wording(m, leaf, "A new wording."),
        edits.connect_selected(m, [leaf, "c0"], Relation.ATTACK),
        edits.remove(m, [m.claims[-2].id]),
    ):
        assert op is not None
        created, changed = view.created, view.changed
        op.apply(m)
        view.set_map(m)
        assert view.created - created + view.changed - changed <= 5
        assert view.selected_claims() == [leaf]
    assert _shown(view) == _shown(_fresh(qtbot, m))


def test_rows_wrap_measuring_each_text_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _fresh(qtbot, make_map(200))
    view.resize(300, 400)
    view.show()
    qtbot.waitExposed(view)
    view.doItemsLayout()
    first = view.wrapping.measured
    assert first > 0
    view.scheduleDelayedItemsLayout()
    view.doItemsLayout()
    assert view.wrapping.measured == first
    top = view.topLevelItem(0)
    assert top is not None
    assert view.visualItemRect(top).height() > view.fontMetrics().height() * 2  # a long claim wraps
