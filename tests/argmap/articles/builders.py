"""Builders of article files for the loader tests: HTML, PDF and Word versions of the seed article."""

from __future__ import annotations

import html
from pathlib import Path

import docx
from fpdf import FPDF

from tests.conftest import SAMPLE_ARTICLE

TITLE = "Zuckerberg on open source AI shift"
READ_ALSO = ("ANOTHER MUST-READ ON ICN.LIVE:", "Bank of Korea creates crypto asset division")
"""Lines of the seed that are a "read also" box on the original page, not the article."""

BOILERPLATE = (
    "Crypto news",
    "Subscribe to our newsletter",
    "Trade crypto with zero fees",
    "NAVMARKER",
    "SCRIPTMARKER",
    "Related articles",
    "Ethereum price hits new high",
    "All rights reserved",
    "Cookie policy",
    *READ_ALSO,
)


def seed_paragraphs() -> list[str]:
    """The seed article's paragraphs without its "read also" box."""
    lines = SAMPLE_ARTICLE.read_text(encoding="utf-8").split("\n")
    return [line.strip() for line in lines if line.strip() and not line.startswith(READ_ALSO)]


def sentences(paragraphs: list[str]) -> list[str]:
    """Every sentence of the paragraphs, split at '. ', '? ' and '! '."""
    out: list[str] = []
    for p in paragraphs:
        for part in p.replace("? ", "?\n").replace("! ", "!\n").replace(". ", ".\n").split("\n"):
            if part.strip():
                out.append(part.strip())
    return out


def assert_in_order(text: str, parts: list[str]) -> None:
    """Each part occurs in `text`, each after the previous one."""
    pos = 0
    for part in parts:
        found = text.find(part, pos)
        assert found >= 0, f"missing or out of order: {part!r}"
        pos = found + len(part)


def _is_heading(p: str) -> bool:
    return len(p) < 80 and not p.endswith(".")


def write_html(path: Path) -> Path:
    """A saved news page: navigation, ads, scripts, a "read also" box and a footer around the seed article."""
    body: list[str] = []
    for p in seed_paragraphs():
        tag = "h2" if _is_heading(p) else "p"
        body.append(f"<{tag}>{html.escape(p)}</{tag}>")
        if p.startswith("By offering open models"):
            body.append(
                f'<aside class="read-also"><h4>{READ_ALSO[0]}</h4><a href="/bank">'
                f"{READ_ALSO[1]} to lead stablecoin strategy</a></aside>"
            )
    path.write_text(
        f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{TITLE} | ICN.LIVE</title>
<meta property="og:title" content="{TITLE}">
<meta name="author" content="Jane Reporter">
<link rel="stylesheet" href="https://cdn.example.com/style.css">
<script src="https://ads.example.com/tracker.js"></script>
<script>var marker = "SCRIPTMARKER";</script>
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/crypto">Crypto news</a></li>
<li><a href="/subscribe">Subscribe to our newsletter</a></li></ul></nav></header>
<div class="ad-banner"><img src="https://ads.example.com/b.png" alt="NAVMARKER">
Advertisement: Trade crypto with zero fees today</div>
<main><article><h1>{TITLE}</h1><p class="byline">By Jane Reporter</p>
{"".join(body)}
</article>
<section class="related"><h3>Related articles</h3><ul>
<li><a href="/x">Ethereum price hits new high as ETF inflows surge</a></li></ul></section></main>
<footer><p>Copyright 2025 ICN.LIVE. All rights reserved.</p><p>Cookie policy | Privacy</p></footer>
</body></html>""",
        encoding="utf-8",
    )
    return path


class _HandoutPDF(FPDF):
    def header(self) -> None:
        self.set_font("helvetica", size=8)
        self.cell(0, 8, "ICN Weekly - Technology section", align="C")
        self.ln(12)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("helvetica", size=8)
        self.cell(0, 10, f"Page {self.page_no()}", align="C")


def write_pdf(path: Path, *, title: str = TITLE, paragraphs: list[str] | None = None) -> Path:
    """A handout on A5 pages (three or more): running header, page numbers, the paragraphs."""
    pdf = _HandoutPDF(format=(148, 210))  # A5 in mm
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_title(title)
    pdf.add_page()
    for p in seed_paragraphs() if paragraphs is None else paragraphs:
        if _is_heading(p):
            pdf.set_font("helvetica", style="B", size=13)
        else:
            pdf.set_font("helvetica", size=14)
        pdf.multi_cell(0, 7, p)
        pdf.ln(3)
    pdf.output(str(path))
    return path


def write_scanned_pdf(path: Path) -> Path:
    """A PDF whose pages only hold drawings, as a scan without OCR does."""
    pdf = FPDF()
    for _ in range(2):
        pdf.add_page()
        pdf.rect(20, 20, 100, 150, style="F")
    pdf.output(str(path))
    return path


def write_docx(path: Path) -> Path:
    """A Word document: Title paragraph, headings, body paragraphs, a bullet list, a table, a page header."""
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "ICN Weekly CONFIDENTIAL"
    d.add_paragraph(TITLE, style="Title")
    for p in seed_paragraphs():
        if _is_heading(p):
            d.add_heading(p, level=1)
        else:
            d.add_paragraph(p)
    d.add_paragraph("Open models are audited by many.", style="List Bullet")
    d.add_paragraph("Closed models are audited by few.", style="List Bullet")
    d.add_paragraph("Publish the weights.", style="List Number")
    d.add_paragraph("Invite the audits.", style="List Number")
    table = d.add_table(rows=2, cols=2)
    for r, row in enumerate((("Model", "Licence"), ("Llama 3.5", "open weights"))):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    d.save(str(path))
    return path


def write_two_column_pdf(path: Path) -> Path:
    """The seed article set in two columns on one page, as journals and handouts do."""
    pdf = FPDF()
    pdf.core_fonts_encoding = "windows-1252"
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    with pdf.text_columns(ncols=2, gutter=8) as cols:
        for p in seed_paragraphs():
            cols.write(p)
            cols.ln()
            cols.ln()
    pdf.output(str(path))
    return path
