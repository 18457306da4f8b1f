"""The first view of a big map: the main conclusion and its first layer, centred, at a readable size."""

from __future__ import annotations

from argmap.model import Argument, ArgumentMap, Claim, Direction, Relation
from tests.ui.map.big_maps import WORDS, tree_map
from ui.document.document import Document
from ui.map.first_view import FOCUS_PX
from ui.map.style import text_px
from ui.map.view import MapView


def _open(qtbot, m) -> MapView:
    v = MapView(Document(m))
    qtbot.addWidget(v)
    v.resize(1366, 700)  # a school laptop's screen less the window's menus and status bar
    v.show()
    qtbot.waitExposed(v)
    return v


def _on_screen(v: MapView, claim_id: str) -> bool:
    box = v.mapFromScene(v.map_scene.claims[claim_id].sceneBoundingRect()).boundingRect()
    return v.viewport().rect().contains(box)


def test_a_1000_claim_tree_opens_on_its_conclusion_at_a_readable_size(qtbot):
    v = _open(qtbot, tree_map(1000))
    assert not v.in_overview()
    assert text_px() * v.transform().m11() >= 9  # claim wording as drawn on the screen, in px
    centre = v.viewport().rect().center()
    top = v.mapFromScene(v.map_scene.claims["c0"].sceneBoundingRect().center())
    assert abs(top.x() - centre.x()) <= 20  # centred, give or take a box edge
    assert _on_screen(v, "c0")
    # the first layer's row is in view (a tidy tree of 1,000 claims spreads those four boxes
    # over ~90,000 px at this zoom: the lines leading to them are what fits)
    row = v.mapFromScene(v.map_scene.claims["c1"].sceneBoundingRect()).boundingRect()
    assert row.top() >= 0 and row.bottom() <= v.viewport().height()
    # the conclusion is drawn: its box is not the canvas background
    shot = v.grab().toImage()
    bg = shot.pixelColor(2, 2)
    assert shot.pixelColor(top.x(), top.y()) != bg


def test_left_to_right_opens_with_the_conclusion_centred_top_to_bottom(qtbot):
    m = tree_map(1000)
    m.layout.direction = Direction.LEFT_RIGHT
    v = _open(qtbot, m)
    assert text_px() * v.transform().m11() >= 9
    top = v.mapFromScene(v.map_scene.claims["c0"].sceneBoundingRect().center())
    assert abs(top.y() - v.viewport().rect().center().y()) <= 20  # centred, give or take a box edge
    assert _on_screen(v, "c0")


def test_a_small_map_still_opens_whole(qtbot, sample_map):
    v = _open(qtbot, sample_map)
    assert all(_on_screen(v, cid) for cid in v.map_scene.claims)


def _three_long_branches(depth: int) -> ArgumentMap:
    """A conclusion with three reasons, each the top of a chain `depth` claims long: tall, not wide."""
    m = tree_map(4)  # c0 with reasons c1, c2, c3
    for branch in (1, 2, 3):
        parent = f"c{branch}"
        for k in range(depth):
            cid = f"b{branch}_{k}"
            m.claims.append(
                Claim(id=cid, text=" ".join(WORDS[(branch + k + j) % len(WORDS)] for j in range(8)))
            )
            m.arguments.append(
                Argument(id=f"a{cid}", premises=[cid], relation=Relation.SUPPORT, target=parent)
            )
            parent = cid
    return m


def test_a_tall_map_opens_on_its_conclusion_and_its_whole_first_layer(qtbot):
    v = _open(qtbot, _three_long_branches(12))
    assert not v.visible_rect().contains(v.map_scene.map_rect())  # too tall to read whole
    assert text_px() * v.zoom() >= FOCUS_PX - 1e-6
    for cid in ("c0", "c1", "c2", "c3"):
        assert _on_screen(v, cid), cid
