"""Keep headings and answer labels on the same page as what follows them (Qt's page layout has no keep-with-next)."""

from __future__ import annotations

import math

from PySide6.QtGui import QPdfWriter, QTextBlock, QTextCursor, QTextDocument, QTextFormat

MAX_PASSES = 40
"""Each pass moves the first stranded heading to the next page; a page break reflows what follows."""


def is_label(block: QTextBlock) -> bool:
    """A heading (h1-h6), or a paragraph of one or two lines that opens in bold: a label of what follows."""
    if block.blockFormat().headingLevel() > 0:
        return True
    layout = block.layout()
    if not block.text().strip() or layout is None or not 1 <= layout.lineCount() <= 2:
        return False
    it = block.begin()
    return not it.atEnd() and it.fragment().charFormat().font().bold()


def _cell_of(block: QTextBlock) -> tuple[int, int, int]:
    """The frame (and table cell) a block sits in: a label keeps only with the next block of its own cell."""
    cursor = QTextCursor(block)
    table = cursor.currentTable()
    if table is None:
        return (id(cursor.currentFrame()), -1, -1)
    cell = table.cellAt(cursor)
    return (table.firstPosition(), cell.row(), cell.column())


def _source_dpi() -> tuple[int, int]:
    """The resolution QTextDocument.print_ lays an unpaginated document out at (Qt's default dpi)."""
    from PySide6.QtGui import QGuiApplication

    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return (100, 100)
    return (round(screen.logicalDotsPerInchX()), round(screen.logicalDotsPerInchY()))


def printed_copy(doc: QTextDocument, device: QPdfWriter) -> QTextDocument:
    """The document laid out as QTextDocument.print_ lays it out on `device` (a clone; 2 cm frame margins)."""
    copy = doc.clone()
    copy.documentLayout().setPaintDevice(device)
    dpi_x, dpi_y = _source_dpi()
    fmt = copy.rootFrame().frameFormat()
    fmt.setLeftMargin(int(2 / 2.54 * dpi_x))
    fmt.setRightMargin(int(2 / 2.54 * dpi_x))
    fmt.setTopMargin(int(2 / 2.54 * dpi_y))
    fmt.setBottomMargin(int(2 / 2.54 * dpi_y))
    copy.rootFrame().setFrameFormat(fmt)
    copy.setPageSize(device.pageLayout().paintRectPixels(device.resolution()).size())
    return copy


def stranded(doc: QTextDocument, bottom_margin: float) -> list[int]:
    """Numbers of the label blocks whose next block (in the same cell) starts on a later page, in order.

    `bottom_margin`: the page's foot margin in layout units; a line reaching into it is printed on the next page.
    """
    page = doc.pageSize().height()
    layout = doc.documentLayout()
    out: list[int] = []
    block = doc.firstBlock()
    while block.isValid():
        following = block.next()
        if following.isValid() and is_label(block) and _cell_of(block) == _cell_of(following):
            top = layout.blockBoundingRect(block).top()
            first_line = following.layout().lineAt(0) if following.layout().lineCount() else None
            line_bottom = layout.blockBoundingRect(following).top() + (
                first_line.height() if first_line else 0
            )
            next_page = math.ceil((line_bottom + bottom_margin) / page) - 1
            first_on_page = top - (top // page) * page < doc.rootFrame().frameFormat().topMargin() + 40
            if next_page > top // page and not first_on_page:
                out.append(block.blockNumber())
        block = following
    return out


def _first_of_run(doc: QTextDocument, number: int) -> int:
    """The first of the labels right before block `number` in its cell ("What you missed" then a claim): they move together."""
    block = doc.findBlockByNumber(number)
    before = block.previous()
    while before.isValid() and is_label(before) and _cell_of(before) == _cell_of(block):
        if before.blockFormat().pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
            return before.blockNumber()
        block, before = before, before.previous()
    return block.blockNumber()


def _break_before(doc: QTextDocument, number: int) -> None:
    block = doc.findBlockByNumber(number)
    fmt = block.blockFormat()
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    QTextCursor(block).setBlockFormat(fmt)


def keep_labels_with_next(doc: QTextDocument, device: QPdfWriter) -> int:
    """Put a page break before every heading or label that would end a page of `doc` printed on `device`; returns how many."""
    copy = printed_copy(doc, device)
    fmt = copy.rootFrame().frameFormat()
    bottom_margin = fmt.bottomMargin() * device.resolution() / _source_dpi()[1]
    moved = 0
    for _ in range(MAX_PASSES):
        found = stranded(copy, bottom_margin)
        if not found:
            break
        first = _first_of_run(copy, found[0])
        _break_before(copy, first)
        _break_before(doc, first)
        moved += 1
    return moved
