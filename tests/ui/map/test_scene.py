from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from argmap.model import Direction, Point
from argmap.ops import EditClaim, RemoveClaim, SetCollapsed, SetDirection, SetPin
from tests.ui.map.big_maps import tree_map
from ui.map.claim_item import ClaimItem
from ui.map.scene import build_scene


def test_every_claim_gets_a_box_and_every_reason_its_lines(qtbot, sample_map):
    scene = build_scene(sample_map)
    assert set(scene.claims) == {c.id for c in sample_map.claims}
    assert set(scene.junctions) == {a.id for a in sample_map.arguments}
    arrows = [e for e in scene.edges.values() if e.is_arrow]
    assert len(arrows) == len(sample_map.arguments)
    dashed = {e.argument_id for e in arrows if e.style.dashed}
    assert dashed == {a.id for a in sample_map.arguments if a.relation == "attack"}


def test_boxes_do_not_overlap_and_fit_their_text(qtbot, sample_map):
    scene = build_scene(sample_map)
    rects = [i.sceneBoundingRect().adjusted(3, 3, -3, -3) for i in scene.claims.values()]
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            assert not a.intersects(b)
    long = scene.claims["c4"]
    short = scene.claims["c1"]
    assert long.boundingRect().height() > short.boundingRect().height()


def test_an_edit_repaints_only_that_claim_and_keeps_items(qtbot, sample_map):
    scene = build_scene(sample_map)
    items = dict(scene.claims)
    EditClaim("c5", {"text": "Open models improve through contributions."}).apply(sample_map)
    scene.sync(sample_map)
    assert all(scene.claims[k] is v for k, v in items.items())
    assert scene.claims["c5"].claim.text.endswith("contributions.")
    assert scene.claims["c6"].claim is sample_map.claim("c6")


def test_removed_claims_lose_their_box_and_lines(qtbot, sample_map):
    scene = build_scene(sample_map)
    RemoveClaim("c7").apply(sample_map)
    scene.sync(sample_map)
    assert "c7" not in scene.claims
    assert "a7" not in scene.junctions and "a8" not in scene.junctions
    assert all(item.scene() is scene for item in scene.claims.values())
    assert len([i for i in scene.items() if isinstance(i, ClaimItem)]) == len(sample_map.claims)


def test_pinned_box_stays_where_it_was_put(qtbot, sample_map):
    scene = build_scene(sample_map)
    SetPin("c10", Point(x=3000, y=900)).apply(sample_map)
    scene.sync(sample_map)
    centre = scene.claims["c10"].centre()
    assert (round(centre.x()), round(centre.y())) == (3000, 900)


def test_collapsed_branch_hides_its_reasons(qtbot, sample_map):
    scene = build_scene(sample_map)
    SetCollapsed("c2", True).apply(sample_map)
    scene.sync(sample_map)
    assert "c3" not in scene.claims and "c4" not in scene.claims
    assert scene.claims["c2"].look.collapsed == 2  # two boxes hidden (one linked reason of two premises)
    SetCollapsed("c1", True).apply(sample_map)
    scene.sync(sample_map)
    hidden_under_c1 = len(sample_map.claims) - 1
    assert scene.claims["c1"].look.collapsed == hidden_under_c1  # every box of the branch, undercut included


def test_left_to_right_puts_reasons_beside_their_conclusion(qtbot, sample_map):
    scene = build_scene(sample_map)
    SetDirection(Direction.LEFT_RIGHT).apply(sample_map)
    scene.sync(sample_map)
    assert scene.claims["c2"].pos().x() > scene.claims["c1"].pos().x() + 200


def test_a_large_scene_builds_and_paints(qtbot):
    # Guards against PySide6 6.12 on Python 3.11, which aborts after some thousands of
    # void calls (None refcount): a 5,000-box scene must build, re-sync and paint.
    m = tree_map(5000)
    scene = build_scene(m)
    assert len(scene.claims) == 5000
    EditClaim("c4999", {"text": "changed"}).apply(m)
    scene.sync(m)
    image = QImage(400, 300, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), scene.itemsBoundingRect())
    painter.end()
    white = QColor("white")
    inked = sum(image.pixelColor(x, y) != white for x in range(0, 400, 2) for y in range(0, 300, 2))
    assert inked > 50


def test_circular_support_and_unconnected_claims_are_marked(qtbot, sample_map):
    from argmap.model import Argument, Claim, Relation

    sample_map.claims.append(Claim(id="loose", text="A loose claim."))
    sample_map.arguments.append(Argument(id="back", premises=["c1"], relation=Relation.SUPPORT, target="c5"))
    scene = build_scene(sample_map)
    assert scene.claims["c1"].look.circular and scene.claims["c5"].look.circular
    assert not scene.claims["c6"].look.circular
    assert scene.claims["loose"].look.unanchored
    caption = scene.tray_caption
    assert caption is not None and caption.y() < scene.claims["loose"].y()


def test_a_failing_layout_falls_back_to_a_grid(qtbot, sample_map, monkeypatch):
    from argmap.layout import Layouter

    def broken(self, m, sizes):
        raise IndexError("list index out of range")

    monkeypatch.setattr(Layouter, "update", broken)
    scene = build_scene(sample_map)
    assert "automatic layout failed" in scene.layout_problem
    assert set(scene.claims) == {c.id for c in sample_map.claims}
    assert set(scene.junctions) == {a.id for a in sample_map.arguments}
    rects = [i.sceneBoundingRect().adjusted(3, 3, -3, -3) for i in scene.claims.values()]
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1 :])
