"""`argmap import ARTICLE -o MAP`: an empty map with the article; exit 2 with one message otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest

from argmap.cli import main
from argmap.io.native import load
from tests.argmap.articles.builders import TITLE, write_html
from tests.conftest import SAMPLE_ARTICLE


def test_import_writes_an_empty_map_with_the_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "new.argmap.json"
    assert main(["import", str(write_html(tmp_path / "page.html")), "-o", str(out)]) == 0
    m = load(out)
    assert m.title == TITLE
    assert m.article is not None and m.article.format == "html"
    assert m.claims == [] and m.arguments == []
    assert "new.argmap.json" in capsys.readouterr().out


def test_title_option_and_txt(tmp_path: Path) -> None:
    out = tmp_path / "m.argmap.json"
    assert main(["import", str(SAMPLE_ARTICLE), "-o", str(out), "--title", "Open AI"]) == 0
    m = load(out)
    assert m.title == "Open AI"
    assert m.article is not None
    assert m.article.text == SAMPLE_ARTICLE.read_text(encoding="utf-8").strip("\n")


def test_unreadable_article_exits_2_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "empty.pdf"
    bad.write_bytes(b"")
    out = tmp_path / "m.argmap.json"
    assert main(["import", str(bad), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err == f"error: {bad}: is empty: there is no text to import\n"
    assert not out.exists()


def test_existing_map_is_not_overwritten_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "m.argmap.json"
    out.write_text("precious")
    assert main(["import", str(SAMPLE_ARTICLE), "-o", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert out.read_text() == "precious"
    assert main(["import", str(SAMPLE_ARTICLE), "-o", str(out), "--force"]) == 0
    assert load(out).article is not None
