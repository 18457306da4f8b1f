"""Word .docx articles: paragraphs, headings, lists, tables, content controls and text boxes, read from the XML."""

from __future__ import annotations

import io
import zipfile
from collections import Counter
from typing import Any

import docx

from argmap.articles.extraction import Extracted, ExtractError, Report, join_paragraphs, no_report, one_line
from argmap.limits import LIMITS, human_bytes

_UNPACKED_LIMIT = 4 * LIMITS.article_file_bytes
"""Refuse a .docx whose parts unpack to more than this (a zip bomb)."""
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_STRICT = b"purl.oclc.org/ooxml/"
_STRICT_PROBLEM = (
    "is saved as Strict Open XML, which argmap cannot read: open it in Word and save it "
    "as a standard Word Document (.docx), then import that"
)
EQUATION = "[equation]"
"""What stands in the text for a Word equation."""
_SKIPPED = {
    f"{_W}{name}" for name in ("delText", "instrText", "delInstrText", "rPr", "pPr", "sdtPr", "tblPr")
}
_SKIPPED |= {f"{_W}{name}" for name in ("trPr", "tcPr", "sectPr", "footnoteReference", "endnoteReference")}
_UNSHOWN = {"chart": "chart", "relIds": "diagram", "OLEObject": "embedded object"}
"""Local names of drawings whose content cannot become text, and what to call them."""


def extract_docx(data: bytes, report: Report = no_report) -> Extracted:
    """The body of a .docx file; a paragraph styled Title (or the document's title property) is the title.

    Text in content controls, text boxes and shapes, nested tables and tracked
    insertions is read in document order; an equation becomes "[equation]". What
    cannot be shown (equations, charts, diagrams, embedded objects) is named in a warning.
    """
    _check_package(data)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as e:  # python-docx raises many kinds for a damaged package
        raise ExtractError(f"is not a readable Word document ({type(e).__name__}: {str(e)[:150]})") from None
    report(0.3)
    styles = {s.style_id: s.name or "" for s in document.styles}
    reader = _Reader(styles)
    reader.body(document.element.body)
    report(0.9)
    title = reader.title or one_line(document.core_properties.title or "")
    return Extracted(join_paragraphs(reader.paragraphs), title, warnings=reader.warnings())


