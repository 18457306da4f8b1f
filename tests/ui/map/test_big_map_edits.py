"""Edits on a big map touch exactly the lines they change: the rest keep their items, shapes and places in the index."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRectF

from argmap.model import Argument, ArgumentMap, Claim, Relation
from argmap.ops import AddArgument, AddClaim, Batch, Op, RemoveClaim
from tests.ui.map.big_maps import tree_map
from ui.map.routes import RouteShaper
from ui.map.scene import MapScene

N = 2_500


@pytest.fixture
def reported(monkeypatch: pytest.MonkeyPatch) -> list[set[Any]]:
    """The keys each sync's line shaper reported as changed (drawn anew)."""
    got: list[set[Any]] = []
    shape = RouteShaper.shape

    def spy(self: RouteShaper, *args: Any) -> Any:
        out = shape(self, *args)
        got.append(set(out[0]))
        return out

    monkeypatch.setattr(RouteShaper, "shape", spy)
    return got


def _edits(m: ArgumentMap) -> list[tuple[str, Op]]:
    leaf = m.claims[-1].id
    reason = Batch(
        [
            AddClaim(Claim(id="new-c", text="A new reason")),
            AddArgument(Argument(id="new-a", premises=["new-c"], relation=Relation.ATTACK, target=leaf)),
        ],
        "add a reason",
    )
    return [("add a reason", reason), ("remove a claim", RemoveClaim(m.claims[N - 10].id))]


def _check(
    scene: MapScene, routes: dict[Any, Any], built: dict[Any, Any], reported: set[Any], step: str
) -> None:
    now = scene.edges.shown
    new_routes = {k for k, r in now.items() if routes.get(k) is not r}
    moved = {k for k in new_routes if k not in routes or routes[k].points != now[k].points}
    assert moved <= reported <= new_routes, step  # every moved line redrawn, none the layout kept
    assert reported, step
    for key, item in scene.edges.built().items():
        assert item.points == scene.line_points(key), step
        if key in built and key not in reported:
            assert item is built[key], step  # kept as it was
    for key in routes.keys() - now.keys():
        assert key not in scene.edges.built(), step


def test_an_edit_on_a_big_map_redraws_only_the_lines_it_moved(qtbot, reported) -> None:  # type: ignore[no-untyped-def]
    m = tree_map(N)
    scene = MapScene()
    scene.sync(m)
    assert scene.lazy
    last = scene.box_rect(m.claims[-1].id)
    assert last is not None
    scene.reveal(last.adjusted(-900, -500, 900, 500))  # the window shows the end of the map
    for label, op in _edits(m):
        routes, built = dict(scene.edges.shown), dict(scene.edges.built())
        undo = op.apply(m)
        scene.sync(m)
        _check(scene, routes, built, reported[-1], label)
        routes, built = dict(scene.edges.shown), dict(scene.edges.built())
        undo.apply(m)
        scene.sync(m)
        _check(scene, routes, built, reported[-1], f"undo {label}")


def test_a_line_far_from_the_window_is_built_where_it_is_drawn(qtbot) -> None:  # type: ignore[no-untyped-def]
    m = tree_map(N)
    scene = MapScene()
    scene.sync(m)
    key = next(k for k in reversed(scene.line_keys()) if k[3] != "premise")
    assert key not in scene.edges.built()
    (x0, y0), (x1, y1) = scene.line_points(key)[0], scene.line_points(key)[-1]
    scene.reveal(QRectF(min(x0, x1) - 10, min(y0, y1) - 10, abs(x1 - x0) + 20, abs(y1 - y0) + 20))
    item = scene.edges.built()[key]
    assert item.points == scene.line_points(key) and item.scene() is scene
    assert key[0] in scene.junctions.built()  # its junction comes with it
