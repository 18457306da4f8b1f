"""The registry of file formats argmap imports and exports, and the two calls the app and CLI use."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from argmap.io.decoding import parse_json
from argmap.io.errors import LoadError
from argmap.io.files import read_limited, write_atomic
from argmap.io.results import ExportResult, ImportResult
from argmap.limits import LIMITS
from argmap.model import ArgumentMap

__all__ = ["ExportResult", "Format", "ImportResult", "read_map", "write_map"]


Reader = Callable[[bytes, str], ImportResult]
Writer = Callable[[ArgumentMap], ExportResult]
Sniffer = Callable[[bytes, str], bool]


@dataclass(frozen=True)
class Format:
    """One file format: how to recognise it, and (optionally) read and write it."""

    id: str
    name: str
    extensions: tuple[str, ...]
    sniff: Sniffer
    read: Reader | None = None
    write: Writer | None = None

    def describe(self) -> str:
        """One line for `argmap convert --formats`."""
        modes = "/".join(m for m, f in (("read", self.read), ("write", self.write)) if f)
        return f"{self.id:<10} {modes:<10} {self.name} ({', '.join(self.extensions)})"


def _has_ext(path: str, extensions: tuple[str, ...]) -> bool:
    name = Path(path).name.lower()
    return any(name.endswith(ext) for ext in extensions)


def _registry() -> list[Format]:
    from argmap.io import aif_read, aif_write, argdown_read, argdown_write, native_format
    from argmap.io import dot as dot
    from argmap.io import graphml as graphml
    from argmap.io import kialo as kialo
    from argmap.io import microtext as microtext
    from argmap.io import outline as outline

    return [
        Format(
            "argmap",
            "argmap map",
            (".argmap.json",),
            native_format.sniff,
            native_format.read,
            native_format.write,
        ),
        Format(
            "aif", "AIF JSON, AIFdb shape", (".json",), aif_read.sniff, aif_read.read, aif_write.write_aifdb
        ),
        Format(
            "ova",
            "AIF JSON, OVA3 shape (article and layout)",
            (".json",),
            aif_read.sniff_ova,
            aif_read.read,
            aif_write.write_ova,
        ),
        Format(
            "argdown",
            "Argdown",
            (".argdown", ".ad"),
            argdown_read.sniff,
            argdown_read.read,
            argdown_write.write,
        ),
        Format("kialo", "Kialo discussion export", (".txt",), kialo.sniff, kialo.read, kialo.write),
        Format("microtext", "argumentative microtext XML", (".xml",), microtext.sniff, microtext.read, None),
        Format(
            "graphml", "GraphML (yEd, Gephi, networkx)", (".graphml",), graphml.sniff, None, graphml.write
        ),
        Format("dot", "Graphviz DOT", (".dot", ".gv"), dot.sniff, None, dot.write),
        Format("outline", "Markdown outline", (".md",), outline.sniff, None, outline.write),
    ]


_FORMATS: list[Format] = []


def formats() -> list[Format]:
    """Every known format, in sniffing order."""
    if not _FORMATS:
        _FORMATS.extend(_registry())
    return _FORMATS


def format_ids() -> list[str]:
    """The ids accepted by `--from` / `--to`."""
    return [f.id for f in formats()]


def dialog_filters(mode: str) -> list[tuple[str, str]]:
    """(format id, file-dialog filter such as "Argdown (*.argdown *.ad)") for `read` or `write`."""
    chosen = [f for f in formats() if (f.read if mode == "read" else f.write) is not None]
    return [(f.id, f"{f.name} ({' '.join('*' + e for e in f.extensions)})") for f in chosen]


def get_format(format_id: str) -> Format:
    """The format with this id; ValueError naming the valid ids otherwise."""
    for f in formats():
        if f.id == format_id:
            return f
    raise ValueError(f"unknown format {format_id!r}; known formats: {', '.join(format_ids())}")


def detect(head: bytes, path: str) -> Format | None:
    """The readable format whose sniffer accepts these first bytes (content first, then extension)."""
    readable = [f for f in formats() if f.read is not None]
    for f in readable:
        if f.sniff(head, path):
            return f
    return None


def detect_output(path: str) -> Format | None:
    """The writable format a file name asks for, by its extension (`.json` means AIF)."""
    for f in formats():
        if f.write is not None and _has_ext(path, f.extensions):
            return f
    return None


def read_bytes(data: bytes, source: str, format_id: str | None = None) -> ImportResult:
    """Read a map from bytes in the named or sniffed format; raises LoadError."""
    fmt = get_format(format_id) if format_id else detect(data[:65536], source)
    if fmt is None:
        if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith((b"{", b"[")):
            parse_json(data, source, "a map")  # a broken JSON file gets the JSON error and its place
        raise LoadError(source, _unknown(data[:65536]))
    if fmt.read is None:
        raise LoadError(source, f"argmap writes {fmt.name} but cannot read it")
    try:
        result = fmt.read(data, source)
    except ValidationError as e:  # a value no reader checked (a lone surrogate in an id...)
        msg = e.errors()[0].get("msg", "invalid value")
        raise LoadError(source, f"has a value argmap cannot store ({msg})") from None
    if fmt.id != "argmap":  # a native file is loaded as written: `argmap validate` and the app report it
        from argmap.io.repair import repaired

        result = repaired(result, source)
    return result


def read_map(path: str | Path, format_id: str | None = None) -> ImportResult:
    """Read a map file in any readable format; raises LoadError with one clear message."""
    data = read_limited(path, LIMITS.map_file_bytes)
    return read_bytes(data, str(path), format_id)


def export_map(m: ArgumentMap, format_id: str) -> ExportResult:
    """The map in a writable format, as bytes, with the list of losses."""
    fmt = get_format(format_id)
    if fmt.write is None:
        raise ValueError(f"argmap reads {fmt.name} but cannot write it")
    result = fmt.write(m)
    origin = m.origin
    if origin and origin.data and fmt.id != "argmap" and fmt.id not in _WRITES_BACK.get(origin.format, ()):
        result.losses.append(f"{_kept_data(origin.format, origin.data)} (kept in the argmap file only)")
    return result


def _kept_data(source_format: str, data: dict[str, Any]) -> str:
    """What an import kept beyond the map, in words: the AIF dialogue layer counted, else the keys."""
    aif = data.get("aif")
    if source_format == "aif" and isinstance(aif, dict):
        counts = {k: len(v) for k, v in aif.items() if isinstance(v, list) and v}
        listed = ", ".join(f"{n:,} {k}" for k, n in counts.items()) or "no dialogue"
        return f"the AIF file's dialogue layer and extras ({listed})"
    keys = ", ".join(sorted(k for k, v in data.items() if v))
    return f"the {source_format} file's other fields ({keys})"


_WRITES_BACK = {"aif": ("aif", "ova"), "argdown": ("argdown",), "kialo": ("kialo",)}
"""Formats that write back the map-level data an import kept (`map.origin.data`)."""


def write_map(m: ArgumentMap, path: str | Path, format_id: str | None = None) -> list[str]:
    """Write the map in the named format (or the one its extension asks for); returns the losses."""
    fmt = get_format(format_id) if format_id else detect_output(str(path))
    if fmt is None:
        raise ValueError(
            f"{path}: cannot tell the format from the extension; name one of {', '.join(format_ids())}"
        )
    result = export_map(m, fmt.id)
    write_atomic(path, result.data)
    return result.losses


def _unknown(head: bytes) -> str:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if b"\x00" in head[:4096]:
        return "is a binary file, not an argument map"
    if text.startswith((b"{", b"[")):
        if b'"source_id"' in head and b'"atom"' in head:
            return "is SADFace JSON, which argmap does not read; export it as AIF JSON instead"
        return "is JSON but not a map argmap can read (argmap, AIF or OVA)"
    if text.startswith(b"<"):
        return "is XML but not an argumentative microtext (<arggraph>)"
    return (
        "is text but not a map argmap can read (argmap, AIF, OVA, Argdown, Kialo or microtext): "
        "to annotate a text, import it as an article; for a map in a known format, name it with --from"
    )