class _Reader:
    """Walks the body's XML once, collecting paragraphs and counting what cannot be shown."""

    def __init__(self, styles: dict[str, str]) -> None:
        self.styles = styles
        self.paragraphs: list[str] = []
        self.title = ""
        self.unshown: Counter[str] = Counter()
        self.number = 0

    def body(self, element: Any) -> None:
        for child in _children(element):
            if child.tag == f"{_W}p":
                self._paragraph(child)
            elif child.tag == f"{_W}tbl":
                self.number = 0
                self.paragraphs.extend(self._table(child))
            elif child.tag not in _SKIPPED:
                self.body(child)  # content controls, custom XML, tracked insertions: their blocks

    def warnings(self) -> tuple[str, ...]:
        out: list[str] = []
        if self.unshown["equation"]:
            n = self.unshown["equation"]
            out.append(f"has {_count(n, 'equation')}, shown as {EQUATION} in the text")
        others = [_count(n, what) for what, n in sorted(self.unshown.items()) if what != "equation"]
        if others:
            out.append(f"has {', '.join(others)}, left out (argmap shows text only)")
        return tuple(out)

    def _paragraph(self, p: Any) -> None:
        boxes: list[Any] = []
        text = self._inline(p, boxes)
        style = self._style(p)
        if text.strip():
            if style == "Title" and not self.title and not self.paragraphs:
                self.title = one_line(text)
            else:
                self.number = self.number + 1 if style.startswith("List Number") else 0
                if self.number:
                    text = f"{self.number}. {text}"
                elif style.startswith("List Bullet"):
                    text = "• " + text
                self.paragraphs.append(text)
        for box in boxes:  # a text box's paragraphs follow the paragraph that anchors it
            self.body(box)

    def _style(self, p: Any) -> str:
        found = p.find(f"{_W}pPr/{_W}pStyle")
        style_id = found.get(f"{_W}val") if found is not None else None
        return self.styles.get(style_id or "", "Normal")

    def _inline(self, element: Any, boxes: list[Any]) -> str:
        parts: list[str] = []
        for child in _children(element):
            tag = child.tag
            if tag == f"{_W}t":
                parts.append(child.text or "")
            elif tag in (f"{_W}tab", f"{_W}br", f"{_W}cr"):
                parts.append(" ")
            elif tag == f"{_W}noBreakHyphen":
                parts.append("-")
            elif tag in (f"{_M}oMath", f"{_M}oMathPara"):
                parts.append(f" {EQUATION} ")
                self.unshown["equation"] += 1
            elif tag == f"{_W}txbxContent":
                boxes.append(child)
            elif tag in (f"{_W}p", f"{_W}tbl"):  # blocks where only inline content is expected
                boxes.append(_wrap(child))
            elif tag not in _SKIPPED:
                local = tag.rsplit("}", 1)[-1]
                if local in _UNSHOWN:
                    self.unshown[_UNSHOWN[local]] += 1
                parts.append(self._inline(child, boxes))
        return "".join(parts)

    def _table(self, table: Any) -> list[str]:
        rows: list[str] = []
        for tr in table.iter(f"{_W}tr"):
            if _owner_table(tr) is not table:
                continue
            cells: list[str] = []
            nested: list[str] = []
            for tc in tr.iter(f"{_W}tc"):
                if _owner_table(tc) is not table:
                    continue
                inner = _Reader(self.styles)
                inner.body(tc)
                self.unshown.update(inner.unshown)
                cell = inner.paragraphs
                if cell:
                    cells.append(one_line(cell[0]))
                    nested.extend(cell[1:])
            if cells:
                rows.append(" | ".join(cells))
            rows.extend(nested)
        return rows


def _children(element: Any) -> list[Any]:
    """Child elements, taking one branch of each markup-compatibility choice (the first)."""
    out: list[Any] = []
    for child in element:
        if not isinstance(child.tag, str):
            continue  # comments and processing instructions
        if child.tag == f"{_MC}AlternateContent":
            branches = [c for c in child if isinstance(c.tag, str)]
            if branches:
                out.extend(c for c in branches[0] if isinstance(c.tag, str))
        else:
            out.append(child)
    return out


def _owner_table(element: Any) -> Any:
    parent = element.getparent()
    while parent is not None and parent.tag != f"{_W}tbl":
        parent = parent.getparent()
    return parent


def _wrap(block: Any) -> Any:
    """A lone block as a container the body walker reads."""
    return [block]


def _count(n: int, what: str) -> str:
    return f"{n} {what}" if n == 1 else f"{n} {what}s"


def _check_package(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
            unpacked = sum(i.file_size for i in z.infolist())
            if unpacked > _UNPACKED_LIMIT:
                raise ExtractError(
                    f"unpacks to {human_bytes(unpacked)}, over the limit of {human_bytes(_UNPACKED_LIMIT)}"
                )
            parts = ("[Content_Types].xml", "_rels/.rels", "word/document.xml")
            heads = [z.open(name).read(4096) for name in parts if name in names]
    except ExtractError:
        raise
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError, RuntimeError):
        raise ExtractError("is not a Word .docx file (damaged, or another format renamed)") from None
    except Exception as e:  # zlib.error and friends from a damaged member
        raise ExtractError(f"is not a Word .docx file (damaged: {type(e).__name__})") from None
    if any(_STRICT in head for head in heads):
        raise ExtractError(_STRICT_PROBLEM)
    if "word/document.xml" not in names:
        raise ExtractError("is a zip file but not a Word .docx document")
