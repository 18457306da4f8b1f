"""AIF JSON in all three shapes: the argument layer drawn, the dialogue layer kept, lossless round trips."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from argmap.io.aif_read import read
from argmap.io.aif_write import write_aifdb, write_ova
from argmap.model import Relation
from tests.argmap.io.aif_builders import Nodeset, dialogue, ova2, ova3


def _multiset(items: list[Any]) -> Counter[str]:
    return Counter(json.dumps(x, sort_keys=True) for x in items)


def test_a_thousand_node_dialogue_shows_only_the_argument_layer() -> None:
    ns = dialogue(260)
    assert len(ns.nodes) > 1000
    result = read(ns.data(), "debate.json")
    m = result.map
    kinds = Counter(n["type"] for n in ns.nodes)
    assert len(m.claims) == kinds["I"]
    assert len(m.arguments) == kinds["RA"] + kinds["CA"]
    assert {a.relation for a in m.arguments} == {Relation.SUPPORT, Relation.ATTACK}
    assert any("dialogue layer kept" in w and f"{kinds['L']} L" in w for w in result.warnings)
    kept = m.origin.data["aif"] if m.origin else {}
    assert isinstance(kept, dict)
    assert Counter(n["type"] for n in kept["nodes"]) == {
        "L": kinds["L"],
        "YA": kinds["YA"],
        "TA": kinds["TA"],
    }
    assert "\u00a0" in m.claims[0].text and "\u2019" in m.claims[0].text


def test_aifdb_export_writes_back_every_node_edge_and_locution() -> None:
    ns = dialogue(120)
    m = read(ns.data(), "debate.json").map
    out = json.loads(write_aifdb(m).data)
    assert _multiset(out["nodes"]) == _multiset(ns.nodes)
    assert _multiset(out["edges"]) == _multiset(ns.edges)
    assert out["locutions"] == ns.locutions


def test_undercut_linked_premises_rephrase_and_two_conclusions() -> None:
    ns = Nodeset()
    a, b, c, d, e = (ns.node("I", t) for t in "ABCDE")
    ra = ns.infer([a, b], c)
    ns.infer([d], ra, "CA")
    ns.infer([e], c, "MA")
    two = ns.infer([e], a, scheme="Argument From Expert Opinion")
    ns.edge(two, b)
    m = read(ns.data(), "x.json").map
    linked = m.argument(ra)
    assert sorted(linked.premises) == sorted([a, b]) and linked.target == c
    undercut = next(x for x in m.arguments if x.target == ra)
    assert undercut.relation is Relation.ATTACK and undercut.premises == [d]
    split = [x for x in m.arguments if x.origin and x.origin.id == two]
    assert sorted(x.target for x in split) == sorted([a, b])
    assert all(x.scheme == "Argument From Expert Opinion" for x in split)
    out = json.loads(write_aifdb(m).data)
    assert _multiset(out["nodes"]) == _multiset(ns.nodes)
    assert _multiset(out["edges"]) == _multiset(ns.edges)
    assert [n["type"] for n in out["nodes"] if n["nodeID"] not in (a, b, c, d, e)].count("MA") == 1


def test_ova3_anchors_become_spans_and_positions_hints() -> None:
    ns = Nodeset("stamp")
    l1, i1 = ns.say("Rachel", "A", 1)
    l2, i2 = ns.say("Rachel", "B", "1")
    ns.infer([i2], i1)
    doc = ova3(ns, {l1: "A", l2: "B"})
    m = read(json.dumps(doc).encode(), "ova.json").map
    assert m.article is not None and m.article.text.startswith("A B")
    assert [s.quote for s in m.claim(i1).spans] == ["A"]
    assert [s.quote for s in m.claim(i2).spans] == ["B"]
    assert not m.layout.pins
    assert set(m.layout.hints) == {c.id for c in m.claims} | {a.id for a in m.arguments}
    again = read(write_ova(m).data, "again.json").map
    assert [c.spans for c in again.claims] == [c.spans for c in m.claims]
    assert again.layout.hints == m.layout.hints
    out = json.loads(write_ova(m).data)
    assert f'id="node{l1}"' in out["text"] and out["AIF"]["participants"] == doc["AIF"]["participants"]


def test_ova2_positions_are_read_from_the_nodes() -> None:
    ns = Nodeset()
    a, b = ns.node("I", "A"), ns.node("I", "B")
    ns.infer([b], a)
    m = read(json.dumps(ova2(ns)).encode(), "old.json").map
    assert m.origin is not None and m.origin.data["shape"] == "ova2"
    assert m.layout.hints[b].x == 40.0 and m.layout.hints[b].y == 30.0


def test_aif_without_positions_gets_a_layout_in_the_ova_export(sample_map: Any) -> None:
    out = json.loads(write_ova(sample_map).data)
    boxes = {n["nodeID"]: (n["x"], n["y"]) for n in out["OVA"]["nodes"]}
    assert len(set(boxes.values())) == len(boxes) == len(sample_map.claims) + len(sample_map.arguments)
    anchored = sum(len(c.spans) for c in sample_map.claims)
    assert out["text"].count('class="highlighted"') == anchored


def test_fifty_thousand_nodes_import_with_the_dialogue_kept() -> None:
    ns = dialogue(12600, id_style="digits")
    assert len(ns.nodes) >= 50000
    m = read(ns.data(), "big.json").map
    assert len(m.claims) == sum(n["type"] == "I" for n in ns.nodes)
    assert m.arguments
