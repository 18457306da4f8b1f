"""The document reports every refused edit on one signal and changes nothing; the selection follows the map."""

from __future__ import annotations

from argmap import edits
from argmap.io.native import load
from argmap.model import Relation
from tests.conftest import SAMPLE_MAP
from ui.document.document import Document
from ui.document.selection import Selection


def test_a_refused_edit_is_reported_once_and_changes_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    doc = Document(load(SAMPLE_MAP))
    before = doc.map.model_dump()
    with qtbot.waitSignal(doc.refused) as refused:
        assert not doc.edit(lambda m: edits.connect_selected(m, ["c1"], Relation.SUPPORT))
    assert refused.args == ["Select two claims: first the reason, then (Ctrl+click) the claim it is about"]
    with qtbot.waitSignal(doc.refused) as refused:
        assert not doc.edit(lambda m: edits.remove(m, ["gone"]))
    assert refused.args == ["That claim is no longer in the map"]
    assert doc.map.model_dump() == before and doc.undo_stack.count() == 0
    assert doc.edit(lambda m: edits.connect_selected(m, ["c2", "c1"], Relation.ATTACK))
    assert doc.undo_stack.undoText() == "Turn into objection"


def test_selection_keeps_order_and_drops_what_the_map_lost(qtbot) -> None:  # type: ignore[no-untyped-def]
    m = load(SAMPLE_MAP)
    sel = Selection()
    with qtbot.waitSignal(sel.changed):
        sel.set(["c3", "a1", "c2"])
    assert (sel.ids, sel.current) == (["c3", "a1", "c2"], "c2")
    assert sel.claims(m) == ["c3", "c2"] and sel.reasons(m) == ["a1"]
    with qtbot.assertNotEmitted(sel.changed):
        sel.set(["c3", "a1", "c2"])  # the same selection: views that follow never loop
    edits.remove(m, ["c2"]).apply(m)
    sel.prune(m)
    assert (sel.ids, sel.current) == (["c3"], None)
