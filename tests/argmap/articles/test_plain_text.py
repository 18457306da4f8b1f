"""Plain-text articles: encodings, BOMs, line endings, and refusal of binary, empty and huge files."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from argmap.articles import load_article
from argmap.io.errors import LoadError
from tests.conftest import SAMPLE_ARTICLE

GERMAN = "Die Überprüfung der Modelle ist öffentlich.\nÄrger über Größe, Maß und Fuß: ça coûte cher, señor.\n"


def test_utf8_seed_is_kept_line_for_line(tmp_path: Path) -> None:
    src = SAMPLE_ARTICLE.read_text(encoding="utf-8")
    p = tmp_path / "article.txt"
    p.write_bytes(codecs.BOM_UTF8 + src.replace("\n", "\r\n").encode("utf-8"))
    art = load_article(p)
    assert art.text == src.strip("\n")
    assert art.format == "txt"
    assert art.source == "article.txt"
    assert art.title == "article"


def test_latin1_is_detected(tmp_path: Path) -> None:
    p = tmp_path / "latin1.txt"
    p.write_bytes((GERMAN * 3).encode("latin-1"))
    assert load_article(p).text == (GERMAN * 3).strip()


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_and_without_bom(tmp_path: Path, codec: str) -> None:
    p = tmp_path / "wide.txt"
    p.write_bytes(GERMAN.replace("\n", "\r\n").encode(codec))
    assert load_article(p).text == GERMAN.strip()


def test_same_file_gives_same_text_and_hash(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(b"First line  \t\r\nSecond\x07 line\r\n\r\n\r\n\r\nThird\xe2\x80\x8b paragraph\r\n")
    a, b = load_article(p), load_article(p)
    assert a.text == "First line\nSecond line\n\nThird paragraph"
    assert (a.text, a.sha256) == (b.text, b.sha256)


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b" \n\r\n\t ", "is empty"),
        ("picture.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary file"),
        ("noise.md", bytes(range(1, 32)) * 200, "binary file"),
        ("picture.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(300), "binary file"),
        ("bad.txt", b"\xff\xfe\x00\xd8", "not valid UTF-16-LE"),
    ],
)
def test_unreadable_text_gets_one_clear_message(tmp_path: Path, name: str, data: bytes, problem: str) -> None:
    p = tmp_path / name
    p.write_bytes(data)
    with pytest.raises(LoadError) as err:
        load_article(p)
    assert str(err.value).startswith(f"{p}: ")
    assert problem in str(err.value)
    assert "\n" not in str(err.value)


def test_100_mb_file_is_refused_before_reading(tmp_path: Path) -> None:
    p = tmp_path / "huge.txt"
    with p.open("wb") as f:
        f.truncate(100 * 1024 * 1024)
    with pytest.raises(LoadError, match=r"is 100 MB, over the limit of 50 MB"):
        load_article(p)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="no such file"):
        load_article(tmp_path / "gone.txt")
    with pytest.raises(LoadError, match="is a folder"):
        load_article(tmp_path)


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        (
            "Открытые модели, утверждает Цукерберг, позволяют проводить глобальный аудит безопасности. "
            "Делая их доступными для широкого исследовательского сообщества, ошибки обнаруживаются раньше.",
            "cp1251",
        ),
        (
            "Τα ανοιχτά μοντέλα, υποστηρίζει ο Ζούκερμπεργκ, επιτρέπουν τον παγκόσμιο έλεγχο ασφαλείας. "
            "Με τη διάθεσή τους στην ευρύτερη ερευνητική κοινότητα, τα σφάλματα εντοπίζονται νωρίτερα.",
            "cp1253",
        ),
    ],
)
def test_non_western_legacy_encodings_are_not_read_as_windows_1252(
    tmp_path: Path, text: str, codec: str
) -> None:
    p = tmp_path / "legacy.txt"
    p.write_bytes(text.encode(codec))
    assert load_article(p).text == text
