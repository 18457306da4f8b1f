"""File > Export for class and Export assignment: every file is written, read back, and looked at."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import docx
from pypdf import PdfReader

from argmap.classroom.assignment import REFERENCE_NOTICE, load_assignment
from tests.conftest import SAMPLE_MAP
from tests.ui.prompter import FakePrompter
from ui.classroom.assignment_dialog import AssignmentDialog
from ui.shell.main_window import MainWindow


def _open_sample(w: MainWindow, target: Path) -> None:
    assert w.files.open_path(SAMPLE_MAP)
    w.prompter.save_answer = target  # type: ignore[attr-defined]


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(str(path)).pages)


def test_essay_outline_to_markdown_and_word(main_window: MainWindow, tmp_path: Path) -> None:
    w = main_window
    _open_sample(w, tmp_path / "essay.md")
    w.actions_by_name["export_outline"].trigger()
    md = (tmp_path / "essay.md").read_text(encoding="utf-8")
    assert "## 1. Open source is the better path for AI." in md
    assert "- **Because** open models get safer faster." in md
    assert "**However,**" in md and "- **Therefore,** open source is the better path for AI." in md
    w.prompter.save_answer = tmp_path / "essay.docx"  # type: ignore[attr-defined]
    w.actions_by_name["export_outline"].trigger()
    texts = [p.text for p in docx.Document(str(tmp_path / "essay.docx")).paragraphs]
    assert "Because open models get safer faster." in texts
    assert texts[-1] == "Therefore, open source is the better path for AI."


def test_handout_pdf_has_numbered_article_and_the_map(main_window: MainWindow, tmp_path: Path) -> None:
    w = main_window
    _open_sample(w, tmp_path / "handout")
    w.actions_by_name["export_handout"].trigger()
    pdf = tmp_path / "handout.pdf"
    reader = PdfReader(str(pdf))
    text = _pdf_text(pdf)
    assert "[1]" in text and "[10]" in text and "Numbered passages" in text
    images = [img for page in reader.pages for img in page.images]
    assert images, "the map picture is missing from the handout"
    if shutil.which("gs"):  # look at it: the first page renders to a picture
        png = tmp_path / "page.png"
        subprocess.run(
            [
                "gs",
                "-q",
                "-dNOPAUSE",
                "-dBATCH",
                "-sDEVICE=png16m",
                "-r30",
                "-dLastPage=1",
                f"-sOutputFile={png}",
                str(pdf),
            ],
            check=True,
        )
        assert png.stat().st_size > 1000


def test_worksheet_pdf_has_blanks_and_the_article(main_window: MainWindow, tmp_path: Path) -> None:
    w = main_window
    _open_sample(w, tmp_path / "sheet.pdf")
    w.actions_by_name["export_worksheet"].trigger()
    text = _pdf_text(tmp_path / "sheet.pdf")
    assert "Main conclusion 1:" in text and "Because" in text
    assert "Zuckerberg" in text  # the article
    assert "Open models get safer faster" not in text.split("The argument", 1)[1]


def test_export_assignment_writes_both_copies_with_one_id(main_window: MainWindow, tmp_path: Path) -> None:
    w = main_window
    assert w.files.open_path(SAMPLE_MAP)
    checked: list[str] = []

    def fill_in(dialog: AssignmentDialog) -> bool:  # what the teacher does in the dialog
        assert dialog.notice.text() == REFERENCE_NOTICE
        # the article's title by default, never the map's (which states the main conclusion)
        checked.append(dialog.title_edit.text())
        dialog.path_edit.setText(str(tmp_path))
        dialog.title_edit.setText("Week 3")
        assert "Week 3 - teacher.argmap-assignment.json" in dialog.state.text()
        return True

    w.prompter.dialog = fill_in  # type: ignore[attr-defined]
    w.actions_by_name["export_assignment"].trigger()
    teacher = load_assignment(tmp_path / "Week 3 - teacher.argmap-assignment.json")
    students_path = tmp_path / "Week 3 - students.argmap-assignment.json"
    students = load_assignment(students_path)
    assert teacher.id == students.id and teacher.title == students.title == "Week 3"
    assert teacher.reference is not None and students.reference is None
    assert students.article == w.session.map.article
    raw = json.loads(students_path.read_text(encoding="utf-8"))
    assert "Mark Zuckerberg, who leads" not in json.dumps(raw)
    assert checked == [w.session.map.article.title]  # type: ignore[union-attr]


def test_exports_without_an_article_say_so(main_window: MainWindow, prompter: FakePrompter) -> None:
    assert main_window.classroom.export_handout() is None
    assert main_window.classroom.export_assignment() is None
    assert [t for t, _ in prompter.errors] == ["No article", "No article"]
