"""Fuzz the native `*.argmap.json` loader: garbage, byte and tree mutations of real maps, odd files."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from argmap.analysis.findings import validate
from argmap.io.errors import LoadError
from argmap.io.native import dumps, load, loads
from argmap.limits import LIMITS
from argmap.model import ArgumentMap
from tests.conftest import FIXTURES, SEEDS
from tests.robustness.conftest import Tally
from tests.robustness.harness import LoaderFailure, load_or_clean_error
from tests.robustness.mutations import byte_mutations, garbage, json_mutations, read_seed, seeds_with_suffix

SOURCE = "fuzzed.argmap.json"
NATIVE_SEEDS = seeds_with_suffix([SEEDS, FIXTURES], ".argmap.json")
CATEGORY = "loader native (.argmap.json)"


def check_native(data: bytes, tally: Tally) -> ArgumentMap | LoadError:
    """Loading `data` gives a usable map or one clean LoadError; a loaded map validates and round-trips."""
    tally.add(CATEGORY)
    try:
        result = load_or_clean_error(lambda: loads(data, SOURCE), SOURCE)
        if isinstance(result, ArgumentMap):
            validate(result)
            text = dumps(result)
            assert dumps(loads(text, SOURCE)) == text, "a loaded map does not survive save and reopen"
        return result
    except (LoaderFailure, AssertionError):
        tally.fail(CATEGORY)
        raise
    except Exception as e:
        tally.fail(CATEGORY)
        raise LoaderFailure(f"a loaded map breaks validate or save: {type(e).__name__}: {e}") from e


def test_there_are_real_maps_to_mutate() -> None:
    assert NATIVE_SEEDS, "no *.argmap.json in seeds/ or tests/fixtures/"


@given(garbage)
def test_garbage_bytes(tally: Tally, data: bytes) -> None:
    check_native(data, tally)


@given(st.sampled_from(NATIVE_SEEDS).flatmap(lambda p: byte_mutations(read_seed(p))))
def test_byte_mutations_of_real_maps(tally: Tally, data: bytes) -> None:
    check_native(data, tally)


@given(st.sampled_from(NATIVE_SEEDS).flatmap(lambda p: json_mutations(read_seed(p))))
def test_tree_mutations_of_real_maps(tally: Tally, data: bytes) -> None:
    check_native(data, tally)


def _sample() -> dict[str, object]:
    doc = json.loads(read_seed(NATIVE_SEEDS[0]))
    assert isinstance(doc, dict)
    return doc


REFUSED = {
    "long unknown key",
    "long duplicate key",
    "deep nesting",
    "deep object",
    "huge integer",
    "NaN pin",
    "huge float",
    "too many claims",
    "too long article",
}
"""Inputs that must be refused with a message (the others may load or be refused)."""

PATHOLOGICAL: dict[str, bytes] = {
    "deep nesting": b"[" * 200_000 + b"]" * 200_000,
    "deep object": b'{"a":' * 100_000 + b"1" + b"}" * 100_000,
    "huge integer": b'{"schema_version": 1' + b"0" * 5000 + b"}",
    "huge float": json.dumps({**_sample(), "layout": {"pins": {"c1": {"x": 1, "y": 0}}}})
    .replace('"x": 1', '"x": 1e999')
    .encode(),
    "schema version as float": b'{"schema_version": 1.0}',
    "schema version true": b'{"schema_version": true}',
    "NaN pin": json.dumps({**_sample(), "layout": {"pins": {"c1": {"x": float("nan"), "y": 0}}}}).encode(),
    "too many claims": json.dumps({"schema_version": 1, "claims": [{}] * (LIMITS.claims + 1)}).encode(),
    "too long article": json.dumps(
        {"schema_version": 1, "article": {"text": "x" * (LIMITS.article_chars + 1)}}
    ).encode(),
    "UTF-16": json.dumps(_sample()).encode("utf-16"),
    "BOM only": b"\xef\xbb\xbf",
    "lone surrogate": b'{"schema_version": 1, "title": "\\ud800"}',
    "duplicate ids": json.dumps({**_sample(), "claims": [_sample()["claims"][0]] * 2}).encode(),  # type: ignore[index]
    "array at top": b"[1, 2, 3]",
    "long unknown key": json.dumps({**_sample(), "z" * 5000: 1}).encode(),
    "long duplicate key": b'{"schema_version": 2, "' + b"k" * 5000 + b'": 1, "' + b"k" * 5000 + b'": 2}',
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input(name: str, tally: Tally) -> None:
    result = check_native(PATHOLOGICAL[name], tally)
    if name in REFUSED:
        assert isinstance(result, LoadError), f"{name}: loaded instead of refused"


def test_files_that_are_not_regular_files(tmp_path: Path, tally: Tally) -> None:
    fifo = tmp_path / "pipe.argmap.json"
    os.mkfifo(fifo)
    for path in (fifo, tmp_path, tmp_path / "missing.argmap.json"):
        tally.add(CATEGORY)
        result = load_or_clean_error(lambda p=path: load(p), str(path))  # type: ignore[misc]
        assert isinstance(result, LoadError)


def test_oversized_file_is_refused_by_size(tmp_path: Path, tally: Tally) -> None:
    big = tmp_path / "big.argmap.json"
    with big.open("wb") as f:
        f.truncate(LIMITS.map_file_bytes + 1)
    tally.add(CATEGORY)
    result = load_or_clean_error(lambda: load(big), str(big))
    assert isinstance(result, LoadError)
    assert "limit" in result.problem
