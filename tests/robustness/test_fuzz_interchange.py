"""Fuzz every readable interchange format (AIF, OVA, Argdown, Kialo, microtext, argmap) via the registry."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.analysis.findings import Level, validate
from argmap.io.formats import Format, ImportResult, detect, export_map, formats, read_bytes
from argmap.io.native import dumps, load, loads
from tests.conftest import FIXTURES, SAMPLE_MAP
from tests.robustness.conftest import Tally
from tests.robustness.harness import LoaderFailure, load_or_clean_error
from tests.robustness.mutations import (
    byte_mutations,
    garbage,
    json_mutations,
    line_mutations,
    read_seed,
    seeds_with_suffix,
)

READABLE: dict[str, Format] = {f.id: f for f in formats() if f.read is not None}
JSON_FORMATS = {"argmap", "aif", "ova"}
SHARED_SEEDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "aif": ("corpora/aif-ova-samples", (".json",)),
    "ova": ("corpora/aif-ova-samples", (".json",)),
    "argdown": ("corpora/argdown-examples", (".argdown", ".ad")),
    "microtext": ("corpora/arg-microtexts", (".xml",)),
}


def _exported_sample(fmt: str) -> list[bytes]:
    """The sample map written in `fmt`, when argmap can write it: a real file of that format."""
    f = READABLE[fmt]
    return [export_map(load(SAMPLE_MAP), fmt).data] if f.write is not None else []


def _repo_seeds(fmt: str) -> list[bytes]:
    found = [read_seed(p) for p in seeds_with_suffix([FIXTURES], *READABLE[fmt].extensions, limit=20)]
    return _exported_sample(fmt) + [s for s in found if READABLE[fmt].sniff(s[:65536], "x")]


def check_reader(fmt: str | None, data: bytes, tally: Tally) -> None:
    """Reading gives a whole, valid map or one clean LoadError; never a crash, hang or blow-up."""
    category = f"loader {fmt or 'auto-detect'} (interchange)"
    source = f"fuzzed.{fmt or 'input'}"
    tally.add(category)
    try:
        result = load_or_clean_error(lambda: read_bytes(data, source, fmt), source)
        if isinstance(result, ImportResult):
            errors = [f for f in validate(result.map) if f.level is Level.ERROR]
            detected = fmt or getattr(detect(data[:65536], source), "id", None)
            if detected == "argmap" and errors:
                # A native file is loaded as written; `argmap validate` and the app report its errors.
                tally.note(category, "native maps loaded with error findings")
            else:
                assert not errors, f"an importer built a broken map: {errors[0]}"
            text = dumps(result.map)
            assert dumps(loads(text, source)) == text, "an imported map does not survive save and reopen"
    except (LoaderFailure, AssertionError):
        tally.fail(category)
        raise
    except Exception as e:
        tally.fail(category)
        raise LoaderFailure(f"an imported map breaks validate or save: {type(e).__name__}: {e}") from e


def _mutate(fmt: str, seed: bytes) -> st.SearchStrategy[bytes]:
    if fmt in JSON_FORMATS:
        return json_mutations(seed) | byte_mutations(seed)
    return line_mutations(seed) | byte_mutations(seed)


def test_every_readable_format_is_fuzzed() -> None:
    assert {"argmap", "aif", "ova", "argdown", "kialo", "microtext"} <= set(READABLE)


@given(garbage)
def test_garbage_with_format_detection(tally: Tally, data: bytes) -> None:
    check_reader(None, data, tally)


@pytest.mark.parametrize("fmt", sorted(READABLE))
@given(data=st.data())
def test_garbage_as_each_format(fmt: str, tally: Tally, data: st.DataObject) -> None:
    check_reader(fmt, data.draw(garbage), tally)


@pytest.mark.parametrize("fmt", sorted(f for f in READABLE if _repo_seeds(f)))
@given(data=st.data())
def test_mutations_of_files_in_the_repo(fmt: str, tally: Tally, data: st.DataObject) -> None:
    seed = data.draw(st.sampled_from(_repo_seeds(fmt)))
    check_reader(fmt, data.draw(_mutate(fmt, seed)), tally)


@pytest.mark.parametrize("fmt", sorted(SHARED_SEEDS))
@settings(
    max_examples=max(20, settings().max_examples // 2),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_mutations_of_shared_corpora(fmt: str, shared_dir: Path, tally: Tally, data: st.DataObject) -> None:
    folder, suffixes = SHARED_SEEDS[fmt]
    files = [
        p
        for p in seeds_with_suffix([shared_dir / folder], *suffixes)
        if READABLE[fmt].sniff(read_seed(p)[:65536], str(p))
    ]
    assert files, f"no {fmt} files in {shared_dir / folder}"
    seed = read_seed(data.draw(st.sampled_from(files)))
    check_reader(fmt, data.draw(_mutate(fmt, seed)), tally)


BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE arggraph [<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">]>
<arggraph id="x"><edu id="e1">&e;&e;&e;&e;&e;&e;&e;&e;</edu></arggraph>
"""
EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE arggraph [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<arggraph id="x"><edu id="e1">&x;</edu><adu id="a1" type="pro"/></arggraph>
"""
PATHOLOGICAL: list[tuple[str, str, bytes]] = [
    ("microtext", "entity bomb", BOMB),
    ("microtext", "external entity", EXTERNAL),
    ("microtext", "deep XML", b"<arggraph>" + b"<a>" * 100_000 + b"</a>" * 100_000 + b"</arggraph>"),
    ("aif", "deep JSON", b'{"nodes":' + b"[" * 100_000 + b"]" * 100_000 + b"}"),
    ("aif", "huge number", b'{"nodes": [], "edges": [], "x": 1' + b"0" * 5000 + b"}"),
    (
        "kialo",
        "deep numbering",
        b"Discussion Title: t\n\n1. root\n" + b"".join(b"1." * i + b"1. Pro: x\n" for i in range(1, 400)),
    ),
    (
        "argdown",
        "deep indentation",
        b"[A]: a\n" + b"".join(b"    " * i + b"+ <b%d>: x\n" % i for i in range(1, 400)),
    ),
    ("argdown", "unclosed everything", b"[" * 5000 + b"<" * 5000 + b"{" * 5000),
    ("argdown", "argument attacking itself", b"<b>: x\n    - <b>\n\n[A]: y\n  + [A]\n"),
    (
        "aif",
        "lone surrogate in an id",
        b'{"nodes": [{"nodeID": "\\ud800", "text": "x", "type": "I"}], "edges": []}',
    ),
    ("microtext", "unknown encoding", b'<?xml version="1.0" encoding="TTF-8"?><arggraph id="a"/>'),
    ("microtext", "multi-byte encoding", b'<?xml version="1.0" encoding="shift_jis"?><arggraph id="a"/>'),
]


@pytest.mark.parametrize(
    ("fmt", "name", "payload"), PATHOLOGICAL, ids=[f"{f}-{n}" for f, n, _ in PATHOLOGICAL]
)
def test_pathological_input(fmt: str, name: str, payload: bytes, tally: Tally) -> None:
    check_reader(fmt, payload, tally)
    if name in ("entity bomb", "external entity"):
        result = load_or_clean_error(lambda: read_bytes(payload, "x.xml", fmt), "x.xml")
        assert not isinstance(result, ImportResult) or "root:" not in dumps(result.map), (
            "an entity was expanded"
        )
