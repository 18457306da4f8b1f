"""Hypothesis strategies for hostile input: byte garbage and structured mutations of real files."""

from __future__ import annotations

import copy
import functools
import json
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

INTERESTING: tuple[bytes, ...] = (
    b"\x00",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"\xc3\x28",
    b"\xed\xa0\x80",
    b"\r\n",
    b"\r",
    b"{",
    b"}",
    b"[",
    b"]",
    b'"',
    b"\\",
    b"\\u0000",
    b"\\ud800",
    b"NaN",
    b"-Infinity",
    b"1e999999",
    b"123456789012345678901234567890",
    b"-1",
    b"null",
    b"<",
    b">",
    b"&",
    b"&amp;",
    b"&#0;",
    b"]]>",
    b"<![CDATA[",
    b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>',
    b'<!DOCTYPE x SYSTEM "http://127.0.0.1:9/x.dtd">',
    b"&a;&b;",
    b"%PDF-1.7\n",
    b"PK\x03\x04",
    "\u202e\u200b\ufeff\U0001f600".encode(),
    b"[" * 3000,
    b'{"a":' * 3000,
    b"<a>" * 3000,
    b"    " * 300 + b"+ x",
    b"\n" * 50,
    b"1." * 500,
)
"""Tokens that often break parsers: encodings, JSON/XML syntax, entities, nesting, magic numbers."""


@functools.cache
def read_seed(path: Path) -> bytes:
    """The bytes of a seed file, read once per test run."""
    return path.read_bytes()


garbage = st.binary(max_size=4096) | st.text(max_size=2000).map(lambda s: s.encode("utf-8", "surrogatepass"))
"""Bytes with no structure at all, and arbitrary (possibly invalid) UTF-8 text."""


@st.composite
def byte_mutations(draw: st.DrawFn, seed: bytes) -> bytes:
    """`seed` with 1-8 byte-level edits: flips, insertions, deletions, duplications, truncation."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 8))):
        kind = draw(st.sampled_from(("flip", "insert", "delete", "duplicate", "truncate", "token")))
        pos = draw(st.integers(0, len(data)))
        if kind == "flip" and pos < len(data):
            data[pos] ^= 1 << draw(st.integers(0, 7))
        elif kind == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=16))
        elif kind == "delete":
            del data[pos : pos + draw(st.integers(1, 64))]
        elif kind == "duplicate":
            n = draw(st.integers(1, 256))
            data[pos:pos] = data[pos : pos + n] * draw(st.integers(1, 4))
        elif kind == "truncate":
            del data[pos:]
        else:
            data[pos:pos] = draw(st.sampled_from(INTERESTING))
    return bytes(data)


@st.composite
def line_mutations(draw: st.DrawFn, seed: bytes) -> bytes:
    """`seed` with 1-6 line-level edits (text formats): drop, repeat, swap, indent, inject lines."""
    lines = seed.split(b"\n")
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(("drop", "repeat", "swap", "indent", "inject")))
        i = draw(st.integers(0, max(0, len(lines) - 1)))
        if kind == "drop" and lines:
            del lines[i]
        elif kind == "repeat" and lines:
            lines[i:i] = [lines[i]] * draw(st.integers(1, 50))
        elif kind == "swap" and lines:
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif kind == "indent" and lines:
            lines[i] = b" " * draw(st.integers(1, 400)) + lines[i]
        else:
            lines.insert(i, draw(st.sampled_from(INTERESTING)) + draw(st.binary(max_size=8)))
    return b"\n".join(lines)


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
"""Any JSON value, NaN and infinities included (Python's json module reads and writes them)."""


def _places(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [path]
    if isinstance(node, dict):
        for k, v in node.items():
            out += _places(v, (*path, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += _places(v, (*path, i))
    return out


def _get(doc: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        doc = doc[key]
    return doc


@st.composite
def json_mutations(draw: st.DrawFn, seed: bytes) -> bytes:
    """A JSON `seed` with 1-6 tree edits: drop, replace, retype, duplicate or swap values."""
    doc = copy.deepcopy(json.loads(seed))
    for _ in range(draw(st.integers(1, 6))):
        places = _places(doc)
        path = draw(st.sampled_from(places))
        kind = draw(st.sampled_from(("drop", "replace", "borrow", "duplicate", "add-key")))
        if not path:
            if kind == "replace":
                doc = draw(json_values)
            continue
        parent, key = _get(doc, path[:-1]), path[-1]
        if kind == "drop":
            del parent[key]
        elif kind == "replace":
            parent[key] = draw(json_values)
        elif kind == "borrow":
            parent[key] = copy.deepcopy(_get(doc, draw(st.sampled_from(places))))
        elif kind == "duplicate" and isinstance(parent, list):
            parent.insert(key, copy.deepcopy(parent[key]))
        elif isinstance(parent, dict):
            parent[draw(st.text(max_size=12))] = draw(json_values)
    return json.dumps(doc, ensure_ascii=draw(st.booleans())).encode("utf-8", "surrogatepass")


def seeds_with_suffix(folders: list[Path], *suffixes: str, limit: int = 200) -> list[Path]:
    """Real files under `folders` whose names end with one of `suffixes`, sorted, at most `limit`."""
    found = sorted(
        p
        for folder in folders
        if folder.is_dir()
        for p in folder.rglob("*")
        if p.is_file() and p.name.endswith(suffixes)
    )
    return found[:limit]


@st.composite
def zip_member_mutations(draw: st.DrawFn, seed: bytes, member: str) -> bytes:
    """A zip `seed` (docx) rebuilt with `member` byte-mutated, or dropped, or replaced by garbage."""
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(seed)) as z:
        files = {info.filename: z.read(info) for info in z.infolist()}
    kind = draw(st.sampled_from(("mutate", "mutate", "drop", "garbage")))
    if kind == "drop":
        files.pop(member, None)
    elif kind == "garbage":
        files[member] = draw(garbage)
    else:
        files[member] = draw(byte_mutations(files.get(member, b"")))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data)
    return out.getvalue()
