"""Maps that are not trees: siblings reordered so routed lines cross fewer lines; trees keep the user's order."""

import itertools
from pathlib import Path

import pytest

import argmap.layout.layouter as layouter
from argmap.io.formats import read_map
from argmap.layout import MapLayout, layout_map
from argmap.model import Argument, ArgumentMap, Claim, Relation
from tests.argmap.layout.checks import crossings, layer_orders, overlapping_pairs

Point = tuple[float, float]


def _turn(a: Point, b: Point, c: Point) -> float:
    return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])


def _cross(p: Point, q: Point, r: Point, s: Point) -> bool:
    d1, d2, d3, d4 = _turn(r, s, p), _turn(r, s, q), _turn(p, q, r), _turn(p, q, s)
    return d1 * d2 < -1e-9 and d3 * d4 < -1e-9


def line_crossings(lay: MapLayout) -> int:
    """Pairs of drawn lines that cross (lines meeting at a claim or junction they share do not count)."""
    lines = [({e.source, e.target}, list(itertools.pairwise(e.points))) for e in lay.edges]
    n = 0
    for (ends_a, segs_a), (ends_b, segs_b) in itertools.combinations(lines, 2):
        if ends_a & ends_b:
            continue
        if any(_cross(p, q, r, s) for p, q in segs_a for r, s in segs_b):
            n += 1
    return n


def _claim(i: str) -> Claim:
    return Claim(id=i, text=f"Claim {i} with a few words")


def _arg(i: str, premise: str, target: str) -> Argument:
    return Argument(id=i, premises=[premise], relation=Relation.SUPPORT, target=target)


def shared_far_apart() -> ArgumentMap:
    """R backed by A, B, C, D; A and D each backed by two claims, and P (under D) also backs A across B and C."""
    ids = ["R", "A", "B", "C", "D", "A1", "A2", "B1", "C1", "D1", "P"]
    args = [_arg(f"r{k}", k, "R") for k in "ABCD"]
    args += [_arg("a1", "A1", "A"), _arg("a2", "A2", "A"), _arg("b1", "B1", "B"), _arg("c1", "C1", "C")]
    args += [_arg("d1", "D1", "D"), _arg("d2", "P", "D"), _arg("x", "P", "A")]
    return ArgumentMap(claims=[_claim(i) for i in ids], arguments=args)


def without_reordering(m: ArgumentMap, monkeypatch: pytest.MonkeyPatch) -> MapLayout:
    """The tidy tree in the user's order, other lines routed around it (argmap before reordering and layers)."""
    with monkeypatch.context() as mp:
        mp.setattr(layouter, "REORDER_MAX", -1)
        mp.setattr(layouter, "LAYERED_MAX", -1)
        return layout_map(m, {})


def test_a_shared_premise_is_drawn_beside_the_claims_it_backs(monkeypatch):
    m = shared_far_apart()
    before = without_reordering(m, monkeypatch)
    after = layout_map(m, {})
    assert line_crossings(after) < line_crossings(before)
    top = layer_orders(after)[1]
    assert abs(top.index("A") - top.index("D")) == 1  # D, whose P also backs A, now stands next to A
    assert not overlapping_pairs(after.boxes)
    assert not crossings(after)
    assert layout_map(m, {}) == after


def test_trees_keep_the_users_order(monkeypatch):
    m = shared_far_apart()
    m.arguments = [a for a in m.arguments if a.id != "x"]
    assert layout_map(m, {}) == without_reordering(m, monkeypatch)
    assert layer_orders(layout_map(m, {}))[1] == ["A", "B", "C", "D"]


def test_semmelweis_crosses_less(shared_dir: Path, monkeypatch):
    path = shared_dir / "corpora" / "argdown-examples" / "examples" / "semmelweis_betz.argdown"
    if not path.exists():
        pytest.skip("corpus map not present")
    m = read_map(path).map
    after = layout_map(m, {})
    assert line_crossings(after) < line_crossings(without_reordering(m, monkeypatch))
    assert not overlapping_pairs(after.boxes)
    assert not crossings(after)
