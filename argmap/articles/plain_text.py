"""Plain-text articles: encoding detection (BOMs, UTF-8, charset-normalizer) and binary refusal."""

from __future__ import annotations

import codecs
import re
from typing import TYPE_CHECKING

from argmap.articles.extraction import Extracted, ExtractError, Report, no_report

if TYPE_CHECKING:
    from charset_normalizer import CharsetMatch

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
_STRAY_NUL_SHARE = 0.01
"""Up to this share of NUL bytes in an otherwise narrow text are stray bytes, not binary data."""
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
_NEAR_CHAOS = 0.05
"""How much more mess than charset-normalizer's best guess a code page may show and still compete on language."""
_CENTRAL = ("Hungarian", "Czech", "Polish", "Croatian", "Slovene", "Slovak", "Romanian")
_WESTERN = ("English", "French", "German", "Spanish", "Italian", "Portuguese", "Dutch", "Swedish", "Danish")
_HOME_CODE_PAGE = {
    **dict.fromkeys(_CENTRAL, "cp1250"),
    **dict.fromkeys((*_WESTERN, "Norwegian", "Finnish", "Catalan", "Indonesian"), "cp1252"),
    **dict.fromkeys(("Russian", "Ukrainian", "Bulgarian", "Serbian", "Belarusian"), "cp1251"),
    "Greek": "cp1253",
    "Turkish": "cp1254",
    **dict.fromkeys(("Lithuanian", "Latvian", "Estonian"), "cp1257"),
}
"""The Windows code page each language is usually saved in: decides a tie between code pages."""
_OBSCURE = re.compile(
    r"^(cp(437|737|775|85\d|86\d|869|1006|1125|273|037|500|1026|1140)|mac_|kz1048|ptcp154|hp_roman8)"
)
"""DOS, Mac and EBCDIC code pages: charset-normalizer picks them for short Western texts that are Windows-1252."""


def decode_text(data: bytes, declared: str | None = None) -> str:
    """Bytes of a text file as a string; raises ExtractError for binary data.

    Order: a byte-order mark, UTF-32 or UTF-16 without one (by their zero bytes), the
    declared encoding (an HTML meta charset), UTF-8 (also when a few bytes are bad: only
    those are replaced), then charset-normalizer's best guess. A few stray NUL bytes
    are dropped rather than taken for a binary file.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], codec)
    head = data[:_SNIFF]
    if b"\x00" in head:
        wide = _wide_without_bom(head)
        if wide is not None:
            return _strict(data, wide)
        if head.count(0) > _STRAY_NUL_SHARE * len(head):
            raise ExtractError(_BINARY)
        data = data.replace(b"\x00", b"")
    if declared:
        text = _declared(data, declared)
        if text is not None:
            return _checked(text)
    if _mostly_utf8(data):
        return _checked(data.decode("utf-8", "replace"))
    return _checked(_best_guess(data))


def extract_txt(data: bytes, report: Report = no_report) -> Extracted:
    """A .txt article: its decoded text, lines as the author wrote them."""
    text = decode_text(data)
    report(1.0)
    return Extracted(text)


def _declared(data: bytes, declared: str) -> str | None:
    """The text in its declared encoding; None when the name is unknown or the bytes do not fit it."""
    try:
        name = codecs.lookup(declared).name
    except LookupError:
        return None
    if name == "utf-8":
        return data.decode("utf-8", "replace") if _mostly_utf8(data) else None
    try:
        return data.decode(name)
    except UnicodeDecodeError:
        return None


def _mostly_utf8(data: bytes) -> bool:
    """True for valid UTF-8, and for UTF-8 with a few bad bytes (a damaged or concatenated file)."""
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        pass
    sequences = _UTF8_SEQUENCE.findall(data)
    good = sum(len(s) for s in sequences)
    bad = len(_HIGH_BYTE.findall(data)) - good
    return len(sequences) >= 3 and bad * 4 <= len(sequences)


def _best_guess(data: bytes) -> str:
    """charset-normalizer's best guess, or a near-tie that makes more sense of the language.

    Among the code pages that read with about as little mess as the best guess, the
    one whose letters fit the detected language best wins (Turkish ş in Windows-1254,
    not Nordic ISO-8859-10); on a full tie Windows-1252 wins (short German or French
    texts come out as Central European or Baltic otherwise), and a DOS, Mac or EBCDIC
    code page loses to Windows-1252 when that reads no worse.
    """
    from charset_normalizer import from_bytes  # ~10 ms: only legacy-encoded files pay it

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise ExtractError(_BINARY)
    home = _HOME_CODE_PAGE.get(best.language)
    near_home = [m for m in matches if m.encoding == home and m.chaos <= best.chaos + _NEAR_CHAOS]
    chosen = near_home[0] if near_home else best
    tied = [m for m in matches if _ties(m, chosen) and not _OBSCURE.match(m.encoding)]
    at_home = [m for m in tied if _HOME_CODE_PAGE.get(m.language) == m.encoding] or tied
    if len(at_home) == 1:
        return str(at_home[0])
    western = next((m for m in matches if m.encoding == "cp1252"), None)
    if western is None and _OBSCURE.match(chosen.encoding):
        western = from_bytes(data, cp_isolation=["cp1252"]).best()
    if (
        western is not None
        and western.chaos <= chosen.chaos
        and (western.coherence >= chosen.coherence or _OBSCURE.match(chosen.encoding))
    ):
        chosen = western
    return str(chosen)


def _ties(a: CharsetMatch, b: CharsetMatch) -> bool:
    return abs(a.chaos - b.chaos) < 1e-9 and abs(a.coherence - b.coherence) < 1e-9


def _wide_without_bom(head: bytes) -> str | None:
    """UTF-32 or UTF-16 (LE or BE) without a byte-order mark, from where the zero bytes sit."""
    quarter = len(head) // 4
    if quarter >= 2:
        lanes = [head[k::4].count(0) for k in range(4)]
        if lanes[2] > 0.9 * quarter and lanes[3] > 0.9 * quarter:
            return _if_decodes(head[: quarter * 4], "utf-32-le")
        if lanes[0] > 0.9 * quarter and lanes[1] > 0.9 * quarter:
            return _if_decodes(head[: quarter * 4], "utf-32-be")
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    half = len(head) // 2
    if half and odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if half and even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _if_decodes(sample: bytes, codec: str) -> str | None:
    try:
        sample.decode(codec)
    except UnicodeDecodeError:
        return None
    return codec


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
