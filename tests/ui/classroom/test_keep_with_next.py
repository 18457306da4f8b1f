"""PDFs never end a page with a heading or an answer label: it moves to the next page with what follows."""

from __future__ import annotations

from pathlib import Path

import pypdf

from argmap.io.native import load
from ui.classroom.handout_pdf import numbered_picture, write_handout, write_worksheet
from ui.classroom.report_pdf import html_to_pdf

SEED = Path(__file__).resolve().parents[3] / "seeds" / "open-source-ai.argmap.json"


def _pages(path: Path) -> list[str]:
    return [p.extract_text() or "" for p in pypdf.PdfReader(path).pages]


def _last_line(page: str) -> str:
    lines = [" ".join(ln.split()) for ln in page.splitlines()]
    lines = [ln for ln in lines if ln and not ln.isdigit()]  # not the page number
    return lines[-1] if lines else ""


def _stranded_reports(tmp_path: Path) -> int:
    """Feedback-like PDFs with ever more text before "What you missed"; how many end a page with a heading or label."""
    stranded = 0
    for n in range(24, 34):  # one of these lengths puts the heading on the last line of page 1
        filler = "".join(f"<p>Line {i} of the article.</p>" for i in range(n))
        html = (
            f"<h1>Feedback</h1>{filler}<h2>What you missed</h2>"
            "<p><b>Open models get safer faster.</b></p><p>Where the article says it.</p>"
        )
        path = tmp_path / f"r{n}.pdf"
        html_to_pdf(html, path)
        labels = ("What you missed", "Open models get safer faster.")
        stranded += any(_last_line(page) in labels for page in _pages(path)[:-1])
    return stranded


def test_a_heading_near_the_foot_of_a_page_moves_to_the_next_page(qapp, tmp_path):
    assert _stranded_reports(tmp_path) == 0


def test_without_keep_with_next_the_same_reports_strand_a_heading(qapp, tmp_path, monkeypatch):
    """The fixture really puts a heading at a page foot (Qt alone leaves it there)."""
    import ui.classroom.keep_with_next as keep

    monkeypatch.setattr(keep, "keep_labels_with_next", lambda doc, device: 0)
    assert _stranded_reports(tmp_path) > 0


def test_worksheet_answer_labels_keep_their_lines_and_headings_their_text(qapp, tmp_path):
    m = load(SEED)
    write_worksheet(m, tmp_path / "ws.pdf")
    pages = _pages(tmp_path / "ws.pdf")
    assert len(pages) >= 2
    for page in pages:
        after_label = page.rsplit("(paragraph", 1)[-1] if "(paragraph" in page else "____"
        assert "____" in after_label.split(")", 1)[-1] if ")" in after_label else "____" in after_label


def test_handout_pages_do_not_end_with_a_heading(qapp, tmp_path):
    m = load(SEED)
    write_handout(m, tmp_path / "ho.pdf", numbered_picture(m))
    for page in _pages(tmp_path / "ho.pdf")[:-1]:
        # ("The map" is followed by the picture, which has no text)
        assert _last_line(page) not in ("The article", "Numbered passages")
