"""File > Compare with reference: both maps side by side, matched / missing / extra marked, report lines scored."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SAMPLE_MAP
from tests.ui.evaluation.maps import attacked_conclusion
from tests.ui.prompter import FakePrompter
from ui.shell.main_window import MainWindow

STUDENT = Path(__file__).parents[2] / "fixtures" / "evaluation" / "student-open-source-ai.argmap.json"
"""The sample map with c6 ("ecosystem-wide innovation") left out and an extra reason c20 added."""


def test_side_by_side_marks_and_scores(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = main_window
    assert w.files.open_path(STUDENT)
    assert "compare" in w.actions_by_name
    cmp = w.evaluation_ui.open_compare(SAMPLE_MAP)
    assert cmp is not None
    qtbot.addWidget(cmp)
    student_marks, reference_marks = cmp.marks()
    assert reference_marks["c6"] == "✗ missing"
    assert student_marks["c20"] == "+ extra"
    assert student_marks["c1"] == reference_marks["c1"] == "✓ matched"
    assert sum(v == "✓ matched" for v in reference_marks.values()) == 9
    assert cmp.summary.text() == "9 matched · 1 missing from your map · 1 extra in your map"
    lines = dict(cmp.lines())
    # by hand: units F1 with 9 of 10 on both sides = 0.9; attachment 8 of 9 links both ways = 0.889;
    # total = 0.2*1 + 0.3*0.9 + 0.15*1 + 0.25*0.889 + 0.1*1 = 0.942
    assert lines["Claims found"] == "90%"
    assert lines["Arrows"] == "89%"
    assert lines["Total"] == "94%"
    # a line about a missing claim selects it in the reference
    units = cmp.report.topLevelItem([t for t, _s in cmp.lines()].index("Claims found"))
    assert units is not None
    cmp._show_line(units)
    assert cmp.reference_view.selected_claims() == ["c6"]
    span = cmp.reference_view.session.map.claim("c6").spans[0]
    assert cmp.text.textCursor().selectedText() == span.quote  # the missing claim shown in the text
    assert (span.start, span.end) in cmp.text.marked["missing"]
    extra = w.session.map.claim("c20").spans[0]
    assert (extra.start, extra.end) in cmp.text.marked["extra"]
    # the open document is not touched
    assert not w.session.dirty


def test_a_map_of_another_article_is_refused_with_one_message(
    qtbot,  # type: ignore[no-untyped-def]
    main_window: MainWindow,
    prompter: FakePrompter,
) -> None:
    w = main_window
    w.load(attacked_conclusion(), None)
    assert w.evaluation_ui.open_compare(SAMPLE_MAP) is None
    assert len(prompter.errors) == 1
    assert "open-source-ai" in prompter.errors[0][1]


def test_a_map_of_the_markdown_copy_of_the_article_is_compared_not_refused(qtbot) -> None:  # type: ignore[no-untyped-def]
    from argmap.articles.loader import load_article
    from argmap.io.native import load
    from argmap.model import ArgumentMap, Claim, Role, Span
    from ui.compare.compare_window import CompareWindow

    article = load_article(Path(__file__).parents[2] / "fixtures" / "classroom" / "article.md")
    quote = "Open models, Zuckerberg argues, allow for global safety auditing."
    start = article.text.index(quote)
    student = ArgumentMap(
        article=article,
        claims=[
            Claim(
                id="s1",
                text=quote,
                spans=[Span.of(article.text, start, start + len(quote))],
                role=Role.PREMISE,
            )
        ],
    )
    cmp = CompareWindow(student, load(SAMPLE_MAP))
    qtbot.addWidget(cmp)
    assert cmp.marks()[0] == {"s1": "✓ matched"}
    assert "another copy of the same article: 1 of its 1 selection found again" in cmp.summary.text()
