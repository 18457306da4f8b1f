"""The tidy tree's one-pass drawing (tree_lines) and fresh structure draw exactly what the general code draws."""

from hypothesis import given
from hypothesis import strategies as st

from argmap.layout.drawing import arg_edges, band_heights, claim_box, port_edges
from argmap.layout.geometry import EdgeRoute
from argmap.layout.ports import junction_x
from argmap.layout.routing import Bands
from argmap.layout.structure import build_structure
from argmap.layout.tidy import TidyTree, breadth_first, preorder
from argmap.layout.tree_lines import tree_boxes, tree_edges, tree_junctions
from argmap.model import ArgumentMap
from tests.strategies import box_sizes, shaped_maps

Sizes = dict[str, tuple[float, float]]


@st.composite
def maps_with_sizes(draw: st.DrawFn) -> tuple[ArgumentMap, Sizes]:
    m = draw(shaped_maps(draw(st.sampled_from(["tree", "forest", "dag", "cyclic"]))))
    if m.claims and draw(st.booleans()):
        m.layout.collapsed = [draw(st.sampled_from([c.id for c in m.claims]))]
    return m, draw(box_sizes(m))


def _general_edges(s, boxes, junctions, centres, bands) -> dict[str, list[EdgeRoute]]:
    """The lines as the general drawing makes them: every argument's lines, then each claim's ports."""
    edges = {a: arg_edges(a, s, boxes, junctions, centres, bands, {}) for a in s.args}
    port_edges(s.claims, s, boxes, junctions, bands.bottoms, edges, {})
    return edges


@given(maps_with_sizes(), st.booleans())
def test_the_one_pass_drawing_draws_every_box_junction_and_line_as_the_general_drawing(ms, grouped):
    m, sizes = ms
    s = build_structure(m, group_pro_con=grouped)
    width = dict.fromkeys(s.children, 8.0) | {c: sizes[c][0] for c in s.claims}
    centres, _ = TidyTree().centres(s.roots, s.children, width, 28.0, 96.0)
    band_h, _ = band_heights(s, sizes)
    tops = [sum(band_h[:k]) + 96.0 * k for k in range(len(band_h))]
    bottoms = [t + h for t, h in zip(tops, band_h, strict=True)]
    row = s.row

    boxes = tree_boxes(s, centres, tops, sizes)
    want_boxes = {c: claim_box(centres[c], tops[row[c] // 2], sizes[c]) for c in s.claims}
    assert list(boxes.items()) == list(want_boxes.items())

    junctions = tree_junctions(s, centres, bottoms, 52.8)
    want_junctions = {a: (junction_x(a, s, centres), bottoms[row[a] // 2] + 52.8) for a in s.args}
    assert list(junctions.items()) == list(want_junctions.items())

    got = tree_edges(s, boxes, junctions, centres, Bands(tops, bottoms, 4.0, boxes.values()))
    want = _general_edges(s, boxes, junctions, centres, Bands(tops, bottoms, 4.0, boxes.values()))
    assert got == want


@given(maps_with_sizes())
def test_the_row_by_row_walk_visits_every_node_of_the_forest_after_its_parent(ms):
    m, _ = ms
    s = build_structure(m)
    order = breadth_first(s.roots, s.children)
    assert sorted(order) == sorted(preorder(s.roots, s.children))
    seen: set[str] = set()
    for n in order:
        seen.add(n)
        assert all(k not in seen for k in s.children[n])


@given(maps_with_sizes())
def test_a_structure_handed_the_maps_ids_is_the_structure_built_from_the_map(ms):
    m, _ = ms
    ids = ([c.id for c in m.claims], [a.id for a in m.arguments])
    assert vars(build_structure(m, ids=ids)) == vars(build_structure(m))
