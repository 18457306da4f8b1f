"""What `argmap convert` tells the user: counts in plain English, what was written, and in which format."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SHARED

ONE_HEADING = b"# Group\n\n[A]: Claim A.\n  + [B]: Claim B.\n\n<Lonely>: An argument with no conclusion.\n"
ONE_EXTERNAL_LINK = (
    b"Discussion Title: Phones?\n\n1. Schools should ban phones.\n1.1. Pro: Phones distract.\n"
    b"1.2. Con: -> See discussion #123\n"
)
ONE_OF_EACH_AIF = json.dumps(
    {
        "nodes": [
            {"nodeID": "1", "text": "A", "type": "I"},
            {"nodeID": "2", "text": "B", "type": "I"},
            {"nodeID": "3", "text": "C", "type": "I"},
            {"nodeID": "4", "text": "Default Inference", "type": "RA"},
            {"nodeID": "5", "text": "Ada: A", "type": "L"},
        ],
        "edges": [
            {"edgeID": "1", "fromID": "1", "toID": "4"},
            {"edgeID": "2", "fromID": "4", "toID": "2"},
            {"edgeID": "3", "fromID": "9", "toID": "2"},
        ],
        "locutions": [{"nodeID": "77"}],
    }
).encode()
ONE_UNKNOWN_EDGE = b"""<?xml version='1.0' encoding='UTF-8'?>
<arggraph id="t1">
  <edu id="e1">Schools should ban phones.</edu>
  <edu id="e2">Phones distract pupils.</edu>
  <adu id="a1" type="pro"/>
  <adu id="a2" type="pro"/>
  <edge id="c1" src="e1" trg="a1" type="seg"/>
  <edge id="c2" src="e2" trg="a2" type="seg"/>
  <edge id="c3" src="a2" trg="a1" type="sup"/>
  <edge id="c4" src="a2" trg="a1" type="zzz"/>
</arggraph>
"""

ONE_PLURAL = re.compile(
    r"\b1 (claims|headings|arguments|nodes|edges|locutions|units|theses|relations|paragraphs|anchors)\b"
)


def _convert(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "argmap", "convert", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        (
            "one.argdown",
            ONE_HEADING,
            [
                "warning: 1 heading (an Argdown group) is not kept",
                "warning: 1 argument with no conclusion or outgoing relation became a claim",
            ],
        ),
        ("one.txt", ONE_EXTERNAL_LINK, ["warning: 1 claim points to another Kialo discussion; kept as text"]),
        (
            "one.json",
            ONE_OF_EACH_AIF,
            [
                "warning: 1 edge points at a node that is not in the file; it is not drawn",
                "warning: dialogue layer kept in the file's data, not drawn: 1 node (1 L)",
                "warning: 1 locution points at a node that is not in the file (kept as it is)",
                "warning: 1 claim takes part in no argument (unconnected I node); it is shown apart",
            ],
        ),
        ("one.xml", ONE_UNKNOWN_EDGE, ["warning: 1 edge of unknown type was left out"]),
    ],
)
def test_an_import_of_one_thing_says_it_in_the_singular(
    tmp_path: Path, name: str, data: bytes, expected: list[str]
) -> None:
    source = tmp_path / name
    source.write_bytes(data)
    proc = _convert(str(source), "-o", str(tmp_path / "out.argmap.json"))
    assert proc.returncode == 0, proc.stderr
    for line in expected:
        assert f"{source}: {line}\n" in proc.stderr, proc.stderr
    assert not ONE_PLURAL.search(proc.stderr + proc.stdout), proc.stderr


def test_a_json_name_says_it_was_written_as_aif_and_how_to_get_an_argmap_map(
    tmp_path: Path, sample_map_path: Path
) -> None:
    out = tmp_path / "veggie.json"
    proc = _convert(str(sample_map_path), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == f"{out}: written as AIF JSON, AIFdb shape (10 claims, 8 arguments)\n"
    assert (
        f"{out}: a .json name is written as AIF JSON (AIFdb shape); for an argmap map name it "
        "veggie.argmap.json or add --to argmap (--to ova writes OVA3's shape)\n"
    ) in proc.stderr
    assert "not written" not in proc.stderr
    assert f"{out}: lost in this format: the article and 12 anchors" in proc.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["nodes"], "the file is written, as AIF"


def test_naming_the_format_or_the_native_extension_gets_no_json_note(
    tmp_path: Path, sample_map_path: Path
) -> None:
    for out, extra in ((tmp_path / "a.json", ["--to", "aif"]), (tmp_path / "b.argmap.json", [])):
        proc = _convert(str(sample_map_path), "-o", str(out), *extra)
        assert proc.returncode == 0, proc.stderr
        assert "a .json name" not in proc.stderr
    assert "written as argmap map (10 claims, 8 arguments)" in proc.stdout
    proc = _convert(str(sample_map_path), "-o", str(tmp_path / "c.json"), "--to", "argmap")
    assert proc.returncode == 0 and proc.stderr == ""
    assert json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))["schema_version"] == 2


def test_the_veggie_debate_to_json_says_the_tags_not_the_claims_were_lost(tmp_path: Path) -> None:
    veggie = (
        SHARED
        / "corpora"
        / "argdown-examples"
        / "packages"
        / "argdown-core"
        / "test"
        / "veggie_debate.argdown"
    )
    if not veggie.is_file():
        pytest.skip("../shared is not beside this checkout")
    out = tmp_path / "veggie.json"
    proc = _convert(str(veggie), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert f"{out}: lost in this format: the tags on 3 claims (AIF has no place for tags)\n" in proc.stderr
    assert "claims with tags" not in proc.stderr
    assert proc.stdout.startswith(f"{out}: written as AIF JSON, AIFdb shape (43 claims")
    assert out.is_file()
