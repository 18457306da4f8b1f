"""Tags panel: create, rename, recolour, delete, assign and filter, each one undo step."""

from __future__ import annotations

from tests.conftest import SAMPLE_MAP
from ui.shell.main_window import MainWindow


def test_tag_lifecycle_through_the_panel(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = main_window
    assert w.files.open_path(SAMPLE_MAP)
    t = w.tags
    w.selection.set(["c2", "c3"])
    w.prompter.text_answer = "evidence"  # type: ignore[attr-defined]
    t.create_tag()
    tag = w.session.map.tags[-1]
    assert tag.name == "evidence" and tag.color.lower() not in {"#56b4e9", "#e69f00", "#cc79a7"}
    assert not any(tag.id in c.tags for c in w.session.map.claims)  # New… only makes the tag
    assert t.current_tag() == tag.id
    assert w.actions_by_name["undo"].text() == "&Undo Add tag “evidence”"
    t.assign_button.click()  # Assign to selected: one more step
    assert tag.id in w.session.map.claim("c2").tags and tag.id in w.session.map.claim("c3").tags

    w.prompter.text_answer = "Evidence"  # type: ignore[attr-defined]
    t.rename_current()
    w.prompter.color_answer = "#000000"  # type: ignore[attr-defined]
    t.recolour_current()
    assert (w.session.map.tag(tag.id).name, w.session.map.tag(tag.id).color) == ("Evidence", "#000000")

    w.prompter.text_answer = "misuse risk"  # type: ignore[attr-defined]
    t.rename_current()
    assert "already a tag" in w.statusBar().currentMessage()

    w.prompter.confirm_answer = True  # type: ignore[attr-defined]
    t.delete_current()
    assert all(tag.id not in c.tags for c in w.session.map.claims)
    w.session.undo_stack.undo()
    assert tag.id in w.session.map.claim("c2").tags


def test_filter_by_tag_narrows_outline_and_article(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = main_window
    assert w.files.open_path(SAMPLE_MAP)
    everything = len(w.article.extraSelections())
    index = w.tags.filter.findData("t2")
    w.tags.filter.setCurrentIndex(index)
    tagged = {c.id for c in w.session.map.claims if "t2" in c.tags}
    assert tagged and len(w.article.extraSelections()) < everything
    w.tags.filter.setCurrentIndex(0)
    assert len(w.article.extraSelections()) == everything
