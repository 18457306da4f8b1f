"""The native `*.argmap.json` format: deterministic dump, validated load, atomic save."""

from __future__ import annotations

import gc
import json
import math
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from argmap import __version__
from argmap.io.errors import LoadError
from argmap.io.files import read_limited, write_atomic
from argmap.io.migrations import TooNew, migrate
from argmap.limits import LIMITS
from argmap.model import ArgumentMap

SUFFIX = ".argmap.json"
FREEZE_CLAIMS = 5_000
"""From this many claims on, a loaded map's objects are moved out of the collector's sight
(`gc.freeze`): its first pass would otherwise walk them all (0.2 s at 50,000 claims), and
models hold no reference cycles, so reference counting still frees them."""


def dumps(m: ArgumentMap) -> str:
    """The map as JSON text: fields in model order, id-keyed tables sorted, lists in document order."""
    data = m.model_dump(mode="json")
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def loads(text: str | bytes, source: str = "<map>") -> ArgumentMap:
    """Parse native JSON; raises LoadError naming `source`, the place and the problem."""
    if isinstance(text, bytes):
        if not text or text.isspace():  # no stripped copy of a big file
            raise LoadError(source, "the file is empty")
        if b"\x00" in text[:4096] and not text.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise LoadError(source, "is a binary file, not an argmap map")
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise LoadError(source, f"is not UTF-8 text (bad byte at offset {e.start})") from None
    if not text or text.isspace():
        raise LoadError(source, "the file is empty")
    gc_was_enabled = gc.isenabled()
    # Off while the JSON is decoded and validated (a big map is a million objects: the collector
    # would dominate), and on again only once the decoded tree is gone: re-enabled while it lives,
    # the collector's next pass walks every one of its objects (0.2 s at 50,000 claims).
    gc.disable()
    try:
        m = _validated(text, source)
        if gc_was_enabled and len(m.claims) >= FREEZE_CLAIMS:
            gc.freeze()  # the map's objects live as long as it is open: no collection walks them again
        return m
    finally:
        if gc_was_enabled:
            gc.enable()


def _validated(text: str, source: str) -> ArgumentMap:
    """Decode, migrate and validate a map's JSON text (the collector is off meanwhile)."""
    try:
        doc = _decode_json(text, source)
    except LoadError:
        from argmap.io.argdown_read import sniff as is_argdown

        if is_argdown(text[:4096].encode("utf-8", "replace"), source):
            raise LoadError(
                source, "is an Argdown document, not an argmap map; to read it use `argmap convert`"
            ) from None
        raise
    if not isinstance(doc, dict) or "schema_version" not in doc:
        raise LoadError(
            source,
            "is JSON but not an argmap map (no schema_version); to read another format use `argmap convert`",
        )
    try:
        doc = migrate(doc)
    except TooNew as e:
        raise LoadError(source, str(e)) from None
    except ValueError as e:
        raise LoadError(source, str(e), "schema_version") from None
    _check_counts(doc, source)
    try:
        return ArgumentMap.model_validate(doc)
    except ValidationError as e:
        raise LoadError(source, _validation_problem(e), _validation_place(e)) from None


def load(path: str | Path) -> ArgumentMap:
    """Read a native map file."""
    return loads(read_limited(path, LIMITS.map_file_bytes), str(path))


def save(m: ArgumentMap, path: str | Path, *, backup: bool = True) -> None:
    """Write a map atomically, keeping the previous version as `.bak`; raises SaveError."""
    m.meta.app_version = __version__
    write_atomic(path, dumps(m).encode("utf-8"), backup=backup)


def _decode_json(text: str, source: str) -> Any:
    gc_was_enabled = gc.isenabled()
    gc.disable()  # big maps: the collector dominates parse time (PERF-NOTES)
    try:
        return json.loads(
            text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant, parse_float=_finite
        )
    except json.JSONDecodeError as e:
        raise LoadError(source, f"is not valid JSON: {e.msg}", f"line {e.lineno}, column {e.colno}") from None
    except RecursionError:
        raise LoadError(source, "nests too deeply to be an argmap map") from None
    except _DuplicateKey as e:
        raise LoadError(source, f"the key {e.args[0][:40]!r} appears twice in one object") from None
    except _NotANumber as e:
        raise LoadError(
            source, f"{e.args[0]} is not a number JSON allows (argmap needs finite numbers)"
        ) from None
    except ValueError:  # int() refuses numbers of more than 4,300 digits
        raise LoadError(source, "has a number too long to read (over 4,300 digits)") from None
    finally:
        if gc_was_enabled:
            gc.enable()


class _DuplicateKey(ValueError):
    pass


class _NotANumber(ValueError):
    pass


def _no_constant(name: str) -> Any:
    """Refuse NaN and Infinity: not JSON, and a box at NaN breaks layout and drawing."""
    raise _NotANumber(name)


def _finite(literal: str) -> float:
    """A JSON number as a float, refusing ones too big to be finite (1e999)."""
    value = float(literal)
    if not math.isfinite(value):
        raise _NotANumber(literal[:30])
    return value


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)  # in C; only an object with a repeated key is walked in Python, to name it
    if len(out) != len(pairs):
        seen: set[str] = set()
        for k, _v in pairs:
            if k in seen:
                raise _DuplicateKey(k)
            seen.add(k)
    return out


def _check_counts(doc: dict[str, Any], source: str) -> None:
    for key, limit in (("claims", LIMITS.claims), ("arguments", LIMITS.arguments)):
        items = doc.get(key)
        if isinstance(items, list) and len(items) > limit:
            raise LoadError(source, f"has {len(items):,} {key}, over the limit of {limit:,}", key)
    article = doc.get("article")
    if isinstance(article, dict):
        text = article.get("text")
        if isinstance(text, str) and len(text) > LIMITS.article_chars:
            raise LoadError(
                source,
                f"the article has {len(text):,} characters, over the limit of {LIMITS.article_chars:,}",
                "article.text",
            )


def _validation_place(e: ValidationError) -> str:
    err = e.errors()[0]
    loc = err.get("loc", ())
    parts: list[str] = []
    for x in loc:
        if isinstance(x, int):
            parts.append(f"[{x}]")
        else:
            name = str(x) if len(str(x)) <= 40 else str(x)[:39] + "…"  # a hostile key stays one short line
            parts.append(("." if parts else "") + name)
    return "".join(parts)


def _validation_problem(e: ValidationError) -> str:
    errs = e.errors()
    first = errs[0]
    msg = str(first.get("msg", "invalid value"))
    if first.get("type") == "extra_forbidden":
        msg = "unknown field (written by a newer or different program?)"
    more = f" (and {len(errs) - 1} more problem{'s' if len(errs) > 2 else ''})" if len(errs) > 1 else ""
    return msg[0].lower() + msg[1:] + more
