"""The article regression corpus: files of every failure class, built from reference texts in tests/fixtures/articles.

Each case is a file (bytes, with its extension) and the text a reader should get from
it. The tests and `bench/articles.py` build the same cases, so the bench scores what
the tests guard.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parents[2] / "fixtures" / "articles"
TEXTS = HERE / "text"


@dataclass(frozen=True)
class Case:
    """One corpus file: its name (with the extension that picks the reader), bytes and reference text."""

    name: str
    data: bytes
    reference: str
    problem: str
    """The failure class it guards, in a few words."""


def reference(name: str) -> str:
    """A reference text from tests/fixtures/articles/text, without its final newline."""
    return (TEXTS / f"{name}.txt").read_text(encoding="utf-8").strip("\n")


ENCODED: tuple[tuple[str, str], ...] = (
    ("german", "cp1252"),
    ("french", "cp1252"),
    ("french", "latin-1"),
    ("spanish", "cp1252"),
    ("hungarian", "cp1250"),
    ("hungarian", "iso8859-2"),
    ("czech", "cp1250"),
    ("polish", "cp1250"),
    ("croatian", "cp1250"),
    ("slovene", "cp1250"),
    ("turkish", "cp1254"),
    ("russian", "cp1251"),
    ("russian", "koi8-r"),
    ("greek", "cp1253"),
    ("chinese", "big5"),
    ("chinese-simplified", "gb18030"),
    ("japanese", "shift_jis"),
    ("japanese", "euc-jp"),
    ("korean", "euc-kr"),
    ("german", "utf-16-le"),
    ("russian", "utf-32-le"),
    ("german", "utf-32-be"),
)
"""Reference text and the legacy encoding (no byte-order mark) it is saved in."""


def _damaged_utf8() -> tuple[bytes, str]:
    """About 88 KB of German UTF-8 with three bytes of Windows-1252 in it ('für' saved by another editor)."""
    text = "\n".join([reference("german")] * 130)
    blob = text.encode("utf-8")
    for k in (5000, 40000, 80000):
        at = blob.index(b" f\xc3\xbcr ", k)
        blob = blob[:at] + b" f\xfcr " + blob[at + 6 :]
    expected = blob.decode("utf-8", "replace")
    return blob, expected


def _stray_nuls() -> tuple[bytes, str]:
    """A UTF-8 text with a few NUL bytes where a broken tool padded it."""
    text = reference("french")
    blob = text.encode("utf-8")
    blob = blob[:100] + b"\x00" + blob[100:300] + b"\x00\x00" + blob[300:]
    return blob, text


def encoding_cases() -> list[Case]:
    """Plain-text files in legacy and wide encodings without byte-order marks."""
    cases = [
        Case(f"{name}-{codec}.txt", reference(name).encode(codec), reference(name), f"{codec} text")
        for name, codec in ENCODED
    ]
    blob, expected = _damaged_utf8()
    cases.append(Case("damaged-utf8.txt", blob, expected, "UTF-8 with a few bad bytes"))
    blob, expected = _stray_nuls()
    cases.append(Case("stray-nul.txt", blob, expected, "stray NUL bytes"))
    return cases


def _html_page(title: str, paragraphs: list[str], meta: str = "", charset: str = "utf-8") -> str:
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{escape(title)}</title>{meta}</head>'
        f'<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>{escape(title)}</h1>'
        f'<p class="byline">Posted by admin</p>{body}</article>'
        "<footer><p>Copyright 2024. All rights reserved.</p></footer></body></html>"
    )


def html_cases() -> list[Case]:
    """Web pages: a placeholder author, a stated date, a legacy charset."""
    hu, tr, de = (reference(n).split("\n") for n in ("hungarian", "turkish", "german"))
    admin = '<meta name="author" content="Admin">'
    dated = (
        '<meta name="author" content="Eva Kiss"><meta property="article:published_time" content="2024-03-05">'
    )
    return [
        Case(
            "admin-author.html",
            _html_page("Offene Modelle", de, admin).encode(),
            "\n\n".join(de),
            "a placeholder author",
        ),
        Case(
            "hungarian-1250.html",
            _html_page("Nyílt modellek", hu, dated, "windows-1250").encode("cp1250"),
            "\n\n".join(hu),
            "a declared legacy charset",
        ),
        Case(
            "turkish.html",
            _html_page("Açık modeller", tr).encode("cp1254"),
            "\n\n".join(tr),
            "an undeclared legacy charset",
        ),
    ]


def all_cases() -> list[Case]:
    """Every case of the corpus: text encodings, web pages, PDFs and Word files."""
    from tests.argmap.articles.pdf_corpus import pdf_cases
    from tests.argmap.articles.word_corpus import word_cases

    return encoding_cases() + html_cases() + pdf_cases() + word_cases()
