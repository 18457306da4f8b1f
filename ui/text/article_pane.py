"""The article pane: the read-only text, highlights per claim kind, click a span to select its claim."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QHelpEvent,
    QMouseEvent,
    QPalette,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QLabel, QMenu, QTextEdit, QToolTip, QWidget
from typing_extensions import override

from argmap import edits
from argmap.model import ArgumentMap
from ui.look.palette import mix, role_color, role_label
from ui.text.article_header import ArticleHeader
from ui.text.highlights import segments
from ui.text.offsets import Utf16Offsets

TINT = 0.28
"""How strongly a tagged span is tinted with its kind's colour."""
TINT_OVERLAP = 0.45
TINT_CURRENT = 0.62


NO_ARTICLE = (
    "No article yet. Use File > New from article… to open one (a text, Markdown, web page, "
    "PDF or Word file), or drop the file here."
)


class ArticlePane(QTextEdit):
    """Shows the map's article. Emits `claimClicked(id)` when a highlighted span is clicked."""

    claimClicked = Signal(str)
    tagToggled = Signal(str, str, bool)
    """(claim id, tag id, on): the student put a tag on a highlighted claim, or took it off (right-click)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setAccessibleName("Article")
        self.empty_note = QLabel(NO_ARTICLE, self.viewport())  # wraps, unlike a placeholder
        self.empty_note.setWordWrap(True)
        self.empty_note.setMargin(16)
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.document().setDocumentMargin(16)
        self._map: ArgumentMap | None = None
        self._text = ""
        self._offsets = Utf16Offsets("")
        self._current: str | None = None
        self._only: set[str] | None = None
        self.context_actions: list[QAction] = []
        """Actions added to the right-click menu (tagging), set by the main window."""
        self.header = ArticleHeader(self)
        """The article's author and date, above the text."""

    # --- content ------------------------------------------------------------

    def set_map(self, m: ArgumentMap) -> None:
        """Show this map's article (kept if unchanged) and its highlights."""
        self._map = m
        text = m.article.text if m.article is not None else ""
        self.header.show_article(m.article)
        if text != self._text or self.document().isEmpty() != (not text):
            self._text = text
            self._offsets = Utf16Offsets(text)
            self.setPlainText(text)
            self._space_lines()
        self._place_note()
        self.refresh()

    def _place_note(self) -> None:
        self.empty_note.setVisible(not self._text)
        self.empty_note.setGeometry(self.viewport().rect())

    def _space_lines(self) -> None:
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        fmt = QTextBlockFormat()
        fmt.setLineHeight(140, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        fmt.setBottomMargin(8)
        cursor.mergeBlockFormat(fmt)

    @override
    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        self.header.place()
        self._place_note()

    def set_font_size(self, points: int) -> None:
        """Reading size of the article text."""
        font = QFont(self.font())
        font.setPointSize(points)
        self.setFont(font)
        self.document().setDefaultFont(font)

    def centre_range(self, start: int, end: int) -> None:
        """Scroll so the text from `start` to `end` sits in the middle of the pane (its top if taller)."""
        top = self.cursorRect(self._cursor(start, start)).top()
        bottom = self.cursorRect(self._cursor(end, end)).bottom()
        height = self.viewport().height()
        middle = (top + bottom) / 2 if bottom - top < height else top + height / 2 - 8
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + round(middle - height / 2))

    def set_filter(self, claim_ids: set[str] | None) -> None:
        """Highlight only these claims (None: all)."""
        self._only = claim_ids
        self.refresh()

    def set_current_claim(self, claim_id: str | None, scroll: bool = True) -> None:
        """Emphasise one claim's spans and scroll to its first span."""
        self._current = claim_id
        self.refresh()
        if scroll and claim_id is not None and self._map is not None:
            try:
                spans = self._map.claim(claim_id).spans
            except KeyError:
                return
            valid = [sp for sp in spans if sp.end <= len(self._text)]
            if valid:
                for pos in (valid[0].end, valid[0].start):  # the whole span in view, caret at its start
                    self.setTextCursor(self._cursor(pos, pos))
                    self.ensureCursorVisible()
                self.centre_range(valid[0].start, valid[0].end)

    def refresh(self) -> None:
        """Recompute the highlights from the map."""
        if self._map is None:
            self.setExtraSelections([])
            return
        base = self.palette().color(QPalette.ColorRole.Base)
        ink = self.palette().color(QPalette.ColorRole.Text)
        selections: list[QTextEdit.ExtraSelection] = []
        claims = {c.id: c for c in self._map.claims}
        tags = {t.id: t.color for t in self._map.tags}
        for seg in segments(self._map, self._only):
            current = self._current is not None and self._current in seg.claims
            top = claims[self._current if current and self._current is not None else seg.claims[0]]
            amount = TINT_CURRENT if current else TINT_OVERLAP if len(seg.claims) > 1 else TINT
            fmt = QTextCharFormat()
            fmt.setBackground(mix(base, role_color(top.role), amount))
            fmt.setForeground(ink)
            if top.tags:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(QColor(tags.get(top.tags[0], "#888888")))
            elif len(seg.claims) > 1:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                fmt.setUnderlineColor(role_color(claims[seg.claims[1]].role))
            if current:  # ruled above and below: the selected claim stands out without colour alone
                fmt.setFontOverline(True)
                if not top.tags:
                    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                    fmt.setUnderlineColor(ink)
            sel = QTextEdit.ExtraSelection()
            sel.cursor = self._cursor(seg.start, seg.end)
            sel.format = fmt
            selections.append(sel)
        self.setExtraSelections(selections)

    # --- selection in code points --------------------------------------------

    def _cursor(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_qt(start))
        cursor.setPosition(self._offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def selected_range(self) -> tuple[int, int]:
        """The selection (or the caret) as code point offsets into the article text."""
        c = self.textCursor()
        return self._offsets.from_qt(c.selectionStart()), self._offsets.from_qt(c.selectionEnd())

    def select_range(self, start: int, end: int) -> None:
        """Select `[start, end)` in code points, as a reader dragging over the text would."""
        self.setTextCursor(self._cursor(start, end))

    def position_at(self, point: QPoint) -> int | None:
        """Code point offset of the character under a viewport point, or None off the text."""
        doc_point = point + QPoint(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        hit = self.document().documentLayout().hitTest(doc_point.toPointF(), Qt.HitTestAccuracy.ExactHit)
        return None if hit < 0 else self._offsets.from_qt(hit)

    # --- gestures -------------------------------------------------------------

    @override
    def changeEvent(self, e: QEvent) -> None:
        super().changeEvent(e)
        if e.type() == QEvent.Type.PaletteChange:
            self.refresh()  # tints are mixed with the theme's background

    @override
    def mouseReleaseEvent(self, e: QMouseEvent) -> None:
        super().mouseReleaseEvent(e)
        if e.button() != Qt.MouseButton.LeftButton:
            return
        start, end = self.selected_range()
        if start != end:
            s, t = edits.snap_to_words(self._text, start, end)
            if (s, t) != (start, end) and s != t:
                self.select_range(s, t)
            return
        pos = self.position_at(e.position().toPoint())
        if pos is not None and self._map is not None:
            hits = edits.claims_at(self._map, pos)
            if self._only is not None:
                hits = [h for h in hits if h in self._only]
            if hits:
                self.claimClicked.emit(hits[0])

    def context_menu(self, pos: QPoint) -> QMenu:
        """The right-click menu: the tagging actions first, then copy and select all."""
        menu = self.createStandardContextMenu(pos)
        self._add_tag_menu(menu, pos)
        if self.context_actions:
            first = menu.actions()[0] if menu.actions() else None
            for action in self.context_actions:
                menu.insertAction(first, action)  # type: ignore[arg-type]
            menu.insertSeparator(first)  # type: ignore[arg-type]
        return menu

    def _add_tag_menu(self, menu: QMenu, pos: QPoint) -> None:
        """On a highlighted sentence: a Tag submenu for its claim (checkable, one entry per tag)."""
        at = self.position_at(pos)
        if at is None or self._map is None or not self._map.tags:
            return
        hits = edits.claims_at(self._map, at)
        if not hits:
            return
        claim = self._map.claim(hits[0])
        short = claim.text if len(claim.text) <= 30 else claim.text[:30].rsplit(" ", 1)[0] + "…"
        sub = QMenu(f"Tag “{short}”", menu)
        for tag in self._map.tags:
            action = sub.addAction(tag.name)
            action.setCheckable(True)
            on = tag.id in claim.tags
            action.setChecked(on)
            action.triggered.connect(
                lambda _c=False, t=tag.id, now=on: self.tagToggled.emit(claim.id, t, not now)
            )
        first = menu.actions()[0] if menu.actions() else None
        menu.insertMenu(first, sub)  # type: ignore[arg-type]
        menu.insertSeparator(first)  # type: ignore[arg-type]

    @override
    def contextMenuEvent(self, e: QContextMenuEvent) -> None:
        menu = self.context_menu(e.pos())
        menu.exec(e.globalPos())
        menu.deleteLater()

    @override
    def viewportEvent(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent) and self._map is not None:
            pos = self.position_at(e.pos())
            hits = edits.claims_at(self._map, pos) if pos is not None else []
            if hits:
                lines = [f"{role_label(self._map.claim(h).role)}: {self._map.claim(h).text}" for h in hits]
                QToolTip.showText(e.globalPos(), "\n".join(lines), self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(e)
