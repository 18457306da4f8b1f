"""The SVG of a big map is written from the layout, without building its canvas items, and draws what the items draw."""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree.ElementTree import Element

from defusedxml import ElementTree as SafeET
from PySide6.QtCore import QRectF

from argmap.model import ArgumentMap, Tag
from tests.ui.map.big_maps import tree_map
from ui.map.claim_item import ClaimItem
from ui.map.marks import fade_except
from ui.map.scene import MapScene
from ui.render.export import export_scene

NS = "{http://www.w3.org/2000/svg}"
N = 2_500


def _dressed(n: int) -> ArgumentMap:
    """A tree of `n` claims with tag chips (one with a character to escape) and two collapsed branches."""
    m = tree_map(n)
    tags = [Tag(id="t1", name="evidence", color="#56B4E9"), Tag(id="t2", name="weak & odd", color="#E69F00")]
    claims = [
        c.model_copy(update={"tags": ["t1", "t2"] if i % 11 == 0 else ["t1"] if i % 7 == 0 else []})
        for i, c in enumerate(m.claims)
    ]
    layout = m.layout.model_copy(update={"collapsed": [m.claims[3].id, m.claims[40].id]})
    return m.model_copy(update={"tags": tags, "claims": claims, "layout": layout})


def _built(scene: MapScene) -> int:
    return len(scene.claims.built()) + len(scene.edges.built()) + len(scene.junctions.built())


def _translate(g: Element) -> tuple[float, float]:
    found = re.fullmatch(r"translate\((\S+) (\S+)\)", g.get("transform", ""))
    assert found is not None
    return float(found[1]), float(found[2])


def test_a_big_map_exports_without_building_its_items_and_the_same_bytes_after_building_them(
    qtbot, tmp_path: Path
):
    m = _dressed(N)
    scene = MapScene()
    scene.sync(m)
    assert scene.lazy and len(scene.claims) > 2_000
    fade_except(scene, m, {c.id for c in m.claims[::3]})  # the tag filter: two claims in three faded
    first = scene.box_rect(m.claims[0].id)
    assert first is not None
    scene.reveal(first.adjusted(-700, -400, 700, 400))  # what a window shows around the conclusion
    seen = _built(scene)
    assert 0 < len(scene.claims.built()) < len(scene.claims) / 4

    (tmp_path / "lazy").mkdir()
    (tmp_path / "full").mkdir()
    lazy_svg, full_svg = (
        tmp_path / "lazy" / "map.svg",
        tmp_path / "full" / "map.svg",
    )  # (the name is the title)
    export_scene(scene, lazy_svg)
    assert _built(scene) == seen  # the export made no item

    scene.build_all()
    assert len(scene.claims.built()) == len(scene.claims)
    export_scene(scene, full_svg)
    assert lazy_svg.read_bytes() == full_svg.read_bytes()

    # and what it wrote is what the built items draw: place, fading, chips, collapsed tabs, badges
    root: Element = SafeET.fromstring(lazy_svg.read_text(encoding="utf-8"))
    boxes = [g for g in root.iter(f"{NS}g") if any(c.startswith("k-") for c in g.get("class", "").split())]
    items: list[ClaimItem] = [scene.claims.built()[cid] for cid in scene.claims]  # in the map's order
    assert len(boxes) == len(items)
    for g, item in zip(boxes, items, strict=True):
        assert _translate(g) == (round(item.x(), 2), round(item.y(), 2))
        assert (g.get("opacity") is not None) == (item.opacity() < 1.0)
        chips = [t for t in g.iter(f"{NS}text") if t.get("class") == "c"]
        assert [t.text for t in chips] == [c.name for c in item.look.chips]
        tabs = [t.text for t in g.iter(f"{NS}text") if t.get("class") == "tt"]
        assert tabs == ([f"+{item.look.collapsed}"] if item.look.collapsed else [])
    assert any(g.get("opacity") for g in boxes) and any(not g.get("opacity") for g in boxes)
    assert sum(1 for item in items if item.look.collapsed) == 2
    badges = [(float(u.get("x", "nan")), float(u.get("y", "nan"))) for u in root.iter(f"{NS}use")]
    arrows = [e for e in (scene.edges.built()[k] for k in scene.edges) if e.is_arrow]
    assert badges == [(round(e.badge_point().x(), 2), round(e.badge_point().y(), 2)) for e in arrows]
    faded_lines = [
        p for p in root.iter(f"{NS}path") if "e" in p.get("class", "").split() and p.get("opacity")
    ]
    assert len(faded_lines) == sum(e.opacity() < 1.0 for e in scene.edges.built().values()) > 0


def test_png_export_still_builds_every_item(qtbot, tmp_path: Path):
    """A PNG is painted by the items themselves, so it needs them all, whatever the view shows."""
    scene = MapScene()
    scene.sync(tree_map(N))
    assert scene.lazy and not scene.claims.built()
    export_scene(scene, tmp_path / "map.png", max_px=800)
    assert len(scene.claims.built()) == len(scene.claims)
    assert QRectF(scene.itemsBoundingRect()).contains(scene.box_rect("c0") or QRectF())
