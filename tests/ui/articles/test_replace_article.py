"""File > Replace article with new version: spans follow the text, lost ones are listed, one Undo goes back."""

from __future__ import annotations

from pathlib import Path

from argmap.io.native import load
from tests.conftest import SAMPLE_MAP
from tests.ui.prompter import FakePrompter
from ui.articles.reanchor_dialog import ReanchorReport, replace_article_dialog
from ui.shell.main_window import MainWindow


def _new_version(tmp_path: Path) -> tuple[Path, str]:
    """The sample article with a new first paragraph and one claim's passage removed; returns the removed quote."""
    m = load(SAMPLE_MAP)
    assert m.article is not None
    anchored = [c for c in m.claims if c.spans]
    removed = anchored[-1].spans[0].quote
    text = "Editor's note: this version corrects two details.\n\n" + m.article.text.replace(removed, "", 1)
    path = tmp_path / "corrected.txt"
    path.write_text(text, encoding="utf-8")
    return path, removed


def test_replacing_the_article_moves_spans_and_lists_the_lost_one(
    main_window: MainWindow, tmp_path: Path
) -> None:
    w = main_window
    assert w.files.open_path(SAMPLE_MAP)
    before = load(SAMPLE_MAP)
    path, removed = _new_version(tmp_path)
    w.prompter.open_answer = path  # type: ignore[attr-defined]
    w.actions_by_name["replace_article"].trigger()
    report = w.findChild(ReanchorReport)
    assert isinstance(report, ReanchorReport) and report.isVisible()
    m = w.session.map
    assert m.article is not None and m.article.text.startswith("Editor's note")
    for claim in m.claims:
        for span in claim.spans:
            assert span.matches(m.article.text), f"span of {claim.id} does not stand on its quote"
    lost = [report.lost.item(i).text() for i in range(report.lost.count())]
    assert len(lost) == 1 and " ".join(removed.split())[:40] in lost[0]
    assert "1 could not be found" in report.summary.text()
    assert sum(len(c.spans) for c in m.claims) == sum(len(c.spans) for c in before.claims) - 1
    assert w.session.dirty
    w.session.undo_stack.undo()  # one step restores the old article and every span
    assert w.session.map.article == before.article
    assert [c.spans for c in w.session.map.claims] == [c.spans for c in before.claims]
    assert not w.session.dirty


def test_an_unreadable_new_version_changes_nothing(
    main_window: MainWindow, tmp_path: Path, prompter: FakePrompter
) -> None:
    w = main_window
    assert w.files.open_path(SAMPLE_MAP)
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"not a pdf at all")
    w.prompter.open_answer = bad  # type: ignore[attr-defined]
    assert replace_article_dialog(w.ctx) is None
    assert [t for t, _ in prompter.errors] == ["Cannot replace the article"]
    assert "broken.pdf" in prompter.errors[0][1]
    assert not w.session.dirty
