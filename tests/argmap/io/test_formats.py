"""The format registry: sniffing, read_map / write_map, the seed map through every format, `argmap convert`."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

from argmap.cli import main
from argmap.io.errors import LoadError
from argmap.io.formats import detect, dialog_filters, format_ids, formats, read_map, write_map
from argmap.model import ArgumentMap
from tests.argmap.io.roundtrip import compare, signature

SUFFIX = {"argmap": ".argmap.json", "aif": ".json", "ova": ".json", "argdown": ".argdown", "kialo": ".txt"}


def test_the_fixed_list_of_formats() -> None:
    assert format_ids() == [
        "argmap",
        "aif",
        "ova",
        "argdown",
        "kialo",
        "microtext",
        "graphml",
        "dot",
        "outline",
    ]
    assert {f.id for f in formats() if f.read} == {"argmap", "aif", "ova", "argdown", "kialo", "microtext"}
    filters = dict(dialog_filters("write"))
    assert "microtext" not in filters and filters["argdown"] == "Argdown (*.argdown *.ad)"
    assert [i for i, _ in dialog_filters("read")] == ["argmap", "aif", "ova", "argdown", "kialo", "microtext"]


@pytest.mark.parametrize(
    ("head", "name", "expected"),
    [
        (b'{"schema_version": 2, "claims": []}', "x.json", "argmap"),
        (b'{"nodes": [{"nodeID": "1"}], "edges": []}', "x.txt", "aif"),
        (b'\xef\xbb\xbf{"AIF": {"nodes": []}, "OVA": {}}', "x", "aif"),
        (b"[A]: text\n  + [B]: more\n", "notes.txt", "argdown"),
        (b"anything", "map.argdown", "argdown"),
        (b"Discussion Title: x\n\n1. y\n", "export.txt", "kialo"),
        (b"<?xml version='1.0'?>\n<arggraph id='m'>", "m.xml", "microtext"),
        (b"Just an article about phones.\n", "article.txt", None),
        (b'{"edges": [{"source_id": "a"}], "nodes": [{"type": "atom"}]}', "s.json", None),
    ],
)
def test_sniffing_by_content_then_extension(head: bytes, name: str, expected: str | None) -> None:
    found = detect(head, name)
    assert (found.id if found else None) == expected


@pytest.mark.parametrize("fmt", ["argmap", "aif", "ova", "argdown", "kialo"])
def test_seed_map_exported_to_each_readable_format_opens_again(
    sample_map: ArgumentMap, tmp_path: Path, fmt: str
) -> None:
    path = tmp_path / f"seed{SUFFIX[fmt]}"
    losses = write_map(sample_map, path, fmt)
    again = read_map(path).map
    assert {c.text for c in again.claims} == {c.text for c in sample_map.claims}
    if fmt in ("argmap", "ova", "argdown"):
        assert compare(signature(sample_map), signature(again)) == "same"
        assert losses == [] or fmt == "ova"
    else:
        assert losses, f"{fmt} cannot hold everything in the seed map and must say what it drops"


def test_seed_map_written_for_graph_tools(sample_map: ArgumentMap, tmp_path: Path) -> None:
    write_map(sample_map, tmp_path / "seed.graphml")
    g = nx.read_graphml(tmp_path / "seed.graphml")
    assert g.number_of_nodes() == len(sample_map.claims) + len(sample_map.arguments)
    assert g.nodes["c1"]["text"] == sample_map.claim("c1").text
    write_map(sample_map, tmp_path / "seed.dot")
    dot = (tmp_path / "seed.dot").read_text(encoding="utf-8")
    assert dot.startswith("digraph") and dot.count("->") == sum(
        len(a.premises) + 1 for a in sample_map.arguments
    )
    write_map(sample_map, tmp_path / "seed.md")
    outline = (tmp_path / "seed.md").read_text(encoding="utf-8")
    assert "- Open source is the better path for AI." in outline and "**Con:**" in outline
    assert "> “" in outline, "the outline quotes the anchored spans"


def test_read_map_refuses_what_it_cannot_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("An article.\n", encoding="utf-8")
    with pytest.raises(LoadError, match="not a map argmap can read"):
        read_map(tmp_path / "a.txt")
    with pytest.raises(LoadError, match="no such file"):
        read_map(tmp_path / "missing.json")


def test_convert_command(sample_map_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "seed.json"
    assert main(["convert", str(sample_map_path), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "lost in this format:" in err and "anchors" in err
    assert json.loads(out.read_text(encoding="utf-8"))["nodes"]
    assert main(["convert", str(out), "-o", str(tmp_path / "back.argdown"), "--to", "argdown"]) == 0
    assert main(["convert", str(out), "-o", str(out)]) == 2, "refuses to overwrite without --force"
    assert main(["convert", str(out), "-o", str(tmp_path / "x.out"), "--to", "nope"]) == 2
    assert "known formats" in capsys.readouterr().err
    assert main(["convert", str(out), "-o", str(tmp_path / "x.xml"), "--to", "microtext"]) == 2
    (tmp_path / "bad.json").write_bytes(b'{"nodes": [')
    assert main(["convert", str(tmp_path / "bad.json"), "-o", str(tmp_path / "y.argdown")]) == 2
    assert "bad.json: line 1" in capsys.readouterr().err
    assert main(["convert", "--formats"]) == 0
    assert "microtext" in capsys.readouterr().out
