"""A big map's outline is listed in slices after the window shows, and then behaves as any other."""

from __future__ import annotations

from argmap import edits
from bench.maps import make_map
from tests.ui.outline.test_view import _expected, _shown
from ui.outline import OutlineView
from ui.outline.view import SLICED_CLAIMS


def test_a_big_outline_fills_in_slices_and_shows_every_row(qtbot) -> None:  # type: ignore[no-untyped-def]
    m = make_map(SLICED_CLAIMS + 300, "dag", seed=3)
    view = OutlineView()
    qtbot.addWidget(view)
    view.show()
    view.selection.set(["c5"])
    view.set_map(m)
    assert view.filling and view.topLevelItemCount() == 0  # nothing made before the window's events run
    qtbot.waitUntil(lambda: not view.filling, timeout=60_000)
    assert _shown(view) == _expected(m, None)
    assert view.selected_claims() == ["c5"]  # what was selected when it opened is selected in it
    top = view.topLevelItem(0)
    assert top is not None and top.isExpanded()
    # after filling, an edit touches only the rows that differ
    created = view.created
    op = edits.set_wording(m, "c7", "A new wording.")
    assert op is not None
    op.apply(m)
    view.set_map(m)
    assert not view.filling
    assert view.created == created
    assert _shown(view) == _expected(m, None)
