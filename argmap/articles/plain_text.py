"""Plain-text articles: encoding detection (BOMs, UTF-8, charset-normalizer) and binary refusal."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from argmap.articles.extraction import Extracted, ExtractError, Report, no_report

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_BINARY = "is a binary file, not text (is the file name's extension wrong?)"
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_SNIFF = 64 * 1024


def decode_text(data: bytes, declared: str | None = None) -> str:
    """Bytes of a text file as a string; raises ExtractError for binary data.

    Order: a byte-order mark, UTF-16 without one (by its zero bytes), the declared
    encoding (an HTML meta charset), strict UTF-8, then charset-normalizer's best guess.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], codec)
    head = data[:_SNIFF]
    if b"\x00" in head:
        utf16 = _utf16_without_bom(head)
        if utf16 is None:
            raise ExtractError(_BINARY)
        return _strict(data, utf16)
    if declared:
        try:
            return _checked(data.decode(declared))
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise ExtractError(_BINARY)
    # The most common legacy encoding wins unless it reads as more of a mess than the best guess:
    # short German or French texts otherwise come out as DOS Baltic (cp775) or Central European.
    western = from_bytes(data, cp_isolation=["cp1252"]).best()
    if western is not None and western.chaos <= best.chaos:
        best = western
    return _checked(str(best))


def extract_txt(data: bytes, report: Report = no_report) -> Extracted:
    """A .txt article: its decoded text, lines as the author wrote them."""
    text = decode_text(data)
    report(1.0)
    return Extracted(text)


def _utf16_without_bom(head: bytes) -> str | None:
    """`utf-16-le`/`-be` when the zero bytes sit at odd/even offsets, as in mostly-Latin UTF-16."""
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    half = len(head) // 2
    if half and odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if half and even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _strict(data: bytes, codec: str) -> str:
    try:
        return _checked(data.decode(codec))
    except UnicodeDecodeError as e:
        raise ExtractError(f"is not valid {codec.upper()} text (bad byte at offset {e.start})") from None


def _checked(text: str) -> str:
    """Refuse text that is mostly control characters: binary data that happened to decode."""
    sample = text[:_SNIFF]
    controls = len(_CONTROL.findall(sample))
    if controls > 3 and controls > 0.01 * len(sample):
        raise ExtractError(_BINARY)
    return text
