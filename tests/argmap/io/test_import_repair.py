"""Every importer writes only maps that open: random link structures in, a map without error findings (or one clear error) out."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.analysis.findings import Level, validate
from argmap.io.errors import LoadError
from argmap.io.formats import read_bytes
from argmap.model import Role


def _kialo_with_links(n: int, links: list[tuple[int, str]]) -> str:
    """A discussion: claim k answers claim k // 2 (1-based), Pro or Con by parity; `links` add `-> See` lines."""
    number = {1: "1."}
    lines = ["Discussion Title: generated", "", "1. The thesis."]
    for k in range(2, n + 1):
        number[k] = number[k // 2] + f"{k}."
        lines.append(f"{number[k]} {'Pro' if k % 2 else 'Con'}: claim {k}.")
    for i, (parent, target) in enumerate(links):
        lines.append(
            f"{number[parent]}{n + 1 + i}. Pro: -> See {number.get(int(target), target + '.') if target.isdigit() else target}"
        )
    return "\n".join(lines) + "\n"


def _errors(data: str, name: str, fmt: str) -> list[str] | None:
    """Error findings of what the importer read (None when it refused the file with one LoadError)."""
    try:
        result = read_bytes(data.encode(), name, fmt)
    except LoadError as e:
        assert "\n" not in str(e)
        return None
    return [f.message for f in validate(result.map) if f.level is Level.ERROR]


def test_a_kialo_link_to_its_own_parent_is_dropped_with_a_warning_naming_the_line():
    text = _kialo_with_links(2000, [(7, "7")])  # claim 1.3.7.2001. says: see 1.3.7. (the claim it answers)
    result = read_bytes(text.encode(), "big.txt", "kialo")
    assert not [f for f in validate(result.map) if f.level is Level.ERROR]
    line = text.splitlines().index(next(ln for ln in text.splitlines() if "-> See" in ln)) + 1
    assert any(w.startswith(f"line {line}: ") and "the claim it answers" in w for w in result.warnings)
    assert len(result.map.claims) == 2000


def test_kialo_pro_and_con_become_premise_and_objection_kinds():
    m = read_bytes(_kialo_with_links(5, []).encode(), "k.txt", "kialo").map
    roles = {c.id: c.role for c in m.claims}
    assert roles == {
        "k1": Role.CONCLUSION,
        "k1.2": Role.OBJECTION,
        "k1.3": Role.PREMISE,
        "k1.2.4": Role.OBJECTION,
        "k1.2.5": Role.PREMISE,
    }


@settings(max_examples=40, deadline=None)
@given(st.integers(2, 12), st.data())
def test_kialo_random_links(n, data):
    links = data.draw(
        st.lists(
            st.tuples(
                st.integers(1, n), st.sampled_from([str(k) for k in range(1, n + 3)] + ["1.1.", "9.9."])
            ),
            max_size=6,
        )
    )
    assert _errors(_kialo_with_links(n, links), "k.txt", "kialo") in ([], None)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 5), st.sampled_from(["<+", "<-", "+>", "->"]), st.integers(0, 5)),
        min_size=1,
        max_size=10,
    )
)
def test_argdown_random_relations(edges):
    lines = ["===", "title: generated", "==="]
    for a, rel, b in edges:
        lines += [f"[s{a}]: statement {a}.", f"  {rel} [s{b}]: statement {b}.", ""]
    assert _errors("\n".join(lines), "g.argdown", "argdown") in ([], None)


@settings(max_examples=40, deadline=None)
@given(
    st.integers(1, 5),
    st.lists(
        st.tuples(
            st.sampled_from(["RA", "CA", "MA"]),
            st.lists(st.integers(0, 8), min_size=0, max_size=3),
            st.lists(st.integers(0, 8), min_size=0, max_size=2),
        ),
        min_size=1,
        max_size=6,
    ),
)
def test_aif_random_link_structures(n, schemes):
    nodes = [{"nodeID": str(i), "text": f"claim {i}", "type": "I"} for i in range(n)]
    edges = []
    for k, (kind, ins, outs) in enumerate(schemes):
        sid = str(100 + k)
        nodes.append({"nodeID": sid, "text": kind, "type": kind})
        edges += [
            {"edgeID": f"i{k}-{i}", "fromID": str(i if i < n else 100 + i - n), "toID": sid} for i in ins
        ]
        edges += [
            {"edgeID": f"o{k}-{o}", "fromID": sid, "toID": str(o if o < n else 100 + o - n)} for o in outs
        ]
    doc = json.dumps({"nodes": nodes, "edges": edges, "locutions": []})
    assert _errors(doc, "g.json", "aif") in ([], None)


@settings(max_examples=40, deadline=None)
@given(
    st.integers(1, 5),
    st.lists(
        st.tuples(st.integers(1, 5), st.sampled_from(["sup", "reb", "und", "add"]), st.integers(1, 7)),
        max_size=8,
    ),
)
def test_microtext_random_edges(n, links):
    parts = ['<?xml version="1.0"?>', '<arggraph id="g">']
    parts += [f'<edu id="e{i}">Claim {i}.</edu>' for i in range(1, n + 1)]
    parts += [f'<adu id="a{i}" type="pro"/>' for i in range(1, n + 1)]
    parts += [f'<edge id="s{i}" src="e{i}" trg="a{i}" type="seg"/>' for i in range(1, n + 1)]
    for k, (src, kind, trg) in enumerate(links):
        target = f"a{trg}" if trg <= n else f"c{trg - n}"
        parts.append(f'<edge id="c{k + 1}" src="a{src if src <= n else 1}" trg="{target}" type="{kind}"/>')
    parts.append("</arggraph>")
    assert _errors("\n".join(parts), "g.xml", "microtext") in ([], None)
