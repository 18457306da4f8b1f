"""Untrusted bytes to text, JSON and XML for the interchange readers, with argmap's limits."""

from __future__ import annotations

import json
from typing import Any
from xml.etree.ElementTree import Element

from argmap.io.errors import LoadError
from argmap.limits import LIMITS


def decode_text(data: bytes, source: str, what: str) -> str:
    """UTF-8 text (BOM allowed, newlines normalised to LF); refuses binary or non-UTF-8 input."""
    if not data.strip():
        raise LoadError(source, "the file is empty")
    if b"\x00" in data[:4096]:
        raise LoadError(source, f"is a binary file, not {what}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise LoadError(source, f"is not UTF-8 text (bad byte at offset {e.start})") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_json(data: bytes, source: str, what: str) -> Any:
    """Decoded JSON, refusing invalid JSON and nesting deeper than the limit."""
    text = decode_text(data, source, what)
    try:
        doc = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as e:
        raise LoadError(source, f"is not valid JSON: {e.msg}", f"line {e.lineno}, column {e.colno}") from None
    except ValueError as e:
        raise LoadError(source, f"is not valid JSON: {e}") from None
    except RecursionError:
        raise LoadError(source, f"nests deeper than {LIMITS.nesting_depth} levels") from None
    check_depth(doc, source)
    return doc


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def check_depth(doc: Any, source: str) -> None:
    """Refuse JSON values nested deeper than LIMITS.nesting_depth (iterative: no recursion)."""
    limit = LIMITS.nesting_depth
    stack: list[tuple[Any, int]] = [(doc, 1)] if type(doc) in (dict, list) else []
    while stack:
        value, depth = stack.pop()
        if depth > limit:
            raise LoadError(source, f"nests deeper than {limit} levels")
        for child in value.values() if type(value) is dict else value:
            if type(child) in (dict, list):
                stack.append((child, depth + 1))


def parse_xml(data: bytes, source: str) -> Element:
    """The root element, parsed by defusedxml: entity declarations and external references refused."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    if not data.strip():
        raise LoadError(source, "the file is empty")
    try:
        root: Element = fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as e:
        raise LoadError(
            source, f"is refused: the XML declares entities or external references ({e})"
        ) from None
    except ParseError as e:
        line, col = getattr(e, "position", (0, 0))
        raise LoadError(source, f"is not well-formed XML ({e})", f"line {line}, column {col}") from None
    except (LookupError, ValueError) as e:  # encoding="TTF-8", or a multi-byte encoding expat refuses
        raise LoadError(source, f"declares a text encoding argmap cannot read ({str(e)[:80]})") from None
    return root


def clip(text: str, warnings: list[str], what: str) -> str:
    """`text` cut to LIMITS.claim_chars, with a warning when it was longer."""
    if len(text) <= LIMITS.claim_chars:
        return text
    warnings.append(f"{what} has {len(text):,} characters; cut to {LIMITS.claim_chars:,}")
    return text[: LIMITS.claim_chars]


def check_count(n: int, limit: int, source: str, what: str) -> None:
    """Refuse a file with more than `limit` of something."""
    if n > limit:
        raise LoadError(source, f"has {n:,} {what}, over the limit of {limit:,}")
