"""A tag can be put on a claim from the article: right-click its highlighted sentence."""

from __future__ import annotations

from argmap.paths import SAMPLE_MAP, seed
from ui.shell.main_window import MainWindow


def test_tag_from_the_article_context_menu(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = main_window
    assert w.files.open_path(seed(SAMPLE_MAP))
    claim = w.session.map.claim("c5")
    span = claim.spans[0]
    w.article.set_current_claim("c5")
    cursor = w.article._cursor(span.start + 3, span.start + 3)
    at = w.article.cursorRect(cursor).center()
    menu = w.article.context_menu(at)  # what a right-click there shows
    sub = next(a.menu() for a in menu.actions() if a.menu() is not None and a.text().startswith("Tag “"))
    tag = next(t for t in w.session.map.tags if t.id not in claim.tags)
    entry = next(a for a in sub.actions() if a.text() == tag.name)
    assert not entry.isChecked()
    entry.trigger()
    assert tag.id in w.session.map.claim("c5").tags
    w.session.undo_stack.undo()
    assert tag.id not in w.session.map.claim("c5").tags
