"""Schema 3: a file says 3 only when it uses a field an argmap of schema 2 would drop; 2 otherwise."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from argmap.classroom.assignment import (
    dumps_assignment,
    loads_assignment,
    new_assignment,
    save_assignment,
    student_copy,
)
from argmap.io import migrations
from argmap.io.errors import LoadError
from argmap.io.native import dumps, load, loads
from argmap.model import SCHEMA_VERSION, Aim, ArgumentMap, Claim

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
V2_WITH_NEW_FIELDS = FIXTURES / "native" / "v2-aim-author-date.argmap.json"
"""A map as the last build wrote it: aim, author and date in a file that still said 2."""


def _version(text: str) -> int:
    version = json.loads(text)["schema_version"]
    assert isinstance(version, int)
    return version


def _aim_at_premises(m: ArgumentMap) -> None:
    undercut = next(a for a in m.arguments if a.target in {b.id for b in m.arguments})
    undercut.aim = Aim.PREMISES


def _author(m: ArgumentMap) -> None:
    assert m.article is not None
    m.article.author = "Mark Zuckerberg"


def _date(m: ArgumentMap) -> None:
    assert m.article is not None
    m.article.date = "2024-07-23"


def _alternative_thesis(m: ArgumentMap) -> None:
    from argmap.model import Classroom

    m.classroom = Classroom(
        reference=True, alternative_theses=[Claim(id="alt1", text="Open models are safer.")]
    )


NEW_FIELDS: dict[str, Callable[[ArgumentMap], None]] = {
    "aim": _aim_at_premises,
    "author": _author,
    "date": _date,
    "alternative_theses": _alternative_thesis,
}


def test_the_sample_still_says_2_and_round_trips_byte_for_byte(sample_map_path: Path) -> None:
    text = sample_map_path.read_text(encoding="utf-8")
    assert _version(text) == 2
    assert dumps(loads(text)) == text


@pytest.mark.parametrize("use", NEW_FIELDS.values(), ids=NEW_FIELDS.keys())
def test_a_map_using_a_field_of_version_3_says_3_and_keeps_it(
    sample_map: ArgumentMap, use: Callable[[ArgumentMap], None]
) -> None:
    use(sample_map)
    text = dumps(sample_map)
    assert _version(text) == 3
    again = loads(text)
    assert again == sample_map
    assert dumps(again) == text


@pytest.mark.parametrize("use", NEW_FIELDS.values(), ids=NEW_FIELDS.keys())
def test_an_argmap_that_reads_only_2_refuses_such_a_file_instead_of_dropping_the_field(
    sample_map: ArgumentMap, use: Callable[[ArgumentMap], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    use(sample_map)
    text = dumps(sample_map)
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 2)  # the check of an argmap of schema 2
    with pytest.raises(LoadError, match="written by a newer version of argmap"):
        loads(text, "map.argmap.json")


def test_taking_the_field_away_again_writes_2(sample_map: ArgumentMap, sample_map_path: Path) -> None:
    _aim_at_premises(sample_map)
    assert _version(dumps(sample_map)) == 3
    next(a for a in sample_map.arguments if a.aim is Aim.PREMISES).aim = Aim.INFERENCE
    assert dumps(sample_map) == sample_map_path.read_text(encoding="utf-8")


def test_a_file_the_last_build_wrote_as_2_keeps_its_fields_and_is_saved_as_3() -> None:
    text = V2_WITH_NEW_FIELDS.read_text(encoding="utf-8")
    assert _version(text) == 2
    m = load(V2_WITH_NEW_FIELDS)
    assert m.article is not None and (m.article.author, m.article.date) == ("A. Teacher", "2026-11-30")
    assert [a.aim for a in m.arguments].count(Aim.PREMISES) == 1
    written = dumps(m)
    assert _version(written) == 3
    assert written == text.replace('"schema_version": 2', '"schema_version": 3', 1)


def test_a_file_saying_3_without_new_fields_reads_and_is_written_as_2(sample_map_path: Path) -> None:
    text = sample_map_path.read_text(encoding="utf-8")
    m = loads(text.replace('"schema_version": 2', '"schema_version": 3', 1))
    assert m.schema_version == SCHEMA_VERSION == 3
    assert dumps(m) == text


def _argmap(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "argmap", *args], capture_output=True, text=True, check=False, timeout=60
    )


def test_the_command_line_names_a_newer_file_in_one_plain_line(tmp_path: Path, sample_map_path: Path) -> None:
    doc = json.loads(sample_map_path.read_text(encoding="utf-8"))
    doc["schema_version"] = 4
    newer = tmp_path / "from-the-future.argmap.json"
    newer.write_text(json.dumps(doc), encoding="utf-8")
    for args in (
        ["validate", str(newer)],
        ["stats", str(newer)],
        ["convert", str(newer), "-o", str(tmp_path / "x.argdown")],
    ):
        proc = _argmap(*args)
        assert proc.returncode == 2, (args, proc.stderr)
        assert proc.stderr.count("\n") == 1, proc.stderr
        assert proc.stderr.startswith(f"error: {newer}: was written by a newer version of argmap "), (
            proc.stderr
        )
        assert "(file format 4; this one reads up to 3): update argmap to open it" in proc.stderr
    assert not (tmp_path / "x.argdown").exists()


def test_the_json_schema_says_which_versions_there_are() -> None:
    proc = _argmap("schema")
    assert proc.returncode == 0
    field = json.loads(proc.stdout)["properties"]["schema_version"]
    assert (field["minimum"], field["maximum"]) == (1, 3)
    assert "3 when the map uses" in field["description"] and "alternative_theses" in field["description"]


def test_an_assignment_says_2_only_when_it_holds_the_teachers_pairings(sample_map: ArgumentMap) -> None:
    assert sample_map.article is not None
    a = new_assignment(sample_map.article, "Week 3", reference=sample_map)
    plain = json.loads(dumps_assignment(a))
    assert plain["format_version"] == 1 and "pairings" not in plain
    a.pairings = {"Ada": {"c1": "c4", "c2": None}}
    paired = dumps_assignment(a)
    assert json.loads(paired)["format_version"] == 2
    assert loads_assignment(paired).pairings == a.pairings
    assert json.loads(dumps_assignment(student_copy(a)))["format_version"] == 1


def test_a_newer_assignment_package_gets_the_same_plain_message(
    sample_map: ArgumentMap, tmp_path: Path
) -> None:
    assert sample_map.article is not None
    path = tmp_path / "week.argmap-assignment.json"
    save_assignment(new_assignment(sample_map.article, "Week 3", reference=sample_map), path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["format_version"] = 3
    path.write_text(json.dumps(doc), encoding="utf-8")
    proc = _argmap("grade", str(path), str(tmp_path))
    assert proc.returncode == 2, proc.stderr
    assert f"{path}: was written by a newer version of argmap (assignment format 3" in proc.stderr
    assert "Traceback" not in proc.stderr
