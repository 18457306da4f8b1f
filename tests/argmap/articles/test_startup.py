"""Start-up cost of an import: plain text and Markdown never start a reader process, and the reader imports little."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from argmap.articles import loader
from tests.argmap.articles.corpus import reference


@pytest.mark.parametrize(
    ("name", "content"), [("a.txt", "Plain words.\n"), ("a.md", "# Head\n\nSome *words*.\n")]
)
def test_text_and_markdown_are_read_without_a_child_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, content: str
) -> None:
    started: list[str] = []
    monkeypatch.setattr(loader, "run_isolated", lambda extractor, *a, **k: started.append(extractor))
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert loader.load_article(path).text
    assert started == []


def _modules_after(code: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys\nprint(' '.join(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(done.stdout.split())


def test_the_reader_process_imports_only_what_its_extractor_needs() -> None:
    loaded = _modules_after("import argmap.articles.extract_worker, argmap.articles.pdf_text")
    assert "pypdf" in loaded
    heavy = {"pydantic", "argmap.model", "networkx", "PySide6", "trafilatura", "docx", "markdown_it"}
    assert not heavy & loaded, "the PDF reader process loads only pypdf and the text rules"


def test_a_utf8_text_file_loads_without_the_encoding_detector_or_markdown(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(reference("german"), encoding="utf-8")
    loaded = _modules_after(f"from argmap.articles import load_article\nload_article({str(path)!r})")
    assert "charset_normalizer" not in loaded and "markdown_it" not in loaded
