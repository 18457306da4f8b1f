"""Details panel: every field edit is one undo step; spans can be added from the article and removed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from argmap.model import Role
from tests.conftest import SAMPLE_MAP
from ui.shell.main_window import MainWindow


def test_kind_note_tags_and_spans(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = main_window
    assert w.files.open_path(SAMPLE_MAP)
    w.selection.select("c2")
    d = w.details
    assert d.wording.toPlainText() == "Open models get safer faster."
    assert not d.form.isHidden()

    d.kind.setCurrentIndex(2)
    d.kind.activated.emit(2)
    assert w.session.map.claim("c2").role is Role.OBJECTION

    d.note.setPlainText("checked with the video")
    d.note.commit()
    assert w.session.map.claim("c2").note == "checked with the video"

    item = d.tags.item(1)
    assert item is not None and item.text() == "misuse risk"
    item.setCheckState(Qt.CheckState.Checked)
    assert w.session.map.claim("c2").tags == ["t1", "t2"]

    text = w.session.map.article.text if w.session.map.article else ""
    start = text.index("Open models, Zuckerberg argues")
    w.article.select_range(start, start + 11)
    d.add_span_button.click()
    quotes = [sp.quote for sp in w.session.map.claim("c2").spans]
    assert "Open models" in quotes and len(quotes) == 2
    d.spans.setCurrentRow(0)
    d.remove_span_button.click()
    assert len(w.session.map.claim("c2").spans) == 1

    stack = w.session.undo_stack
    assert stack.count() == 5  # kind, note, tag, add span, remove span: one step each
    while stack.canUndo():
        stack.undo()
    assert w.session.map.claim("c2").role is Role.PREMISE
    assert d.note.toPlainText() == ""


def test_empty_wording_is_refused_and_restored(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = main_window
    assert w.files.open_path(SAMPLE_MAP)
    w.selection.select("c2")
    w.details.wording.setPlainText("   ")
    w.details.wording.commit()
    assert w.session.map.claim("c2").text == "Open models get safer faster."
    assert w.details.wording.toPlainText() == "Open models get safer faster."
    assert "needs some wording" in w.statusBar().currentMessage()
