"""The layout export: its schema round-trips, and on random maps no boxes overlap and no connector crosses a box."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from argmap.io.native import load
from argmap.layout import Box, LayoutOptions, layout_map
from argmap.layout.export import LayoutFile, dump_layout, layout_file, layout_schema, read_layout
from argmap.model import ArgumentMap, Direction
from tests.argmap.layout.checks import segment_crosses
from tests.strategies import box_sizes, shaped_maps

SAMPLE = "seeds/open-source-ai.argmap.json"


def _export(m: ArgumentMap, sizes: dict[str, tuple[float, float]]) -> LayoutFile:
    lay = layout_map(m, sizes, LayoutOptions(gap_x=28.0, gap_y=96.0, forest_gap=96.0))
    return read_layout(dump_layout(layout_file(m, lay)))


def test_the_export_round_trips_and_follows_its_schema():
    m = load(SAMPLE)
    doc = _export(m, {c.id: (230.0, 90.0) for c in m.claims})
    assert read_layout(dump_layout(doc)) == doc
    raw = json.loads(dump_layout(doc))
    schema = layout_schema()
    assert set(raw) == set(schema["properties"]) and set(schema["required"]) <= set(raw)
    assert {b["claim"] for b in raw["boxes"]} == {c.id for c in m.claims}
    assert {b["kind"] for b in raw["boxes"]} >= {"conclusion", "premise", "objection"}
    raw["boxes"][0]["colour"] = "red"
    with pytest.raises(ValidationError):
        read_layout(json.dumps(raw))


def test_every_reason_enters_the_sample_conclusion_at_its_own_point_by_right_angles():
    m = load(SAMPLE)
    doc = _export(m, {c.id: (230.0, 90.0) for c in m.claims})
    ends: dict[str, list[tuple[float, float]]] = {}
    for c in doc.connectors:
        if c.relation != "premise":  # premises end at their junction (linked ones along its bar)
            ends.setdefault(c.target, []).append(c.points[-1])
        for (x0, y0), (x1, y1) in zip(c.points, c.points[1:], strict=False):
            assert x0 == x1 or y0 == y1, f"diagonal leg in {c.argument}: {c.points}"
    for target, points in ends.items():
        assert len(points) == len(set(points)), f"two lines meet at one point of {target}"
    assert len(ends["c1"]) == 5


@st.composite
def maps_with_sizes(draw: st.DrawFn) -> tuple[ArgumentMap, dict[str, tuple[float, float]]]:
    m = draw(shaped_maps(draw(st.sampled_from(["tree", "forest", "dag", "cyclic"]))))
    return m, draw(box_sizes(m))


@given(maps_with_sizes(), st.sampled_from(Direction))
def test_on_random_maps_no_boxes_overlap_and_no_connector_crosses_a_box(ms, direction):
    m, sizes = ms
    m = m.model_copy(update={"layout": m.layout.model_copy(update={"direction": direction})})
    doc = _export(m, sizes)
    boxes = {b.claim: Box(b.x, b.y, b.width, b.height) for b in doc.boxes}
    items = list(boxes.items())
    for i, (k1, b1) in enumerate(items):
        for k2, b2 in items[i + 1 :]:
            assert not b1.overlaps(b2), f"{k1} overlaps {k2}"
    for c in doc.connectors:
        for p, q in zip(c.points, c.points[1:], strict=False):
            for k, b in items:
                assert not segment_crosses(p, q, b), f"{c.argument} ({c.relation}) crosses {k}"
    into: dict[str, list[tuple[float, float]]] = {}
    for c in doc.connectors:
        if c.relation != "premise" and c.target in boxes:
            into.setdefault(c.target, []).append(c.points[-1])
    for target, ends in into.items():
        assert len(ends) == len(set(ends)), f"two reasons meet at one point of {target}"
