"""Random maps and random edits: the scene always matches the map after a sync (and never crashes)."""

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QRectF

from argmap.model import Argument, ArgumentMap, Claim, Direction, Layout, Relation
from argmap.ops import Batch, OpError, RemoveArgument, SetDirection
from tests.strategies import argument_maps, ops_for
from ui.map.claim_item import ClaimItem
from ui.map.routes import NO_BAR, RouteShaper
from ui.map.scene import MapScene, build_scene


def _check(scene, m):
    visible = {c.id for c in m.claims if c.id in scene.layout.boxes and c.id not in scene.layout.hidden}
    assert set(scene.claims) == visible
    assert sum(isinstance(i, ClaimItem) for i in scene.items()) == len(visible)
    for cid, item in scene.claims.items():
        assert item.claim is m.claim(cid)
        box = scene.layout.boxes[cid]
        # Qt's setPos ignores moves below its fuzzy-compare precision (1e-12 relative)
        assert abs(item.x() - box.x) < 1e-6 and abs(item.y() - box.y) < 1e-6
    fresh = RouteShaper()  # lines kept up to date edit by edit = lines drawn from scratch
    fresh.shape(m, scene.layout, m.layout.direction != Direction.LEFT_RIGHT)
    drawn = {k: fresh.points(k) for k in fresh.routes if k[0] in scene.junctions}
    assert {k: e.points for k, e in scene.edges.items()} == drawn
    assert {k: j.bar for k, j in scene.junctions.items() if j.bar != NO_BAR} == {
        k: b for k in scene.junctions if (b := fresh.bar(k)) != NO_BAR
    }


def _check_built(scene, m, region):
    """A scene that builds items on demand: what exists matches the map, and everything in `region` exists."""
    boxes = scene.layout.boxes
    for cid, item in scene.claims.built().items():
        assert cid in scene.claims and item.claim is m.claim(cid)
        assert abs(item.x() - boxes[cid].x) < 1e-6 and abs(item.y() - boxes[cid].y) < 1e-6
    for cid in scene.claims:
        b = boxes[cid]
        if region.intersects(QRectF(b.x, b.y, b.w, b.h)):
            assert cid in scene.claims.built(), cid
    for key, edge in scene.edges.built().items():
        assert key in scene.edges and edge.points == scene.line_points(key)
    for key in scene.edges:
        points = scene.line_points(key)
        if points and any(region.contains(x, y) for x, y in points):
            assert key in scene.edges.built(), key
    for arg, junction in scene.junctions.built().items():
        assert arg in scene.junctions and junction.point == scene.junctions.shown[arg]
        assert junction.bar == scene.junction_bar(arg)
    for arg in scene.junctions:
        x, y = scene.junctions.shown[arg]
        bx, by, bw, bh = scene.junction_bar(arg)
        if region.contains(x, y) or (bw > 0 and region.intersects(QRectF(x + bx, y + by, bw, bh))):
            assert arg in scene.junctions.built(), arg
    assert sum(isinstance(i, ClaimItem) for i in scene.items()) == len(scene.claims.built())


@given(m=argument_maps(), data=st.data())
def test_scene_follows_random_edits(qapp, m, data):
    scene = build_scene(m)
    _check(scene, m)
    for _ in range(3):
        op = data.draw(ops_for(m))
        try:
            op.apply(m)
        except (OpError, ValueError):
            continue
        scene.sync(m)
        _check(scene, m)


@given(m=argument_maps(), data=st.data())
def test_a_scene_building_only_what_is_seen_follows_random_edits(qapp, m, data):
    """The big-map path (items built around the view only), on small random maps: forced with lazy_min=1."""
    scene = MapScene(lazy_min=1)
    scene.sync(m)
    b = scene.layout.bounds
    x = data.draw(st.floats(min_value=b.x - 300, max_value=b.x + b.w + 300))
    y = data.draw(st.floats(min_value=b.y - 300, max_value=b.y + b.h + 300))
    region = QRectF(x, y, data.draw(st.floats(10, 2000)), data.draw(st.floats(10, 1200)))
    scene.reveal(region)
    assert scene.lazy == (len(scene.claims) >= 1)
    _check_built(scene, m, region)
    for _ in range(3):
        op = data.draw(ops_for(m))
        try:
            op.apply(m)
        except (OpError, ValueError):
            continue
        scene.sync(m)
        _check_built(scene, m, region)
    scene.sync(m)  # a refused op may have swapped claim objects back in (as the document syncs after it)
    scene.build_all()  # an export: then every item exists and matches the map
    _check(scene, m)


def test_turning_the_map_and_removing_a_reason_in_one_step_leaves_no_line_behind(qapp):
    """Found by the long search: the line shaper starts afresh on a new direction and reports nothing gone."""
    for lazy_min in (1, 10_000):
        m = ArgumentMap(
            claims=[Claim(id="c0", text="a"), Claim(id="c1", text="b")],
            arguments=[Argument(id="a0", premises=["c1"], relation=Relation.SUPPORT, target="c0")],
            layout=Layout(direction=Direction.LEFT_RIGHT),
        )
        scene = MapScene(lazy_min=lazy_min)
        scene.sync(m)
        scene.build_all()
        Batch([SetDirection(Direction.TOP_DOWN), RemoveArgument("a0")], "batch").apply(m)
        scene.sync(m)
        _check(scene, m)
        assert not scene.edges.built() and not scene.edges
