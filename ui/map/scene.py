"""The map scene: syncs claim, junction and edge items from the map by id, touching only what changed."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QPointF, QRectF
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSimpleTextItem

from argmap.layout import EdgeRoute, Layouter, LayoutOptions, MapLayout
from argmap.layout.geometry import Point2
from argmap.model import ArgumentMap, Claim, Direction
from ui.map.claim_item import ChipSpec, ClaimItem, ClaimLook
from ui.map.edge_item import Bar, EdgeItem, JunctionItem
from ui.map.measure import Measurer
from ui.map.style import RelationStyle, label_font, palette

LAYOUT_OPTIONS = LayoutOptions(gap_x=36.0, gap_y=84.0, forest_gap=96.0)
"""Spacing for the canvas: airy enough to read on a projector (direction comes from the map)."""

TRAY_CAPTION = "Not connected yet: drag a claim onto another to connect it"

EdgeKey = tuple[str, str, str, str]
"""(argument, source, target, kind) of a routed line."""


class MapScene(QGraphicsScene):
    """Items for one map. Never writes to the map: `sync(m)` after every change brings it up to date."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.claims: dict[str, ClaimItem] = {}
        self.junctions: dict[str, JunctionItem] = {}
        self.edges: dict[EdgeKey, EdgeItem] = {}
        self.layout: MapLayout | None = None
        self.exporting = False
        """True while rendering an export: full detail, no selection or find marks."""
        self._measurer = Measurer()
        self._context: object = None
        self.tray_caption: QGraphicsSimpleTextItem | None = None
        self._layouter: Layouter | None = None
        self.setBackgroundBrush(palette().background)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)

    def reset(self) -> None:
        """Forget every item and the incremental layout state (another document is shown)."""
        self.clear()
        self.claims.clear()
        self.junctions.clear()
        self.edges.clear()
        self.layout = None
        self.tray_caption = None
        self._context = None
        self._layouter = None
        self._measurer = Measurer()

    def sync(self, m: ArgumentMap) -> MapLayout:
        """Lay the map out and update items by id: create new ones, move or repaint changed ones, drop gone ones."""
        if self._layouter is None:
            self._layouter = Layouter(LAYOUT_OPTIONS)
        sizes = self._measurer.sizes(m.claims)
        result = self._layouter.update(m, sizes)
        self.layout = result
        self._sync_claims(m, result, sizes)
        self._sync_arguments(m, result)
        self._sync_tray_caption(result)
        b = result.bounds
        self.setSceneRect(QRectF(b.x - 400, b.y - 400, b.w + 800, b.h + 800))
        return result

    def claim_at(self, pos: QPointF) -> ClaimItem | None:
        """The claim box under a scene position, if any."""
        for item in self.items(pos):
            if isinstance(item, ClaimItem):
                return item
        return None

    def map_rect(self) -> QRectF:
        """The rectangle the map's items cover (what an export shows, before its margin)."""
        return self.itemsBoundingRect()

    @contextmanager
    def exporting_mode(self) -> Iterator[None]:
        """Paint as an export: every box at full detail, no selection or find highlight."""
        was = self.exporting
        self.exporting = True
        try:
            yield
        finally:
            self.exporting = was

    def _sync_claims(self, m: ArgumentMap, result: MapLayout, sizes: dict[str, tuple[float, float]]) -> None:
        tags = {t.id: ChipSpec(t.name, t.color) for t in m.tags}
        collapsed = set(m.layout.collapsed)
        has_article = m.article is not None
        circular = {c for cycle in result.cycles for c in cycle}
        context = (tuple(tags.items()), has_article, tuple(m.layout.collapsed), frozenset(circular))
        same_context = context == self._context
        self._context = context
        reasons: dict[str, int] = {}
        if collapsed:
            for a in m.arguments:
                if a.target in collapsed:
                    reasons[a.target] = reasons.get(a.target, 0) + 1
        hidden = result.hidden
        boxes = result.boxes
        items = self.claims
        seen: set[str] = set()
        for c in m.claims:
            box = boxes.get(c.id)
            if box is None or c.id in hidden:
                continue
            seen.add(c.id)
            item = items.get(c.id)
            if item is None:
                look = _look(c, tags, has_article, reasons.get(c.id, 0), c.id in circular)
                item = ClaimItem(c, sizes[c.id], look)
                items[c.id] = item
                self.addItem(item)
            elif not (same_context and item.claim is c):
                item.set_content(
                    c, sizes[c.id], _look(c, tags, has_article, reasons.get(c.id, 0), c.id in circular)
                )
            if item.x() != box.x or item.y() != box.y:
                item.setPos(box.x, box.y)
        if len(seen) != len(items):
            for gone in [cid for cid in items if cid not in seen]:
                self.removeItem(items.pop(gone))

    def _sync_tray_caption(self, result: MapLayout) -> None:
        boxes = [result.boxes[c] for c in result.tray if c in result.boxes and c not in result.hidden]
        if not boxes:
            if self.tray_caption is not None:
                self.removeItem(self.tray_caption)
                self.tray_caption = None
            return
        if self.tray_caption is None:
            self.tray_caption = QGraphicsSimpleTextItem(TRAY_CAPTION)
            self.tray_caption.setFont(label_font(13, bold=False))
            self.tray_caption.setBrush(palette().muted)
            self.addItem(self.tray_caption)
        self.tray_caption.setPos(min(b.x for b in boxes), min(b.y for b in boxes) - 26)

    def _sync_arguments(self, m: ArgumentMap, result: MapLayout) -> None:
        pal = palette()
        args = {a.id: a for a in m.arguments}
        styles: dict[str, RelationStyle] = {
            a.id: pal.relation(a.relation, undercut=a.target in args) for a in m.arguments
        }
        horizontal = m.layout.direction != Direction.LEFT_RIGHT
        junctions = result.junctions
        ends: dict[str, list[Point2]] = {}
        seen: set[EdgeKey] = set()
        edges = self.edges
        spread = _spread_arrow_ends(result, horizontal)
        for route in result.edges:
            style = styles.get(route.argument)
            if style is None:
                continue
            key: EdgeKey = (route.argument, route.source, route.target, route.kind)
            points = spread.get(key, route.points)
            if route.kind == "premise" and len(args[route.argument].premises) > 1 and len(points) == 2:
                points = _bracket(points, horizontal)  # linked premises rise straight to one bar
                ends.setdefault(route.argument, []).append(points[-1])
            seen.add(key)
            edge = edges.get(key)
            if edge is None:
                edge = EdgeItem(key, points, style)
                edges[key] = edge
                self.addItem(edge)
            else:
                edge.set_route(points, style)
        if len(seen) != len(edges):
            for gone in [k for k in edges if k not in seen]:
                self.removeItem(edges.pop(gone))
        seen_j: set[str] = set()
        for arg_id, point in junctions.items():
            style = styles.get(arg_id)
            if style is None:
                continue
            seen_j.add(arg_id)
            bar = _bar(ends.get(arg_id, []), point, horizontal)
            junction = self.junctions.get(arg_id)
            if junction is None:
                junction = JunctionItem(arg_id, point, bar, style)
                self.junctions[arg_id] = junction
                self.addItem(junction)
            else:
                junction.set_place(point, bar, style)
        if len(seen_j) != len(self.junctions):
            for gone_j in [k for k in self.junctions if k not in seen_j]:
                self.removeItem(self.junctions.pop(gone_j))


