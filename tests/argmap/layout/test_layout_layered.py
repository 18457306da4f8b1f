"""Maps that are not trees, laid out in layers: fewer crossings than the tidy tree, drawn by right angles, ports apart."""

import itertools
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import argmap.layout.layouter as layouter
from argmap.io.formats import read_map
from argmap.layout import Box, LayoutOptions, MapLayout, layout_map
from argmap.layout.structure import build_structure
from argmap.model import ArgumentMap, Layout, Point
from tests.argmap.layout.checks import crossings, overlapping_pairs
from tests.argmap.layout.test_layout_order import line_crossings, shared_far_apart
from tests.strategies import box_sizes, shaped_maps

CANVAS = LayoutOptions(gap_x=28.0, gap_y=96.0, forest_gap=96.0)
EXAMPLES = Path("corpora") / "argdown-examples"
WORST = [
    EXAMPLES / "packages" / "argdown-core" / "test" / "veggie_debate.argdown",
    EXAMPLES / "examples" / "Populism-Core-Argument-Argdown-Example.argdown",
    EXAMPLES / "examples" / "semmelweis_betz.argdown",
]


def tidy_tree(m: ArgumentMap, sizes: dict, monkeypatch: pytest.MonkeyPatch) -> MapLayout:
    """argmap before the layered layout: the tidy tree (siblings reordered), other lines routed around it."""
    with monkeypatch.context() as mp:
        mp.setattr(layouter, "LAYERED_MAX", -1)
        return layout_map(m, sizes, CANVAS)


def sizes_for(m: ArgumentMap) -> dict[str, tuple[float, float]]:
    return {c.id: (float(150 + (k * 29) % 110), float(40 + (k * 17) % 60)) for k, c in enumerate(m.claims)}


def assert_drawn_cleanly(lay: MapLayout) -> None:
    """No overlaps, no line through a box, right angles only, and every reason at its own point of its target."""
    assert overlapping_pairs(lay.boxes) == []
    assert crossings(lay) == []
    ends: dict[str, list[tuple[float, float]]] = {}
    for e in lay.edges:
        for (x0, y0), (x1, y1) in itertools.pairwise(e.points):
            assert x0 == x1 or y0 == y1, f"diagonal leg in {e.argument}: {e.points}"
        if e.target in lay.boxes:
            ends.setdefault(e.target, []).append(e.points[-1])
            b = lay.boxes[e.target]
            assert b.x <= e.points[-1][0] <= b.x + b.w and e.points[-1][1] == b.y + b.h
        else:
            assert e.points[-1] == lay.junctions[e.target]
        if e.source in lay.boxes:
            b = lay.boxes[e.source]
            assert b.x <= e.points[0][0] <= b.x + b.w and e.points[0][1] in (b.y, b.y + b.h)
        else:
            assert e.points[0] == lay.junctions[e.source]
    for target, points in ends.items():
        assert len(points) == len(set(points)), f"two lines meet at one point of {target}"


@pytest.mark.parametrize("path", WORST, ids=lambda p: p.stem)
def test_the_worst_corpus_maps_cross_less_than_the_tidy_tree(path: Path, shared_dir: Path, monkeypatch):
    file = shared_dir / path
    if not file.exists():
        pytest.skip("corpus map not present")
    m = read_map(file).map
    sizes = sizes_for(m)
    lay = layout_map(m, sizes, CANVAS)
    assert line_crossings(lay) < line_crossings(tidy_tree(m, sizes, monkeypatch))
    assert_drawn_cleanly(lay)
    assert layout_map(m, sizes, CANVAS) == lay


def test_a_premise_backing_two_claims_is_drawn_without_crossings():
    m = shared_far_apart()
    lay = layout_map(m, {}, CANVAS)
    assert line_crossings(lay) == 0
    assert_drawn_cleanly(lay)
    tops = {b.y for b in lay.boxes.values()}
    assert len(tops) == 3  # the tidy tree's rows: R; A-D; the premises under them


@given(
    st.sampled_from(["dag", "cyclic"])
    .flatmap(shaped_maps)
    .flatmap(lambda m: st.tuples(st.just(m), box_sizes(m)))
)
def test_maps_that_are_not_trees_are_drawn_cleanly(ms):
    m, sizes = ms
    assert_drawn_cleanly(layout_map(m, sizes, CANVAS))


def test_a_pinned_box_stays_put_on_a_map_that_is_not_a_tree():
    m = shared_far_apart()
    assert build_structure(m).cross
    pinned = m.model_copy(update={"layout": Layout(pins={"P": Point(x=900.0, y=700.0)})})
    lay = layout_map(pinned, {}, CANVAS)
    b: Box = lay.boxes["P"]
    assert (b.x + b.w / 2, b.y + b.h / 2) == (900.0, 700.0)
    assert overlapping_pairs(lay.boxes) == []
