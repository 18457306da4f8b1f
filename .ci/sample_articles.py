"""Write one small article in every format argmap imports (.txt .md .html .pdf .docx) into a folder."""

from __future__ import annotations

import sys
from pathlib import Path

import docx
from fpdf import FPDF

TITLE = "School starts too early"
PARAGRAPHS = (
    "Schools should start at nine. Teenagers sleep later than adults do.",
    "Critics say buses cost more. The district found the cost is small.",
)


def write_all(folder: Path) -> list[Path]:
    """Write the five articles; each one holds the sentence "Teenagers sleep later than adults do"."""
    folder.mkdir(parents=True, exist_ok=True)
    txt = folder / "article.txt"
    txt.write_text("\n\n".join(PARAGRAPHS) + "\n", encoding="utf-8")
    md = folder / "article.md"
    md.write_text(f"# {TITLE}\n\n" + "\n\n".join(PARAGRAPHS) + "\n", encoding="utf-8")
    html = folder / "article.html"
    body = "".join(f"<p>{p} It is one of the reasons given in this article.</p>" for p in PARAGRAPHS * 3)
    html.write_text(
        f"<html><head><title>{TITLE}</title></head><body><nav>Home | News</nav>"
        f"<article><h1>{TITLE}</h1>{body}</article></body></html>",
        encoding="utf-8",
    )
    pdf_path = folder / "article.pdf"
    pdf = FPDF()
    pdf.set_title(TITLE)
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    for p in PARAGRAPHS:
        pdf.multi_cell(0, 8, p)
        pdf.ln(6)
    pdf.output(str(pdf_path))
    word = folder / "article.docx"
    d = docx.Document()
    d.add_paragraph(TITLE, style="Title")
    for p in PARAGRAPHS:
        d.add_paragraph(p)
    d.save(str(word))
    return [txt, md, html, pdf_path, word]


if __name__ == "__main__":
    for path in write_all(Path(sys.argv[1])):
        print(path)
