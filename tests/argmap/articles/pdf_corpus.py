"""PDF files of the regression corpus, written byte by byte so every glyph's Unicode meaning is under test control."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from dataclasses import dataclass

from argmap.articles.extraction import REPLACEMENT
from tests.argmap.articles.corpus import Case

PAGE_W, PAGE_H = 612.0, 792.0
TOP, BOTTOM = 720.0, 72.0
LEADING = 14.0
WRAP = 80


@dataclass(frozen=True)
class Run:
    """One line of text drawn at (x, y) in points, font size `size`; `font` 2 is a symbol font."""

    x: float
    y: float
    text: str
    size: float = 11.0
    font: int = 1


PageDecor = Callable[[int], list[Run]]
"""Running lines of page n (1-based): headers, footers, page numbers."""


def _no_decor(n: int) -> list[Run]:
    del n
    return []


def layout(
    paragraphs: list[str],
    *,
    lines_per_page: int = 46,
    header: PageDecor = _no_decor,
    footer: PageDecor = _no_decor,
    wrap: int = WRAP,
    joiner: Callable[[str, int], list[str]] | None = None,
) -> list[list[Run]]:
    """Paragraphs set as lines on pages: one leading between lines, 1.8 between paragraphs."""
    split = joiner or _wrap
    pages: list[list[Run]] = [[]]
    y = TOP
    for paragraph in paragraphs:
        for line in split(paragraph, wrap):
            if len(pages[-1]) >= lines_per_page or y < BOTTOM:
                pages.append([])
                y = TOP
            pages[-1].append(Run(72, y, line))
            y -= LEADING
        y -= 0.8 * LEADING
    for n, runs in enumerate(pages, 1):
        runs[:0] = header(n)
        runs.extend(footer(n))
    return pages


def _wrap(text: str, width: int) -> list[str]:
    """Lines as given when the paragraph holds newlines, else wrapped at spaces (never after a hyphen)."""
    if "\n" in text:
        return text.split("\n")
    return textwrap.wrap(text, width, break_on_hyphens=False)


def pdf_bytes(pages: list[list[Run]], *, title: str | None = None) -> bytes:
    """A PDF of Helvetica text (and a symbol font, font 2) whose ToUnicode maps every character used.

    Characters outside printable ASCII get one-byte codes from 0x80 on, mapped to their
    code point (lone surrogates and private-use characters included), so a test decides
    exactly what a reader sees, as a PDF from a real tool with odd fonts would show it.
    """
    codes: dict[str, int] = {}
    for runs in pages:
        for run in runs:
            for ch in run.text:
                if not (" " <= ch <= "~") and ch not in codes:
                    if len(codes) >= 0x80:
                        raise ValueError("too many distinct non-ASCII characters for one-byte codes")
                    codes[ch] = 0x80 + len(codes)
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    cmap = _to_unicode(codes)
    cmap_id = add(b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream")
    font1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode %d 0 R >>" % cmap_id)
    font2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Symbol /ToUnicode %d 0 R >>" % cmap_id)
    pages_id = len(objects) + 1 + 2 * len(pages)
    kids: list[int] = []
    for runs in pages:
        stream = b"".join(_show(run, codes) for run in runs)
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
                b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>"
                % (pages_id, PAGE_W, PAGE_H, content, font1, font2)
            )
        )
    refs = b" ".join(b"%d 0 R" % k for k in kids)
    assert add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (refs, len(kids))) == pages_id
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    info = add(b"<< /Title (%s) >>" % _literal(title).encode("latin-1")) if title is not None else 0
    out = bytearray(b"%PDF-1.4\n")
    offsets: list[int] = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    trailer = b"<< /Size %d /Root %d 0 R" % (len(objects) + 1, catalog)
    if info:
        trailer += b" /Info %d 0 R" % info
    out += b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def _show(run: Run, codes: dict[str, int]) -> bytes:
    raw = bytes(codes[ch] if ch in codes else ord(ch) for ch in run.text)
    escaped = raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"BT /F%d %.1f Tf 1 0 0 1 %.2f %.2f Tm (%s) Tj ET\n" % (run.font, run.size, run.x, run.y, escaped)


def _to_unicode(codes: dict[str, int]) -> bytes:
    lines = [
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
        "/CMapName /Test def /CMapType 2 def",
        "1 begincodespacerange <00> <FF> endcodespacerange",
        "1 beginbfrange <20> <7E> <0020> endbfrange",
    ]
    if codes:
        lines.append(f"{len(codes)} beginbfchar")
        for ch, code in codes.items():
            utf16 = ch.encode("utf-16-be", "surrogatepass").hex().upper()
            lines.append(f"<{code:02X}> <{utf16}>")
        lines.append("endbfchar")
    lines.append("endcmap CMapName currentdict /CMap defineresource pop end end")
    return "\n".join(lines).encode("ascii")


def _literal(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _footer_page_of(total: int) -> PageDecor:
    return lambda n: [Run(280, 30, f"Page {n} of {total}", 9)]


def _count_pages(paragraphs: list[str], **kwargs: object) -> int:
    return len(layout(paragraphs, **kwargs))  # type: ignore[arg-type]


def pdf_cases() -> list[Case]:
    """PDFs of classes 1, 3 and 4: a lone surrogate, short and long documents with running lines, glyph trouble."""
    from tests.argmap.articles.corpus import reference

    de, fr, es = (reference(n).split("\n") for n in ("german", "french", "spanish"))
    english = [p for p in _english() if p]
    cases: list[Case] = []

    text = f"Open models are safer.{chr(0xD800)} A broken font maps a glyph to half a character."
    cases.append(
        Case(
            "lone-surrogate.pdf",
            pdf_bytes(layout([text, fr[0]])),
            f"{text.replace(chr(0xD800), REPLACEMENT)}\n\n{fr[0]}",
            "a lone surrogate in the text layer",
        )
    )

    two = ["Notes 2024", *english[:3], "Notes 2025", *english[3:6]]
    pages = [layout(two[:4])[0], layout(two[4:])[0]]
    for n, runs in enumerate(pages, 1):
        runs.append(Run(290, 30, str(n), 9))
    cases.append(
        Case("two-pages.pdf", pdf_bytes(pages), "\n\n".join(two), "the first line of a short document")
    )

    reminder = "Remember: every claim needs a reason."
    template = [[reminder, p] for p in (de[0], fr[0], es[0])]
    pages = [
        layout(body, footer=lambda n: [Run(250, 30, f"Class handout, page {n} of 3", 9)])[0]
        for body in template
    ]
    cases.append(
        Case(
            "template.pdf",
            pdf_bytes(pages),
            "\n\n".join(p for body in template for p in body),
            "a sentence repeated on each page",
        )
    )

    book = [p for _ in range(4) for p in english]
    chapters = [
        "Chapter 1. Why open",
        "Chapter 2. Who audits",
        "Chapter 3. What it costs",
        "Chapter 4. Where next",
    ]
    total = _count_pages(book)

    def running(n: int) -> list[Run]:
        title = "Open Models: A Reader" if n % 2 == 0 else chapters[min((n - 1) * len(chapters) // total, 3)]
        return [Run(72, 760, title, 9)]

    cases.append(
        Case(
            "book.pdf",
            pdf_bytes(
                layout(book, header=running, footer=lambda n: [Run(300, 30, str(n), 9)]), title="Book1"
            ),
            "\n\n".join(book),
            "headers that change per chapter and alternate",
        )
    )

    hyphen = [
        "Meta is open-sourcing its models, and open-sourcing is the whole point of the argu-\n"
        "ments made here. Critics doubt that open-\nsourcing makes models safer.",
        "Efﬁcient ﬁne-tuning and ﬂexible licences are part of the offer.",
    ]
    expected = [
        "Meta is open-sourcing its models, and open-sourcing is the whole point of the arguments made here. "
        "Critics doubt that open-sourcing makes models safer.",
        "Efficient fine-tuning and flexible licences are part of the offer.",
    ]
    cases.append(
        Case(
            "hyphens-ligatures.pdf",
            pdf_bytes(layout(hyphen), title="paper.dvi"),
            "\n\n".join(expected),
            "hyphens and ligatures",
        )
    )

    for name in ("chinese", "japanese"):
        paragraphs = reference(name).split("\n")
        pages = layout(paragraphs, joiner=lambda text, width: textwrap.wrap(text, 30), wrap=30)
        cases.append(Case(f"{name}.pdf", pdf_bytes(pages), "\n\n".join(paragraphs), f"{name} lines"))

    items = [
        "Open models are audited by many.",
        "Closed models are audited by few.",
        "Nobody audits a secret.",
    ]
    pages = [
        [Run(72, 720, "Three claims:")] + [Run(72, 700 - 14 * i, f"\uf0b7 {t}") for i, t in enumerate(items)]
    ]
    cases.append(
        Case(
            "symbol-bullets.pdf",
            pdf_bytes(pages, title="PowerPoint Presentation"),
            "\n\n".join(["Three claims:", *(f"• {t}" for t in items)]),
            "a bullet in a symbol font",
        )
    )

    garbled = "The model \ue001\ue002 scored 0.9 on the test \ue003 of reasoning."
    cases.append(
        Case(
            "unmapped-glyphs.pdf",
            pdf_bytes(layout([garbled, de[0]])),
            f"{garbled.translate({0xE001: REPLACEMENT, 0xE002: REPLACEMENT, 0xE003: REPLACEMENT})}\n\n{de[0]}",
            "glyphs with no Unicode meaning",
        )
    )
    return cases


def _flat(paragraphs: list[str]) -> list[str]:
    return [line for p in paragraphs for line in _wrap(p, WRAP)]


def _english() -> list[str]:
    from tests.argmap.articles.builders import seed_paragraphs

    return [p for p in seed_paragraphs() if len(p) > 80]
