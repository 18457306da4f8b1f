"""The regression corpus of every failure class, imported the way a user imports it: file in, map saved and reopened."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from argmap.articles import import_article, load_article
from argmap.io.errors import LoadError
from argmap.io.native import load, save
from argmap.model import ArgumentMap
from tests.argmap.articles.corpus import Case, all_cases, reference
from tests.argmap.articles.word_corpus import docx_bytes, p

CASES = all_cases()


def _write(tmp_path: Path, case: Case) -> Path:
    path = tmp_path / case.name
    path.write_bytes(case.data)
    return path


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_corpus_file_gives_its_reference_text_and_saves(tmp_path: Path, case: Case) -> None:
    article = load_article(_write(tmp_path, case))
    assert article.text == case.reference, case.problem
    out = tmp_path / "map.argmap.json"
    save(ArgumentMap(title=article.title, article=article), out, backup=False)
    assert load(out).article == article


def test_lone_surrogate_becomes_a_placeholder_and_the_map_saves(tmp_path: Path) -> None:
    case = next(c for c in CASES if c.name == "lone-surrogate.pdf")
    imported = import_article(_write(tmp_path, case))
    assert "\ufffd" in imported.article.text
    assert any("no meaning" in w for w in imported.warnings)
    save(ArgumentMap(article=imported.article), tmp_path / "m.argmap.json", backup=False)


def test_text_that_looks_garbled_gets_a_warning(tmp_path: Path) -> None:
    case = next(c for c in CASES if c.name == "unmapped-glyphs.pdf")
    imported = import_article(_write(tmp_path, case))
    assert imported.article.text.count("\ufffd") == 3, "unmapped symbols stay visible as placeholders"
    assert imported.warnings == (
        "has 3 characters whose font gives no meaning, shown as \ufffd: check those places against the PDF",
    )


def test_a_garbled_text_layer_is_called_garbled(tmp_path: Path) -> None:
    from tests.argmap.articles.pdf_corpus import layout, pdf_bytes

    path = tmp_path / "garbled.pdf"
    path.write_bytes(pdf_bytes(layout(["\ue010\ue011\ue012 \ue013\ue014 " * 20 + "and some words"])))
    imported = import_article(path)
    assert "the text looks garbled" in imported.warnings[0] and "OCR" in imported.warnings[0]


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("book.pdf", "book"),
        ("hyphens-ligatures.pdf", "hyphens-ligatures"),
        ("symbol-bullets.pdf", "symbol-bullets"),
    ],
)
def test_junk_pdf_titles_give_way_to_the_file_name(tmp_path: Path, name: str, title: str) -> None:
    case = next(c for c in CASES if c.name == name)
    assert load_article(_write(tmp_path, case)).title == title


def test_word_equations_and_charts_are_named_in_warnings(tmp_path: Path) -> None:
    case = next(c for c in CASES if c.name == "equation-and-chart.docx")
    imported = import_article(_write(tmp_path, case))
    assert "[equation]" in imported.article.text
    assert imported.warnings == (
        "has 1 equation, shown as [equation] in the text",
        "has 1 chart, left out (argmap shows text only)",
    )


def test_strict_open_xml_is_told_to_save_as_standard_docx(tmp_path: Path) -> None:
    path = tmp_path / "strict.docx"
    path.write_bytes(docx_bytes(p("Some text."), strict=True))
    with pytest.raises(LoadError) as err:
        load_article(path)
    assert "Strict Open XML" in str(err.value) and "standard Word Document (.docx)" in str(err.value)
    assert "KeyError" not in str(err.value)


def test_html_author_and_date_are_kept_apart_and_survive_a_save(tmp_path: Path) -> None:
    case = next(c for c in CASES if c.name == "hungarian-1250.html")
    article = load_article(_write(tmp_path, case))
    assert (article.author, article.date) == ("Eva Kiss", "2024-03-05")
    assert "Eva Kiss" not in article.text and "admin" not in article.text
    out = tmp_path / "m.argmap.json"
    save(ArgumentMap(article=article), out, backup=False)
    reopened = load(out).article
    assert reopened is not None and (reopened.author, reopened.date) == ("Eva Kiss", "2024-03-05")


def test_placeholder_author_is_dropped(tmp_path: Path) -> None:
    case = next(c for c in CASES if c.name == "admin-author.html")
    assert load_article(_write(tmp_path, case)).author == ""


def test_stray_nuls_are_not_taken_for_a_binary_file(tmp_path: Path) -> None:
    case = next(c for c in CASES if c.name == "stray-nul.txt")
    assert load_article(_write(tmp_path, case)).text == reference("french")


def test_cli_import_prints_warnings_and_writes_the_map(tmp_path: Path) -> None:
    case = next(c for c in CASES if c.name == "equation-and-chart.docx")
    path = _write(tmp_path, case)
    out = tmp_path / "m.argmap.json"
    done = subprocess.run(
        [sys.executable, "-m", "argmap", "import", str(path), "-o", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "warning: equation-and-chart.docx: has 1 equation, shown as [equation] in the text" in done.stderr
    reopened = load(out).article
    assert reopened is not None and "[equation]" in reopened.text


def test_a_pdf_of_only_repeated_lines_keeps_its_text(tmp_path: Path) -> None:
    from tests.argmap.articles.pdf_corpus import Run, pdf_bytes

    path = tmp_path / "slides.pdf"
    path.write_bytes(pdf_bytes([[Run(72, 770, "Open models: for and against")] for _ in range(5)]))
    article = load_article(path)
    assert "Open models: for and against" in article.text, "a page is never emptied"


def test_running_lines_of_a_long_document_are_not_glued_into_paragraphs(tmp_path: Path) -> None:
    case = next(c for c in CASES if c.name == "book.pdf")
    text = load_article(_write(tmp_path, case)).text
    for running in ("Open Models: A Reader", "Chapter 1. Why open", "Chapter 4. Where next"):
        assert running not in text
    assert not any(line.strip().isdigit() for line in text.split("\n")), "no page numbers"
