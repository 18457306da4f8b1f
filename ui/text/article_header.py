"""The line above the article text: who wrote it and when, as its file said; never part of the text itself."""

from __future__ import annotations

import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTextEdit

from argmap.model import Article

_PADDING = 16
"""Matches the article document's margin, so the line sits over the text's left edge."""


def byline(article: Article | None) -> str:
    """The article's author and date in words ("By Ada Lovelace · 5 March 2024"), or "" when neither is known."""
    if article is None:
        return ""
    parts: list[str] = []
    if article.author:
        parts.append(f"By {article.author}")
    if article.date:
        parts.append(_in_words(article.date))
    return " · ".join(parts)


def _in_words(date: str) -> str:
    try:
        day = datetime.date.fromisoformat(date)
    except ValueError:
        return date
    return f"{day.day} {day.strftime('%B')} {day.year}"


class ArticleHeader(QLabel):
    """A quiet line in the article pane's top margin; the pane's text and its offsets are untouched."""

    def __init__(self, pane: QTextEdit) -> None:
        super().__init__(pane)
        self._pane = pane
        self.setObjectName("articleByline")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # On the text's own background, indented like the text: it reads as the article's first line.
        self.setStyleSheet(
            f"#articleByline {{ padding: {_PADDING // 2}px {_PADDING}px 0px {_PADDING}px;"
            " background: palette(base); color: palette(text); font-style: italic; }"
        )
        self.setAccessibleName("Article author and date")
        self.hide()

    def show_article(self, article: Article | None) -> None:
        """Show the article's author and date, or nothing (and no margin) when it has neither."""
        text = byline(article)
        self.setText(text)
        self.setToolTip(f"From the article's file{': ' + article.source if article and article.source else ''}")
        self.setVisible(bool(text))
        self.place()

    def place(self) -> None:
        """Fit the line to the pane's width and reserve its height above the text."""
        frame = self._pane.frameWidth()
        width = max(self._pane.width() - 2 * frame, 1)
        height = self.heightForWidth(width) if self.isVisibleTo(self._pane) else 0
        self._pane.setViewportMargins(0, height, 0, 0)
        self.setGeometry(frame, frame, width, height)
