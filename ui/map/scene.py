"""The map scene: syncs claim, junction and edge items from the map by id, touching only what changed."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QPointF, QRectF
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSimpleTextItem

from argmap.layout import Box, Layouter, LayoutOptions, MapLayout
from argmap.layout.branch import branch_map
from argmap.layout.fallback import grid_layout
from argmap.model import Aim, ArgumentMap, Claim, Direction, Relation
from ui.map.branch_counts import hidden_below
from ui.map.claim_item import ChipSpec, ClaimItem, ClaimLook
from ui.map.edge_item import EdgeItem, JunctionItem
from ui.map.measure import Measurer
from ui.map.routes import NO_BAR, EdgeKey, RouteShaper
from ui.map.style import RelationStyle, label_font, palette

LAYOUT_OPTIONS = LayoutOptions(gap_x=28.0, gap_y=96.0, forest_gap=96.0)
"""Spacing for the canvas: airy enough to read on a projector (direction comes from the map)."""

FREEZE_AFTER = 5_000
"""A sync that made this many new boxes moves what exists to the collector's permanent generation."""

TRAY_CAPTION = "Not connected yet: drag a claim onto another to connect it"


class MapScene(QGraphicsScene):
    """Items for one map. Never writes to the map: `sync(m)` after every change brings it up to date."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.claims: dict[str, ClaimItem] = {}
        self.junctions: dict[str, JunctionItem] = {}
        self.edges: dict[EdgeKey, EdgeItem] = {}
        self.layout: MapLayout | None = None
        self.layout_problem = ""
        """Why the map is shown in a plain grid (the automatic layout failed), or ""."""
        self.exporting = False
        """True while rendering an export: full detail, no selection or find marks."""
        self.focus: str | None = None
        """The claim whose branch alone is shown ("Focus on this branch"), or None for the whole map."""
        self._measurer = Measurer()
        self._context: object = None
        self._placed: dict[str, Box] = {}
        self._styles: dict[str, RelationStyle] = {}
        self._shaper = RouteShaper()
        """Box of each claim item as last placed (compared in Python, cheaper than asking Qt)."""
        self.tray_caption: QGraphicsSimpleTextItem | None = None
        self._layouter: Layouter | None = None
        self.setBackgroundBrush(palette().background)

        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)

    def sync(self, m: ArgumentMap) -> MapLayout:
        """Lay the map out and update items by id: create new ones, move or repaint changed ones, drop gone ones.

        With `focus` set to a claim of `m`, only that claim's branch is shown.
        """
        before = len(self.claims)
        with _collector_paused():
            result = self._sync(m)
        if len(self.claims) - before >= FREEZE_AFTER:
            # Opening a big map made a million long-lived objects: without this, each of the next
            # full collections rescans them all (about a second each at 50,000 claims).
            gc.freeze()
        return result

    def _sync(self, m: ArgumentMap) -> MapLayout:
        if self.focus is not None:
            if any(c.id == self.focus for c in m.claims):
                m = branch_map(m, self.focus)
            else:
                self.focus = None
        if self._layouter is None:
            self._layouter = Layouter(LAYOUT_OPTIONS)
        sizes = self._measurer.map_sizes(m)
        try:
            result = self._layouter.update(m, sizes)
            self.layout_problem = ""
        except Exception as e:  # a layout bug must not take the open document down with it
            self._layouter = None
            result = grid_layout(m, sizes)
            self.layout_problem = f"the automatic layout failed on this map ({type(e).__name__}: {e}); boxes are shown in a grid"
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
        if self.layout is None:
            return QRectF()
        b = self.layout.bounds
        rect = QRectF(b.x, b.y, b.w, b.h).adjusted(-12, -12, 12, 12)  # junction rings, badges
        if self.tray_caption is not None:
            rect = rect.united(self.tray_caption.sceneBoundingRect())
        return rect

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
        pins = frozenset(m.layout.pins)
        hidden = result.hidden
        reasons = hidden_below(m, collapsed, hidden) if collapsed else {}
        context = (tuple(tags.items()), has_article, tuple(reasons.items()), frozenset(circular), pins)
        same_context = context == self._context
        self._context = context
        boxes = result.boxes
        items = self.claims
        placed = self._placed
        seen: set[str] = set()
        for c in m.claims:
            box = boxes.get(c.id)
            if box is None or c.id in hidden:
                continue
            seen.add(c.id)
            item = items.get(c.id)
            if item is None:
                look = _look(c, tags, has_article, reasons.get(c.id, 0), c.id in circular, c.id in pins)
                item = ClaimItem(c, sizes[c.id], look)
                items[c.id] = item
                self.addItem(item)
            elif not (same_context and item.claim is c):
                item.set_content(
                    c,
                    sizes[c.id],
                    _look(c, tags, has_article, reasons.get(c.id, 0), c.id in circular, c.id in pins),
                )
            if placed.get(c.id) != box:
                placed[c.id] = box
                item.setPos(box.x, box.y)
        if len(seen) != len(items):
            for gone in [cid for cid in items if cid not in seen]:
                self.removeItem(items.pop(gone))
                placed.pop(gone, None)

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
        """Lines and junctions: diffed against the last sync in Python, only changed items touched."""
        pal = palette()
        arg_ids = {a.id for a in m.arguments}
        by_relation = {r: pal.relation(r) for r in Relation}
        undercut = pal.relation(Relation.ATTACK, undercut=True)
        styles: dict[str, RelationStyle] = {  # only an attack on an inference is an undercut
            a.id: undercut
            if a.target in arg_ids and a.relation is Relation.ATTACK and a.aim is Aim.INFERENCE
            else by_relation[a.relation]
            for a in m.arguments
        }
        horizontal = m.layout.direction != Direction.LEFT_RIGHT
        changed, removed = self._shaper.shape(m, result, horizontal)
        routes, bars = self._shaper.drawn, self._shaper.bars
        old_styles = self._styles
        restyled = {k for k, st in styles.items() if old_styles.get(k) is not st}
        self._styles = styles
        if restyled:
            changed |= {k for k in routes if k[0] in restyled}
        edges = self.edges
        for key in removed:
            item = edges.pop(key, None)
            if item is not None:
                self.removeItem(item)
        for key in changed:
            points = routes.get(key)
            style = styles.get(key[0])
            if points is None or style is None:
                continue
            edge = edges.get(key)
            if edge is None:
                edge = EdgeItem(key, points, style)
                edges[key] = edge
                self.addItem(edge)
            else:
                edge.set_route(points, style)
        junctions = self.junctions
        for gone in [k for k in junctions if k not in result.junctions or k not in styles]:
            self.removeItem(junctions.pop(gone))
        no_bar = NO_BAR
        for arg_id, point in result.junctions.items():
            style = styles.get(arg_id)
            if style is None:
                continue
            bar = bars.get(arg_id, no_bar)
            junction = junctions.get(arg_id)
            if junction is None:
                junction = JunctionItem(arg_id, point, bar, style)
                junctions[arg_id] = junction
                self.addItem(junction)
            elif junction.point != point or junction.bar != bar or junction.style is not style:
                junction.set_place(point, bar, style)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while items are made.

    Building 50,000 boxes makes several hundred thousand objects and frees none; every
    collection on the way rescans the whole map (PERF-NOTES), which took most of the build.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _look(
    c: Claim, tags: dict[str, ChipSpec], has_article: bool, hidden_reasons: int, circular: bool, pinned: bool
) -> ClaimLook:
    chips = tuple(tags[t] for t in c.tags if t in tags)
    return ClaimLook(chips, has_article and not c.spans and not c.implicit, hidden_reasons, circular, pinned)


def build_scene(m: ArgumentMap) -> MapScene:
    """A scene showing `m` (used by the view, exports and the benchmarks)."""
    scene = MapScene()
    scene.sync(m)
    return scene
