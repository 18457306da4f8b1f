"""Random maps and random edits: the scene always matches the map after a sync (and never crashes)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.model import Direction
from argmap.ops import OpError
from tests.strategies import argument_maps, ops_for
from ui.map.claim_item import ClaimItem
from ui.map.routes import NO_BAR, RouteShaper
from ui.map.scene import build_scene


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
    drawn = {k: p for k, p in fresh.drawn.items() if k[0] in scene.junctions}
    assert {k: e.points for k, e in scene.edges.items()} == drawn
    assert {k: j.bar for k, j in scene.junctions.items() if j.bar != NO_BAR} == {
        k: b for k, b in fresh.bars.items() if k in scene.junctions
    }


@settings(max_examples=30)
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
