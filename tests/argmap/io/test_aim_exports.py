"""DOT, GraphML, Kialo and `argmap stats` tell an undercut (an attack on the inference) from an attack on an argument's premises."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from argmap.io.argdown_read import read
from argmap.io.native import save
from argmap.model import ArgumentMap

DOC = b"""[s]: Schools should ban phones.
  + <Distraction>: Phones distract pupils.
    - <Selective>: Those studies picked bad schools.

[t]: Homework should be short.
  + <Tired>: Pupils are tired.
    <_ <Other causes>: Tiredness has other causes.
    <+ <Sleep>: Tired pupils learn less.
"""


def _saved(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    m: ArgumentMap = read(DOC, "phones.argdown").map
    path = tmp_path / "phones.argmap.json"
    save(m, path)
    return path, {a.origin.id: a.id for a in m.arguments if a.origin is not None and a.origin.id}


def _convert(source: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "argmap", "convert", str(source), "-o", str(out)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def test_dot_dashes_only_the_undercut(tmp_path: Path) -> None:
    source, ids = _saved(tmp_path)
    out = tmp_path / "phones.dot"
    assert _convert(source, out).returncode == 0
    edges = {
        line.split(" -> ")[0].strip().strip('"'): line
        for line in out.read_text().splitlines()
        if " -> " in line
    }
    assert "style=dashed" in edges[ids["Other causes"]], "an attack on the inference is an undercut"
    assert "style=dashed" not in edges[ids["Selective"]], "an attack on the premises is a plain attack"
    assert "style=dashed" not in edges[ids["Sleep"]], "a support of an inference is no undercut"
    assert "#D55E00" in edges[ids["Selective"]]


def test_kialo_names_each_kind_it_hangs_under_a_premise(tmp_path: Path) -> None:
    source, _ids = _saved(tmp_path)
    out = tmp_path / "phones.txt"
    proc = subprocess.run(
        [sys.executable, "-m", "argmap", "convert", str(source), "-o", str(out), "--to", "kialo"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    lost = [
        line.split("lost in this format: ", 1)[1]
        for line in proc.stderr.splitlines()
        if "lost in this format" in line
    ]
    assert "1 attack on a reason's premises was hung under the reason's first premise" in lost
    assert (
        "1 objection to a reasoning step was hung under the reason's first premise "
        "(Kialo cannot attach it to the step itself)"
    ) in lost
    assert "1 support of a reason's premises was hung under the reason's first premise" in lost
    assert not any("undercut" in x for x in lost)
    text = out.read_text(encoding="utf-8")
    assert "Con:\n      Those studies picked bad schools." in text


def test_stats_count_an_attack_on_premises_as_an_attack_not_an_undercut(tmp_path: Path) -> None:
    import json

    source, _ids = _saved(tmp_path)
    proc = subprocess.run(
        [sys.executable, "-m", "argmap", "stats", "--json", str(source)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    stats = json.loads(proc.stdout)
    assert (stats["supports"], stats["attacks"], stats["undercuts"]) == (3, 1, 1)


def test_graphml_marks_only_the_undercut_and_writes_the_aim(tmp_path: Path) -> None:
    import networkx as nx

    source, ids = _saved(tmp_path)
    out = tmp_path / "phones.graphml"
    assert _convert(source, out).returncode == 0
    g = nx.read_graphml(out)
    assert (g.nodes[ids["Other causes"]]["undercut"], g.nodes[ids["Other causes"]]["aim"]) == (
        True,
        "inference",
    )
    assert (g.nodes[ids["Selective"]]["undercut"], g.nodes[ids["Selective"]]["aim"]) == (False, "premises")
    assert g.nodes[ids["Distraction"]]["undercut"] is False and g.nodes[ids["Distraction"]]["aim"] == ""
