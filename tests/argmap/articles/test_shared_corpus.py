"""Real texts from ../shared: the arg-microtexts corpus loads unchanged, also re-encoded as Windows-1252."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from argmap.articles import load_article


def _texts(shared: Path) -> list[Path]:
    return sorted((shared / "corpora" / "arg-microtexts" / "corpus").rglob("*.txt"))


def test_every_microtext_loads_as_written(shared_dir: Path) -> None:
    paths = _texts(shared_dir)
    assert len(paths) > 100
    for path in paths:
        expected = unicodedata.normalize("NFC", path.read_text(encoding="utf-8")).strip()
        assert load_article(path).text == expected, path.name


def test_german_microtexts_in_windows_1252_are_detected(shared_dir: Path, tmp_path: Path) -> None:
    german = [p for p in _texts(shared_dir) if "/de/" in p.as_posix()]
    wrong: list[str] = []
    tried = 0
    for path in german:
        text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8")).strip()
        if text.isascii():
            continue
        tried += 1
        legacy = tmp_path / path.name
        legacy.write_bytes(text.encode("cp1252"))
        if load_article(legacy).text != text:
            wrong.append(path.name)
    assert tried > 50
    assert wrong == []
