"""Fuzz the article extractors (txt, md, html, pdf, docx): text or one clean ExtractError, never a crash.

Every successful import is saved and read back, as the app does next: whatever a
file held (a lone surrogate, control characters), the map must save.
"""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.articles.docx_text import extract_docx
from argmap.articles.extraction import Extracted, ExtractError, Report, clean_field
from argmap.articles.html_text import extract_html
from argmap.articles.loader import article_from_text, load_article
from argmap.articles.markdown_text import extract_md
from argmap.articles.pdf_text import extract_pdf
from argmap.articles.plain_text import extract_txt
from argmap.io.errors import LoadError
from argmap.io.native import dumps, load, loads, save
from argmap.model import ArgumentMap, Article
from tests.conftest import FIXTURES, SEEDS
from tests.robustness.conftest import Tally
from tests.robustness.harness import Hang, LoaderFailure, guarded, load_or_clean_error
from tests.robustness.mutations import (
    byte_mutations,
    garbage,
    line_mutations,
    read_seed,
    seeds_with_suffix,
    zip_member_mutations,
)

Extractor = Callable[[bytes, Report], Extracted]
HERE = FIXTURES / "robustness"
ISOLATED = {"html", "pdf", "docx"}
"""Extractors that load_article runs in a time- and memory-limited worker process."""
EXTRACTORS: dict[str, Extractor] = {
    "txt": extract_txt,
    "md": extract_md,
    "html": extract_html,
    "pdf": extract_pdf,
    "docx": extract_docx,
}
SEED_FILES: dict[str, list[Path]] = {
    "txt": seeds_with_suffix([SEEDS], ".txt"),
    "md": [HERE / "article.md"],
    "html": [HERE / "article.html"],
    "pdf": [HERE / "article.pdf"],
    "docx": [HERE / "article.docx"],
}


def _ignore(fraction: float) -> None:
    del fraction


def round_trip(result: Extracted, fmt: str) -> None:
    """The extracted text as the article of a map that is saved (UTF-8, as on disk) and read back unchanged."""
    try:
        article = article_from_text(result.text, result.title, "fuzzed", fmt)
    except LoadError:
        return  # no text left after normalisation: the loader refuses it with a message
    article = article.model_copy(update={"author": clean_field(result.author), "date": clean_field(result.date)})
    m = ArgumentMap(title=article.title, article=article)
    assert loads(dumps(m).encode("utf-8")).article == article


def check_extractor(fmt: str, data: bytes, tally: Tally) -> None:
    """The extractor returns text that saves, or raises one ExtractError with a short problem; nothing else."""
    category = f"article extractor {fmt}"
    tally.add(category)
    try:
        result = guarded(lambda: EXTRACTORS[fmt](data, _ignore))
        assert isinstance(result, Extracted) and isinstance(result.text, str)
        round_trip(result, fmt)
    except ExtractError as e:
        if not e.problem or "Traceback" in e.problem or len(e.problem) > 1000:
            tally.fail(category)
            raise LoaderFailure(f"{fmt}: unclear problem {e.problem[:200]!r}") from e
    except (Hang, MemoryError) as e:
        tally.fail(category)
        raise LoaderFailure(f"{fmt}: {type(e).__name__}: {e}") from e
    except Exception as e:
        if fmt not in ISOLATED:
            tally.fail(category)
            raise LoaderFailure(f"{fmt}: uncaught {type(e).__name__}: {e}") from e
        # load_article runs this extractor in a worker whose catch-all turns this into a LoadError.
        tally.note(category, "parser errors left to the worker's catch-all")


def _mutations(fmt: str) -> st.SearchStrategy[bytes]:
    files = st.sampled_from(SEED_FILES[fmt])
    if fmt == "docx":
        return files.flatmap(lambda p: zip_member_mutations(read_seed(p), "word/document.xml"))
    if fmt in ("txt", "md", "html"):
        return files.flatmap(lambda p: line_mutations(read_seed(p)) | byte_mutations(read_seed(p)))
    return files.flatmap(lambda p: byte_mutations(read_seed(p)))


# pdf and docx parsers are slower: a third of the examples, so CI stays within its budget.
_SLOW = settings(max_examples=max(10, settings().max_examples // 3))


@pytest.mark.parametrize("fmt", sorted(EXTRACTORS))
@given(data=st.data())
def test_garbage(fmt: str, tally: Tally, data: st.DataObject) -> None:
    check_extractor(fmt, data.draw(garbage), tally)


@pytest.mark.parametrize("fmt", ["txt", "md", "html"])
@given(data=st.data())
def test_mutations_of_real_articles(fmt: str, tally: Tally, data: st.DataObject) -> None:
    check_extractor(fmt, data.draw(_mutations(fmt)), tally)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@_SLOW
@given(data=st.data())
def test_mutations_of_real_documents(fmt: str, tally: Tally, data: st.DataObject) -> None:
    check_extractor(fmt, data.draw(_mutations(fmt)), tally)


@given(data=st.data())
def test_txt_and_md_through_load_article(
    tmp_path_factory: pytest.TempPathFactory, tally: Tally, data: st.DataObject
) -> None:
    fmt = data.draw(st.sampled_from(["txt", "md"]))
    payload = data.draw(_mutations(fmt) | garbage)
    path = tmp_path_factory.mktemp("art") / f"fuzzed.{fmt}"
    path.write_bytes(payload)
    tally.add(f"load_article {fmt}")
    try:
        result = load_or_clean_error(lambda: load_article(path), path.name)
        assert isinstance(result, Article | LoadError)
    except LoaderFailure:
        tally.fail(f"load_article {fmt}")
        raise
    if isinstance(result, Article):
        saved = path.with_name("fuzzed.argmap.json")
        save(ArgumentMap(title=result.title, article=result), saved, backup=False)
        assert load(saved).article == result


@pytest.mark.parametrize("fmt", ["txt", "md", "html", "pdf", "docx"])
@given(
    text=st.text(
        alphabet=st.characters() | st.integers(0xD800, 0xDFFF).map(chr) | st.integers(0xE000, 0xF8FF).map(chr),
        max_size=200,
    )
)
def test_any_character_in_extracted_text_saves(fmt: str, text: str) -> None:
    """Lone surrogates, private-use and control characters from any extractor: the map still saves."""
    round_trip(Extracted(text, title=text[:20], author=text[:10], date=text[-5:]), fmt)


def test_html_import_fetches_nothing_and_runs_no_script(monkeypatch: pytest.MonkeyPatch) -> None:
    attempts: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise OSError("network use in a test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: refuse(None, a))  # type: ignore[arg-type]
    extracted = extract_html(read_seed(HERE / "article.html"), _ignore)
    assert attempts == []
    assert "SCRIPT-RAN" not in extracted.text
    assert "Zuckerberg" in extracted.text


@pytest.mark.parametrize(
    ("name", "payload"),
    [
        ("truncated.pdf", read_seed(HERE / "article.pdf")[:900]),
        ("garbage.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 20),
        ("not-a-zip.docx", b"PK\x03\x04" + b"\x00" * 200),
        ("scripts-only.html", b"<html><script>while(true){}</script></html>"),
    ],
)
def test_isolated_loaders_end_to_end(name: str, payload: bytes, tmp_path: Path, tally: Tally) -> None:
    path = tmp_path / name
    path.write_bytes(payload)
    category = f"load_article {name.rsplit('.', 1)[1]} (isolated)"
    tally.add(category)
    try:
        result = load_or_clean_error(lambda: load_article(path), path.name)
    except LoaderFailure:
        tally.fail(category)
        raise
    assert isinstance(result, LoadError)
