"""Malformed and hostile interchange files: a clear LoadError or a consistent map with warnings, never a crash."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from argmap.analysis.findings import Level, validate
from argmap.io.errors import LoadError
from argmap.io.formats import read_bytes
from argmap.model import ArgumentMap
from tests.argmap.io.aif_builders import Nodeset, dialogue

SAMPLES: dict[str, bytes] = {
    "aif": dialogue(12).data(),
    "argdown": b"[A]: a #t\n  + <B>: b\n  - [C]: c\n    <_ [D]: d\n\n<B>\n\n(1) [E]: e\n(2) [F]\n----\n(3) [A]\n",
    "kialo": b"Discussion Name:\nX\n\n1. Thesis:\nA\n\n  1.1. Pro:\n  B [1]\n\n  1.2. Con:\n  -> See 1.1.\n\nSources:\n[1] u\n",
    "microtext": b'<arggraph id="m"><edu id="e1">A</edu><edu id="e2">B</edu><adu id="a1" type="pro"/>'
    b'<adu id="a2" type="opp"/><edge id="c1" src="e1" trg="a1" type="seg"/><edge id="c2" src="e2" trg="a2" '
    b'type="seg"/><edge id="c3" src="a2" trg="a1" type="reb"/></arggraph>',
}


def assert_consistent(m: ArgumentMap) -> None:
    """Every premise is a claim, every target a claim or argument, ids unique, validation clean."""
    claims = {c.id for c in m.claims}
    ids = [c.id for c in m.claims] + [a.id for a in m.arguments] + [t.id for t in m.tags]
    assert len(ids) == len(set(ids))
    for a in m.arguments:
        assert set(a.premises) <= claims
        assert a.target in claims or a.target in {b.id for b in m.arguments}
    assert not [f for f in validate(m) if f.level is Level.ERROR]
    ArgumentMap.model_validate(m.model_dump())


def _read(data: bytes, fmt: str) -> ArgumentMap | None:
    try:
        result = read_bytes(data, f"fuzz.{fmt}", fmt)
    except LoadError as e:
        assert str(e).startswith(f"fuzz.{fmt}: ")
        return None
    assert_consistent(result.map)
    return result.map


def _aif(nodes: Any, edges: Any, **extra: Any) -> bytes:
    return json.dumps({"nodes": nodes, "edges": edges, **extra}).encode()


@pytest.mark.parametrize(
    "data",
    [
        b'{"nodes": [{"nodeID": "1", "text": "A", "type": "I"}',  # truncated
        _aif({"1": "I"}, []),  # wrong type for nodes
        _aif([1, "x", None, []], [{}]),  # nodes that are not objects
        b'{"nodes": [{"nodeID": "1", "text": NaN, "type": "I"}], "edges": []}',
        b'{"nodes": [{"nodeID": 1' + b"0" * 5000 + b', "type": "I"}], "edges": []}',
        b"[" * 100000 + b"]" * 100000,  # deep nesting
        b'{"nodes": [], "edges": [], "x": ' + b"[" * 300 + b"]" * 300 + b"}",
        b'\xff\xfe{"nodes": []}',  # not UTF-8
        b"",
    ],
)
def test_broken_aif_is_refused_with_a_message(data: bytes) -> None:
    with pytest.raises(LoadError, match=r"^bad\.json: "):
        read_bytes(data, "bad.json", "aif")


def test_cycles_reused_ids_and_dangling_edges_give_warnings_not_crashes() -> None:
    ns = Nodeset()
    a, b = ns.node("I", "A"), ns.node("I", "B")
    ra1 = ns.infer([a], b)
    ns.infer([b], a)  # circular support
    ca1 = ns.infer([a], ra1, "CA")
    ca2 = ns.infer([b], ca1, "CA")
    ns.edge(ca1, ca2)  # undercut cycle, and ca1 now has two conclusions
    ns.edge(ra1, ra1)  # self loop
    ns.nodes.append({"nodeID": a, "text": "A again", "type": "I"})  # reused id
    ns.edge(a, "missing")
    ns.nodes.append({"nodeID": ["x"], "text": 5, "type": "I"})
    ns.nodes.append({"nodeID": "7", "text": 12, "type": "I", "x": "left"})
    result = read_bytes(ns.data(), "c.json", "aif")
    assert_consistent(result.map)
    assert result.map.claim("7").text == "12"
    joined = " ".join(result.warnings)
    assert "1 node reuses an earlier node's id" in joined and "not in the file" in joined
    assert "no usable nodeID or type" in joined and "dialogue" not in joined


def test_node_limit_refuses_before_building(monkeypatch: pytest.MonkeyPatch) -> None:
    from argmap.io import aif_graph
    from argmap.limits import Limits

    monkeypatch.setattr(aif_graph, "LIMITS", Limits(nodes=100))
    with pytest.raises(LoadError, match="over the limit of 100"):
        read_bytes(dialogue(40).data(), "big.json", "aif")


@pytest.mark.parametrize("fmt", ["argdown", "kialo"])
def test_text_formats_refuse_binary_and_bad_utf8(fmt: str) -> None:
    for data in (b"\x00\x01\x02binary", b"[A]: caf\xe9\n", b"   \n"):
        with pytest.raises(LoadError, match=rf"^x\.{fmt}: "):
            read_bytes(data, f"x.{fmt}", fmt)


def test_argdown_deep_indentation_and_long_lines() -> None:
    deep = "[A]: a\n" + "".join(f"{'  ' * k}+ [S{k}]: s\n" for k in range(1, 300))
    with pytest.raises(LoadError, match="indents deeper"):
        read_bytes(deep.encode(), "d.argdown", "argdown")
    wide = "[A]: " + "word " * 200000 + "\n  + [B]: b\n"
    m = _read(wide.encode(), "argdown")
    assert m is not None and len(m.claims[0].text) <= 20000


@given(
    fmt=st.sampled_from(sorted(SAMPLES)),
    cuts=st.lists(st.integers(0, 10**6), max_size=4),
    noise=st.binary(max_size=8),
)
def test_mutated_files_never_crash(fmt: str, cuts: list[int], noise: bytes) -> None:
    data = bytearray(SAMPLES[fmt])
    for cut in cuts:
        pos = cut % (len(data) + 1)
        data[pos : pos + len(noise)] = noise
    _read(bytes(data), fmt)


@given(text=st.text(alphabet="[]<>()+-_#{}:\\ \nab1.=/*>", max_size=300))
def test_arbitrary_argdown_like_text_never_crashes(text: str) -> None:
    _read(text.encode(), "argdown")


@given(text=st.text(alphabet="1. ProCn:\n->Se#[]\\()x", max_size=300))
def test_arbitrary_kialo_like_text_never_crashes(text: str) -> None:
    _read(("Discussion Title: t\n" + text).encode(), "kialo")


_IDS = st.sampled_from(["1", "2", "3", "4", "5", 1, 2, "x_1", None])
_NODES = st.lists(
    st.fixed_dictionaries(
        {"nodeID": _IDS, "type": st.sampled_from(["I", "RA", "CA", "MA", "L", "YA", "TA", "PA", "", 3])},
        optional={
            "text": st.one_of(st.text(max_size=5), st.integers()),
            "x": st.integers(),
            "y": st.floats(),
        },
    ),
    max_size=12,
)
_EDGES = st.lists(
    st.fixed_dictionaries({"fromID": _IDS, "toID": _IDS}, optional={"edgeID": _IDS}), max_size=20
)


@given(nodes=_NODES, edges=_EDGES, ova=st.booleans())
def test_random_aif_graphs_import_consistently_and_export(
    nodes: list[Any], edges: list[Any], ova: bool
) -> None:
    doc: dict[str, Any] = {"nodes": nodes, "edges": edges}
    if ova:
        doc = {"AIF": doc, "text": "<span id='node1'>a</span> b", "OVA": {"nodes": nodes}}
    try:
        m = _read(json.dumps(doc).encode(), "aif")
    except ValueError:  # NaN floats are not JSON: json.dumps wrote NaN and the reader refused it
        return
    if m is not None:
        for fmt in ("aif", "ova", "argdown"):
            from argmap.io.formats import export_map

            again = _read(export_map(m, fmt).data, fmt)
            assert again is not None and len(again.claims) == len(m.claims)


def test_unclosed_comments_do_not_hang_the_argdown_reader() -> None:
    hostile = ("/**/ <!---->" * 100000 + "/* <!-- " * 100000 + "\n[A]: a\n  + [B]: b\n").encode()
    with pytest.raises(LoadError, match="no statements"):
        read_bytes(hostile, "c.argdown", "argdown")
    m = _read(b"[A]: a /* gone */ kept\n  + [B]: b <!-- also\ngone --> here\n", "argdown")
    assert m is not None and m.claims[0].text == "a kept"


@pytest.mark.parametrize(
    "html", ["<" * 300000, "<a" * 100000 + ">", "<span id='node1'>" * 50000, "<!--" * 100000]
)
def test_hostile_ova_html_is_read_in_linear_time(html: str) -> None:
    doc = {"AIF": {"nodes": [{"nodeID": "1", "text": "A", "type": "I"}], "edges": []}, "text": html}
    m = _read(json.dumps(doc).encode(), "aif")
    assert m is not None and (m.article is not None) == (not html.startswith(("<!--", "<span")))


@given(text=st.text(alphabet="[]<>()+-_#{}:\\ \nab1.=/*>", max_size=200))
def test_whatever_argdown_imports_survives_its_own_export(text: str) -> None:
    from argmap.io.formats import export_map
    from tests.argmap.io.roundtrip import compare, signature

    m = _read(text.encode(), "argdown")
    if m is not None:
        again = _read(export_map(m, "argdown").data, "argdown")
        assert again is not None
        assert compare(signature(m, "argdown"), signature(again, "argdown")) == "same"


@given(text=st.text(alphabet="1. ProCn:\n->Se#[]\\()x", max_size=300))
def test_whatever_kialo_imports_survives_its_own_export(text: str) -> None:
    from argmap.io.formats import export_map

    m = _read(("Discussion Title: t\n" + text).encode(), "kialo")
    if m is not None:
        again = _read(export_map(m, "kialo").data, "kialo")
        assert again is not None
        assert sorted(c.text for c in again.claims) == sorted(c.text for c in m.claims)
        assert len(again.arguments) == len(m.arguments)