def _look(
    c: Claim, tags: dict[str, ChipSpec], has_article: bool, hidden_reasons: int, circular: bool
) -> ClaimLook:
    chips = tuple(tags[t] for t in c.tags if t in tags)
    return ClaimLook(chips, has_article and not c.spans and not c.implicit, hidden_reasons, circular)


def _spread_arrow_ends(result: MapLayout, horizontal: bool) -> dict[EdgeKey, tuple[Point2, ...]]:
    """Arrows into one claim end side by side along its edge, not on one point (heads stay apart)."""
    into: dict[str, list[EdgeRoute]] = {}
    for route in result.edges:
        if route.kind != "premise" and route.target in result.boxes and len(route.points) >= 2:
            into.setdefault(route.target, []).append(route)
    out: dict[EdgeKey, tuple[Point2, ...]] = {}
    axis = 0 if horizontal else 1
    for target, routes in into.items():
        if len(routes) < 2:
            continue
        box = result.boxes[target]
        lo, size = (box.x, box.w) if horizontal else (box.y, box.h)
        routes.sort(key=lambda r: r.points[-2][axis])
        n = len(routes)
        for i, route in enumerate(routes):
            pos = lo + size * (0.2 + 0.6 * (i + 0.5) / n)
            pts = list(route.points)
            old = pts[-1][axis]
            pts[-1] = (pos, pts[-1][1]) if horizontal else (pts[-1][0], pos)
            if len(pts) > 2 and pts[-2][axis] == old:  # keep the last leg straight
                pts[-2] = (pos, pts[-2][1]) if horizontal else (pts[-2][0], pos)
            out[(route.argument, route.source, route.target, route.kind)] = tuple(pts)
    return out


def _bracket(points: tuple[Point2, ...], horizontal: bool) -> tuple[Point2, ...]:
    """A linked premise's line straight across to the level of its reason's bar."""
    (sx, sy), (jx, jy) = points[0], points[-1]
    return ((sx, sy), (sx, jy)) if horizontal else ((sx, sy), (jx, sy))


def _bar(ends: list[Point2], junction: Point2, horizontal: bool) -> Bar:
    """The linked-premise bar relative to the junction, across the flow (empty for one premise)."""
    if len(ends) < 2:
        return (0.0, 0.0, 0.0, 0.0)
    axis = 0 if horizontal else 1
    offsets = [e[axis] - junction[axis] for e in ends]
    lo, hi = min(offsets), max(offsets)
    return (lo, -3.0, hi - lo, 6.0) if horizontal else (-3.0, lo, 6.0, hi - lo)


def build_scene(m: ArgumentMap) -> MapScene:
    """A scene showing `m` (used by the view, exports and the benchmarks)."""
    scene = MapScene()
    scene.sync(m)
    return scene
