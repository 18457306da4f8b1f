"""The outline reads the map as a tree a screen reader can follow, and stays in sync with edits."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem

from argmap import edits
from argmap.io.native import load
from argmap.model import Relation
from tests.conftest import SAMPLE_MAP
from ui.outline import OutlineView


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
    assert any(text.startswith("− undercut:") for _d, text in rows)
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
    edits.remove_claims(["c1"]).apply(m)
    view.set_map(m)
    assert not any("better path" in text for _d, text in _all(view))
    assert view.selected_claims() == ["c2"]
    edits.connect(m, ["c3"], "c2", Relation.ATTACK).apply(m)
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
