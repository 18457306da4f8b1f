"""The native `*.argmap.json` format seen through the format registry."""

from __future__ import annotations

import re

from argmap import __version__
from argmap.io import native
from argmap.io.results import ExportResult, ImportResult
from argmap.model import ArgumentMap

_SCHEMA_KEY = re.compile(rb'^\s*\{\s*"schema_version"\s*:', re.S)


def sniff(head: bytes, path: str) -> bool:
    """A JSON object that starts with `schema_version` (as argmap writes), or a `.argmap.json` name."""
    body = head.removeprefix(b"\xef\xbb\xbf")
    return bool(_SCHEMA_KEY.match(body)) or path.lower().endswith(native.SUFFIX)


def read(data: bytes, source: str) -> ImportResult:
    """A native map; nothing is lost, so no warnings."""
    return ImportResult(native.loads(data, source))


def write(m: ArgumentMap) -> ExportResult:
    """The native JSON text; nothing is lost."""
    stamped = m.model_copy(update={"meta": m.meta.model_copy(update={"app_version": __version__})})
    return ExportResult(native.dumps(stamped).encode("utf-8"))
