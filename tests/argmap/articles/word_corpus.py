"""Word files of the regression corpus, written as raw WordprocessingML inside python-docx's own package."""

from __future__ import annotations

import io
import re
import zipfile
from html import escape

import docx

from tests.argmap.articles.corpus import Case, reference

_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'mc:Ignorable="wps"'
)


def p(text: str, style: str = "") -> str:
    """A paragraph of one run."""
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def table(rows: list[list[str]]) -> str:
    """A table whose cells hold XML blocks (paragraphs, tables)."""
    body = "".join("<w:tr>" + "".join(f"<w:tc>{cell}</w:tc>" for cell in row) + "</w:tr>" for row in rows)
    return f"<w:tbl><w:tblPr/>{body}</w:tbl>"


def content_control(blocks: str) -> str:
    return f'<w:sdt><w:sdtPr><w:alias w:val="Box"/></w:sdtPr><w:sdtContent>{blocks}</w:sdtContent></w:sdt>'


def text_box(paragraphs: list[str]) -> str:
    """A paragraph anchoring a text box, written as Word 2010 does (a shape, and VML as the fallback)."""
    inner = "".join(p(t) for t in paragraphs)
    return (
        '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f"<wps:wsp><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox>"
        "</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
    )


def vml_shape(text: str) -> str:
    """An older shape with text (VML only)."""
    return f"<w:p><w:r><w:pict><v:rect><v:textbox><w:txbxContent>{p(text)}</w:txbxContent></v:textbox></v:rect></w:pict></w:r></w:p>"


def equation_paragraph(before: str, after: str) -> str:
    return (
        f'<w:p><w:r><w:t xml:space="preserve">{escape(before)} </w:t></w:r>'
        "<m:oMath><m:r><m:t>E=m</m:t></m:r><m:sSup><m:e><m:r><m:t>c</m:t></m:r></m:e>"
        "<m:sup><m:r><m:t>2</m:t></m:r></m:sup></m:sSup></m:oMath>"
        f'<w:r><w:t xml:space="preserve"> {escape(after)}</w:t></w:r></w:p>'
    )


def chart_paragraph() -> str:
    return (
        "<w:p><w:r><w:drawing><wp:inline><a:graphic>"
        '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
        '<c:chart r:id="rId99"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>'
    )


def docx_bytes(body: str, *, strict: bool = False) -> bytes:
    """A .docx package from python-docx's template with `body` as its document body."""
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                data = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {_NS}><w:body>{body}</w:body></w:document>'.encode()
            if strict:
                data = re.sub(
                    rb"http://schemas\.openxmlformats\.org/wordprocessingml/2006/main",
                    b"http://purl.oclc.org/ooxml/wordprocessingml/main",
                    data,
                )
                data = data.replace(
                    b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
                    b"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
                )
            dst.writestr(item, data)
    return out.getvalue()


def word_cases() -> list[Case]:
    """Word files whose text python-docx alone loses: content controls, nested tables, text boxes, shapes, equations."""
    de, fr, es = (reference(n).split("\n") for n in ("german", "french", "spanish"))
    cases: list[Case] = []
    body = (
        p(fr[0])
        + content_control(table([[p("Argument"), p("Source")], [p(fr[1]), p("Le Monde")]]))
        + p(fr[2])
    )
    cases.append(
        Case(
            "content-control-table.docx",
            docx_bytes(body),
            "\n\n".join([fr[0], "Argument | Source", f"{fr[1]} | Le Monde", fr[2]]),
            "a table in a content control",
        )
    )
    inner = table([[p("Pro"), p(es[0])], [p("Contra"), p(es[1])]])
    body = p("Resumen") + table([[p("Tabla"), p("Notas") + inner]]) + p(es[2])
    cases.append(
        Case(
            "nested-table.docx",
            docx_bytes(body),
            "\n\n".join(["Resumen", "Tabla | Notas", f"Pro | {es[0]}", f"Contra | {es[1]}", es[2]]),
            "a table inside a table",
        )
    )
    body = p("Handout") + text_box([de[0], de[1]]) + vml_shape(de[2])
    cases.append(
        Case(
            "text-boxes.docx",
            docx_bytes(body),
            "\n\n".join(["Handout", de[0], de[1], de[2]]),
            "text boxes and shapes",
        )
    )
    body = equation_paragraph("Einstein wrote", "in 1905.") + chart_paragraph() + p(de[0])
    cases.append(
        Case(
            "equation-and-chart.docx",
            docx_bytes(body),
            "\n\n".join(["Einstein wrote [equation] in 1905.", de[0]]),
            "an equation and a chart",
        )
    )
    return cases
