"""Native *.argmap.json files: deterministic round trip, atomic save, one clear message per bad file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given

from argmap.io.errors import LoadError, SaveError
from argmap.io.native import dumps, load, loads, save
from argmap.limits import LIMITS
from argmap.model import SCHEMA_VERSION, ArgumentMap
from tests.strategies import argument_maps


@given(argument_maps())
def test_load_of_dump_is_the_same_map(m: ArgumentMap) -> None:
    assert loads(dumps(m)) == m


@given(argument_maps())
def test_output_is_deterministic(m: ArgumentMap) -> None:
    text = dumps(m)
    assert dumps(loads(text)) == text


def test_sample_round_trips_byte_for_byte(sample_map_path: Path) -> None:
    text = sample_map_path.read_text(encoding="utf-8")
    assert dumps(loads(text)) == text


def test_pins_are_written_sorted_so_files_diff_well() -> None:
    m = ArgumentMap.model_validate({"layout": {"pins": {"b": {"x": 1, "y": 2}, "a": {"x": 3, "y": 4}}}})
    pins = json.loads(dumps(m))["layout"]["pins"]
    assert list(pins) == ["a", "b"]


def test_save_is_atomic_and_keeps_a_backup(tmp_path: Path, sample_map: ArgumentMap) -> None:
    target = tmp_path / "map.argmap.json"
    save(sample_map, target)
    first = target.read_bytes()
    sample_map.title = "changed"
    save(sample_map, target)
    assert (tmp_path / "map.argmap.json.bak").read_bytes() == first
    assert load(target).title == "changed"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.argmap.json", "map.argmap.json.bak"], (
        "no temp files left"
    )


def test_a_new_file_gets_normal_permissions(tmp_path: Path, sample_map: ArgumentMap) -> None:
    import os

    old = os.umask(0o022)
    try:
        save(sample_map, tmp_path / "new.argmap.json")
    finally:
        os.umask(old)
    assert (tmp_path / "new.argmap.json").stat().st_mode & 0o777 == 0o644


def test_save_into_a_read_only_folder_says_so_and_leaves_the_old_file(
    tmp_path: Path, sample_map: ArgumentMap
) -> None:
    import os

    if os.geteuid() == 0:
        target = Path("/proc/argmap-cannot-write.argmap.json")
    else:
        folder = tmp_path / "ro"
        folder.mkdir()
        folder.chmod(0o500)
        target = folder / "m.argmap.json"
    with pytest.raises(SaveError, match=r"could not be saved|cannot write"):
        save(sample_map, target)


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


BAD_FILES = [
    ("empty.argmap.json", b"", "the file is empty"),
    ("blank.argmap.json", b"  \n ", "the file is empty"),
    ("garbage.argmap.json", bytes(range(256)) * 4, "binary file"),
    ("latin1.argmap.json", '{"title": "caf\u00e9"}'.encode("latin-1"), "not UTF-8"),
    ("truncated.argmap.json", b'{"schema_version": 1, "claims": [', "not valid JSON"),
    ("list.argmap.json", b"[1, 2]", "not an argmap map"),
    ("aif.json", b'{"nodes": [], "edges": []}', "not an argmap map"),
    ("newer.argmap.json", b'{"schema_version": 999}', "written by a newer version of argmap"),
    ("badversion.argmap.json", b'{"schema_version": "one"}', "schema_version"),
    ("dupkey.argmap.json", b'{"schema_version": 1, "title": "a", "title": "b"}', "appears twice"),
    (
        "wrongtype.argmap.json",
        b'{"schema_version": 1, "claims": [{"id": "c1", "text": 5}]}',
        "claims[0].text",
    ),
    ("extra.argmap.json", b'{"schema_version": 1, "colour": "red"}', "unknown field"),
    (
        "deep.argmap.json",
        b'{"schema_version": 1, "origin": {"format": "x", "data": {"a": '
        + b"[" * 100000
        + b"]" * 100000
        + b"}}}",
        "nests too deeply",
    ),
]


@pytest.mark.parametrize(("name", "data", "expected"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_a_bad_file_gives_one_message_naming_file_place_and_problem(
    tmp_path: Path, name: str, data: bytes, expected: str
) -> None:
    path = _write(tmp_path, name, data)
    with pytest.raises(LoadError) as info:
        load(path)
    message = str(info.value)
    assert message.startswith(str(path)), message
    assert expected in message, message
    assert "Traceback" not in message and "\n" not in message


def test_json_syntax_error_gives_line_and_column(tmp_path: Path) -> None:
    path = _write(tmp_path, "m.argmap.json", b'{\n  "schema_version": 1,\n  "title": oops\n}')
    with pytest.raises(LoadError, match=r"line 3, column 12"):
        load(path)


def test_oversized_file_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import argmap.io.native as native
    from argmap.limits import Limits

    monkeypatch.setattr(native, "LIMITS", Limits(map_file_bytes=100))
    path = _write(tmp_path, "big.argmap.json", b" " * 101)
    with pytest.raises(LoadError, match="over the limit of 100 bytes"):
        load(path)


def test_too_many_claims_is_refused_with_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    import argmap.io.native as native
    from argmap.limits import Limits

    monkeypatch.setattr(native, "LIMITS", Limits(claims=2))
    doc = {"schema_version": SCHEMA_VERSION, "claims": [{"id": f"c{i}", "text": ""} for i in range(3)]}
    with pytest.raises(LoadError, match="3 claims, over the limit of 2"):
        loads(json.dumps(doc), "m.json")


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="no such file"):
        load(tmp_path / "nope.argmap.json")
    with pytest.raises(LoadError, match="is a folder"):
        load(tmp_path)


def test_limits_table_is_in_the_readme() -> None:
    readme = (Path(__file__).resolve().parents[3] / "README.md").read_text(encoding="utf-8")
    assert f"{LIMITS.claims:,}" in readme
    assert f"{LIMITS.article_chars:,}" in readme


def test_a_save_removes_temp_files_that_a_killed_save_left_long_ago(
    tmp_path: Path, sample_map: ArgumentMap
) -> None:
    import os

    target = tmp_path / "m.argmap.json"
    stale = tmp_path / ".m.argmap.json.abc123.tmp"
    fresh = tmp_path / ".m.argmap.json.def456.tmp"
    other = tmp_path / ".other.argmap.json.abc.tmp"
    for f in (stale, fresh, other):
        f.write_text("partial")
    os.utime(stale, (1, 1))
    os.utime(other, (1, 1))
    save(sample_map, target)
    assert not stale.exists(), "an hour-old leftover of this file goes"
    assert fresh.exists(), "a recent one may belong to a save in progress"
    assert other.exists(), "another file's leftovers are not ours"
