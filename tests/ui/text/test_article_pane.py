"""The article pane: highlights land on the right characters (emoji included), clicks select claims."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette

from argmap.model import ArgumentMap, Article, Claim, Role, Span, Tag
from ui.look.palette import role_color
from ui.text.article_pane import ArticlePane

TEXT = "Emoji 😀 first. Open models get safer faster. 𝔸 they also improve through mass contributions."


def _map() -> ArgumentMap:
    start = TEXT.index("Open")
    end = TEXT.index("faster.") + len("faster.")
    inner = TEXT.index("safer")
    later = TEXT.index("they")
    return ArgumentMap(
        article=Article(text=TEXT),
        claims=[
            Claim(id="c1", text="x", role=Role.PREMISE, spans=[Span.of(TEXT, start, end)], tags=["t1"]),
            Claim(id="c2", text="y", role=Role.OBJECTION, spans=[Span.of(TEXT, inner, inner + 5)]),
            Claim(id="c3", text="z", role=Role.CONCLUSION, spans=[Span.of(TEXT, later, len(TEXT))]),
        ],
        tags=[Tag(id="t1", name="safety", color="#56B4E9")],
    )


def _pane(qtbot) -> ArticlePane:  # type: ignore[no-untyped-def]
    pane = ArticlePane()
    qtbot.addWidget(pane)
    pane.resize(700, 400)
    pane.show()
    qtbot.waitExposed(pane)
    pane.set_map(_map())
    return pane


def test_highlights_cover_exactly_the_quoted_text_after_emoji(qtbot) -> None:  # type: ignore[no-untyped-def]
    pane = _pane(qtbot)
    shown = [s.cursor.selectedText() for s in pane.extraSelections()]
    # c1 is cut by the overlapping c2 into three segments; c3 (after an astral 𝔸) is one.
    assert shown == ["Open models get ", "safer", " faster.", "they also improve through mass contributions."]


def test_overlap_is_darker_and_tag_colour_underlines(qtbot) -> None:  # type: ignore[no-untyped-def]
    pane = _pane(qtbot)
    kept = pane.extraSelections()  # the formats live as long as their selections
    sels = {s.cursor.selectedText(): s.format for s in kept}
    base = pane.palette().color(QPalette.ColorRole.Base)
    single = sels["Open models get "].background().color()
    overlap = sels["safer"].background().color()
    assert single != base and overlap != single
    assert abs(overlap.lightness() - base.lightness()) > abs(single.lightness() - base.lightness())
    assert sels["Open models get "].underlineColor() == QColor("#56B4E9")
    # the conclusion is tinted towards its own colour: more blue than red
    tint = sels["they also improve through mass contributions."].background().color()
    assert tint.blue() > tint.red() and role_color(Role.CONCLUSION).blue() > role_color(Role.CONCLUSION).red()


def test_selected_range_counts_code_points(qtbot) -> None:  # type: ignore[no-untyped-def]
    pane = _pane(qtbot)
    start = TEXT.index("they")
    pane.select_range(start, start + 4)
    assert pane.textCursor().selectedText() == "they"
    assert pane.selected_range() == (start, start + 4)


def test_current_claim_is_emphasised_and_scrolled_to(qtbot) -> None:  # type: ignore[no-untyped-def]
    pane = _pane(qtbot)
    before = {s.cursor.selectedText(): s.format.background().color() for s in pane.extraSelections()}
    pane.set_current_claim("c3")
    kept = pane.extraSelections()
    assert [s.format.fontOverline() for s in kept] == [False, False, False, True]
    after = {s.cursor.selectedText(): s.format.background().color() for s in pane.extraSelections()}
    key = "they also improve through mass contributions."
    assert after[key] != before[key]
    assert pane.textCursor().position() == TEXT.index("they") + 2  # caret at the span (2 astral chars before)
    assert not pane.textCursor().hasSelection()


def test_clicking_a_highlight_selects_the_innermost_claim(qtbot) -> None:  # type: ignore[no-untyped-def]
    pane = _pane(qtbot)
    cursor = pane.textCursor()
    cursor.setPosition(TEXT.index("safer") + 2 + 2)  # +1 for the emoji's second UTF-16 unit
    rect = pane.cursorRect(cursor)
    with qtbot.waitSignal(pane.claimClicked) as blocker:
        qtbot.mouseClick(
            pane.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center().x() + 2, rect.center().y())
        )
    assert blocker.args == ["c2"]


def test_filter_hides_other_claims(qtbot) -> None:  # type: ignore[no-untyped-def]
    pane = _pane(qtbot)
    pane.set_filter({"c3"})
    assert [s.cursor.selectedText() for s in pane.extraSelections()] == [
        "they also improve through mass contributions."
    ]


def _drag(pane: ArticlePane, start: int, end: int) -> None:
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent, QTextCursor
    from PySide6.QtWidgets import QApplication

    def point(pos: int) -> QPointF:
        c = QTextCursor(pane.document())
        c.setPosition(pos)
        r = pane.cursorRect(c)
        return QPointF(r.center().x() + 1, r.center().y())

    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    a, b = point(start), point(end)
    for kind, where, buttons in (
        (QEvent.Type.MouseButtonPress, a, left),
        (QEvent.Type.MouseMove, b, left),
        (QEvent.Type.MouseButtonRelease, b, Qt.MouseButton.NoButton),
    ):
        event = QMouseEvent(kind, where, pane.viewport().mapToGlobal(where), left, buttons, none)
        QApplication.sendEvent(pane.viewport(), event)


def test_dragging_over_half_words_snaps_to_whole_words(qtbot) -> None:  # type: ignore[no-untyped-def]
    pane = _pane(qtbot)
    start = TEXT.index("models") + 2 + 2  # Qt positions: the emoji counts twice
    end = TEXT.index("safer") + 2 + 2
    _drag(pane, start, end)
    assert pane.textCursor().selectedText() == "models get safer"


def test_right_click_menu_offers_tagging(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAction

    pane = _pane(qtbot)
    action = QAction("Tag as Premise", pane)
    pane.context_actions = [action]
    menu = pane.context_menu(QPoint(20, 20))
    texts = [a.text() for a in menu.actions()]
    assert texts[0] == "Tag as Premise" and any("Copy" in t for t in texts)
