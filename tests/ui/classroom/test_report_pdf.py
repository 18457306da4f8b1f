"""Feedback PDFs: `argmap grade ... --pdf-dir` goes through ui.main and writes one readable PDF per student."""

from __future__ import annotations

from pathlib import Path

import pypdf

from argmap.io.native import load, save
from argmap.model import Classroom
from argmap.ops import RemoveClaim
from ui.classroom.report_pdf import html_to_pdf
from ui.main import main

SEED = Path(__file__).resolve().parents[3] / "seeds" / "open-source-ai.argmap.json"


def test_grade_with_pdf_dir_writes_a_feedback_pdf_per_student(qapp, tmp_path, capsys):
    student = load(SEED)
    student.classroom = Classroom(student="Ada Lovelace")
    RemoveClaim("c6").apply(student)
    save(student, tmp_path / "ada.argmap.json", backup=False)
    out = tmp_path / "pdf"
    assert main(["grade", str(SEED), str(tmp_path / "ada.argmap.json"), "--pdf-dir", str(out)]) == 0
    assert "Ada Lovelace" in capsys.readouterr().out
    pdf = out / "ada.feedback.pdf"
    text = " ".join(pypdf.PdfReader(pdf).pages[0].extract_text().split())
    assert "Feedback for Ada Lovelace" in text
    assert "What you missed" in text
    assert "ecosystem-wide innovation" in text  # the missed claim c6, quoted from the article


def test_html_to_pdf_refuses_a_missing_folder_with_a_message(qapp, tmp_path):
    import pytest

    from argmap.io.errors import SaveError

    with pytest.raises(SaveError, match="missing or read-only"):
        html_to_pdf("<p>x</p>", tmp_path / "nope" / "x.pdf")
    assert not (tmp_path / "nope").exists()
