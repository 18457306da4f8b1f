"""The map scene: syncs claim, junction and edge items from the map by id, touching only what changed.

Big maps build items only around what the view shows (`reveal`); the rest are built when asked for.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from operator import add, itemgetter

from PySide6.QtCore import QObject, QPointF, QRectF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSimpleTextItem

from argmap.layout import Box, Layouter, LayoutOptions, MapLayout
from argmap.layout.branch import branch_map
from argmap.layout.fallback import grid_layout
from argmap.model import Aim, ArgumentMap, Claim, Direction, Relation
from ui.map.branch_counts import hidden_below
from ui.map.claim_item import ChipSpec, ClaimItem, ClaimLook
from ui.map.edge_item import EdgeItem, JunctionItem
from ui.map.grid_index import REFILL, GridIndex
from ui.map.lazy_items import LazyItems
from ui.map.line_index import fill_lines, line_boxes
from ui.map.measure import Measurer
from ui.map.routes import Bar, EdgeKey, Points, RouteShaper
from ui.map.style import RelationStyle, label_font, palette

LAYOUT_OPTIONS = LayoutOptions(gap_x=28.0, gap_y=96.0, forest_gap=96.0)
"""Spacing for the canvas: airy enough to read on a projector (direction comes from the map)."""

FREEZE_AFTER = 5_000
"""A sync that made this many new boxes moves what exists to the collector's permanent generation."""

LAZY_MIN = 2_000
"""From this many boxes on, items are built only around what the view shows (smaller maps build all at once)."""
REVEAL_MARGIN = 0.5
"""Items are built this share of the shown region's size beyond each of its sides (small scrolls build nothing)."""
JUNCTION_R = 12.0
"""Half the side of the square a junction ring is filed under in the index."""
FADED = 0.2
"""Opacity of claims and lines the tag filter leaves out."""

TRAY_CAPTION = "Not connected yet: drag a claim onto another to connect it"


class MapScene(QGraphicsScene):
    """Items for one map. Never writes to the map: `sync(m)` after every change brings it up to date.

    `claims`, `edges` and `junctions` list everything the map shows, by id; on a map of
    `lazy_min` boxes or more an item is built only when it comes near the view (`reveal`),
    when code asks for it, or for an export (`exporting_mode` builds them all).
    """

    def __init__(self, parent: QObject | None = None, lazy_min: int = LAZY_MIN) -> None:
        super().__init__(parent)
        self.claims: LazyItems[str, ClaimItem] = LazyItems(self._make_claim, self._decorate)
        self.junctions: LazyItems[str, JunctionItem] = LazyItems(self._make_junction, self._decorate)
        self.edges: LazyItems[EdgeKey, EdgeItem] = LazyItems(self._make_edge, self._decorate)
        self.decorators: dict[str, Callable[[QGraphicsItem], None]] = {}
        """Called with every item built from now on (the view selects it if it is selected, badges...)."""
        self.found: frozenset[str] = frozenset()
        """Claims the find bar highlights (items built later are highlighted too)."""
        self.kept: tuple[frozenset[str], frozenset[str]] | None = None
        """The tag filter: (claims, reasons) shown at full strength, the rest faded; None shows all."""
        self.layout: MapLayout | None = None
        self.layout_problem = ""
        """Why the map is shown in a plain grid (the automatic layout failed), or ""."""
        self.exporting = False
        """True while rendering an export: full detail, no selection or find marks."""
        self.focus: str | None = None
        """The claim whose branch alone is shown ("Focus on this branch"), or None for the whole map."""
        self.lazy = False
        """True while items are built only around the view (a map of `lazy_min` boxes or more)."""
        self._lazy_min = lazy_min
        self._frozen = False
        """The objects of this scene's first big sync were moved out of the collector's reach."""
        self._region: QRectF | None = None
        """The scene region whose items are built (the view's, with a margin)."""
        self._box_index: GridIndex[str] = GridIndex()
        self._edge_index: GridIndex[EdgeKey] = GridIndex()
        self._junction_index: GridIndex[str] = GridIndex()
        """Junctions without lines (rare): the others are built with their lines (see `_build_in`)."""
        self._measurer = Measurer()
        self._context: object = None
        self._boxes: dict[str, Box] = {}
        """Box of every claim shown (what `claims` lists)."""
        self._claim_of: dict[str, Claim] = {}
        self._sizes: dict[str, tuple[float, float]] = {}
        self._look_parts: tuple[dict[str, ChipSpec], bool, dict[str, int], set[str], frozenset[str]] = (
            {},
            False,
            {},
            set(),
            frozenset(),
        )
        self._placed: dict[str, Box] = {}
        """Box of each claim item as last placed (compared in Python, cheaper than asking Qt)."""
        self._styles: dict[str, RelationStyle] = {}
        self._horizontal: bool | None = None
        self._joints: dict[str, tuple[float, float]] = {}
        self._shaper = RouteShaper()
        self.tray_caption: QGraphicsSimpleTextItem | None = None
        self._layouter: Layouter | None = None
        self.setBackgroundBrush(palette().background)

        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)

    def sync(self, m: ArgumentMap) -> MapLayout:
        """Lay the map out and update items by id: create new ones, move or repaint changed ones, drop gone ones.

        With `focus` set to a claim of `m`, only that claim's branch is shown.
        """
        with self._building():
            return self._sync(m)

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
        hidden = result.hidden
        shown = len(result.boxes) - (sum(1 for c in hidden if c in result.boxes) if hidden else 0)
        lazy = shown >= self._lazy_min
        fresh = lazy and not self.lazy  # the index starts now: file everything
        self._sync_claims(m, result, sizes, lazy, fresh)
        self._sync_arguments(m, result, lazy, fresh)
        self.lazy = lazy
        if not lazy:
            self._box_index.clear()
            self._edge_index.clear()
            self._junction_index.clear()
        self._sync_tray_caption(result)
        b = result.bounds
        self.setSceneRect(QRectF(b.x - 400, b.y - 400, b.w + 800, b.h + 800))
        if lazy:
            if self._region is not None:
                self._build_in(self._region)
        else:
            self.build_all()
        return result

    def reveal(self, rect: QRectF) -> None:
        """The view shows `rect` of the scene: build the items in and around it (a no-op on small maps)."""
        if self._region is not None and self._region.contains(rect):
            return
        dx, dy = rect.width() * REVEAL_MARGIN, rect.height() * REVEAL_MARGIN
        self._region = rect.adjusted(-dx, -dy, dx, dy)
        if self.lazy:
            with self._building():
                self._build_in(self._region)

    def build_all(self) -> None:
        """Build every item the map shows (exports draw the whole map, whatever the view shows)."""
        with self._building():
            claims, edges, junctions = self.claims, self.edges, self.junctions
            for cid in self._boxes:
                claims[cid]
            for key in self.line_keys():
                edges[key]
            for arg in self._joints:
                junctions[arg]

    def _build_in(self, r: QRectF) -> None:
        x0, y0, x1, y1 = r.left(), r.top(), r.right(), r.bottom()
        claims, edges, junctions = self.claims, self.edges, self.junctions
        for cid in self._box_index.query(x0, y0, x1, y1):
            claims.get(cid)
        for key in self._edge_index.query(x0, y0, x1, y1):
            edges.get(key)
            # Its reason's junction too: each line ends at its junction, and a bar lies along its
            # premise lines' ends, so a ring or bar in the region always comes with one of its lines.
            junctions.get(key[0])
        for arg in self._junction_index.query(x0, y0, x1, y1):
            junctions.get(arg)

    @contextmanager
    def _building(self) -> Iterator[None]:
        """Make items with the garbage collector paused; after a big batch, freeze what exists."""
        before = len(self.claims.built())
        was = gc.isenabled()
        gc.disable()
        try:
            yield
        finally:
            big = len(self._boxes) >= FREEZE_AFTER and not self._frozen
            if big or len(self.claims.built()) - before >= FREEZE_AFTER:
                # Opening a big map made a million long-lived objects (layout, lines, items):
                # frozen before the collector runs again, so no collection rescans them all
                # (about a second each at 50,000 claims).
                gc.freeze()
                self._frozen = True
            if was:
                gc.enable()

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

    def box_rect(self, claim_id: str) -> QRectF | None:
        """Where a shown claim's box is (built or not), or None."""
        box = self._boxes.get(claim_id)
        return None if box is None else QRectF(box.x, box.y, box.w, box.h)

    def drawn_claim(self, claim_id: str) -> tuple[Claim, ClaimLook]:
        """A shown claim and what its box shows besides the wording (built or not: read from the sync's data)."""
        c = self._claim_of[claim_id]
        tags, has_article, reasons, circular, pins = self._look_parts
        return c, _look(
            c, tags, has_article, reasons.get(claim_id, 0), claim_id in circular, claim_id in pins
        )

    def line_style(self, argument_id: str) -> RelationStyle:
        """How a reason's lines and junction are drawn (built or not)."""
        return self._styles.get(argument_id) or palette().relation(Relation.SUPPORT)

    def line_points(self, key: EdgeKey) -> Points:
        """The drawn polyline of a shown line (built or not)."""
        return self._shaper.points(key)

    def line_keys(self) -> list[EdgeKey]:
        """Every shown line in drawing order: the arrows, then the premises' lines, each in the map's argument order.

        Exports build and write lines in this order, so the same map always gives the same picture.
        """
        lay = self.layout
        routes = self._shaper.routes
        if lay is None:
            return []
        keys = [k for r in lay.edges if (k := (r.argument, r.source, r.target, r.kind)) in routes]
        return [k for k in keys if k[3] != "premise"] + [k for k in keys if k[3] == "premise"]

    def junction_bar(self, argument_id: str) -> Bar:
        """The bar a reason's linked premises hang from, relative to its junction (built or not)."""
        return self._shaper.bar(argument_id)

    @contextmanager
    def exporting_mode(self) -> Iterator[None]:
        """Paint as an export: every box at full detail, no selection or find highlight."""
        self.build_all()
        was = self.exporting
        self.exporting = True
        try:
            yield
        finally:
            self.exporting = was

    # --- items, made on demand ------------------------------------------------

    def _make_claim(self, cid: str) -> ClaimItem:
        c, look = self.drawn_claim(cid)
        item = ClaimItem(c, self._sizes[cid], look)
        item.highlighted = cid in self.found
        self.addItem(item)
        box = self._placed[cid] = self._boxes[cid]
        item.setPos(box.x, box.y)
        return item

    def _make_edge(self, key: EdgeKey) -> EdgeItem:
        edge = EdgeItem(key, self._shaper.points(key), self.line_style(key[0]))
        self.addItem(edge)
        return edge

    def _make_junction(self, arg: str) -> JunctionItem:
        junction = JunctionItem(arg, self._joints[arg], self.junction_bar(arg), self.line_style(arg))
        self.addItem(junction)
        return junction

    def _decorate(self, item: QGraphicsItem) -> None:
        kept = self.kept
        faded = kept is not None and (
            (isinstance(item, ClaimItem) and item.claim_id not in kept[0])
            or (isinstance(item, EdgeItem) and item.argument_id not in kept[1])
        )
        if faded:
            item.setOpacity(FADED)
        for decorate in self.decorators.values():
            decorate(item)

    # --- sync -------------------------------------------------------------------

    def _sync_claims(
        self,
        m: ArgumentMap,
        result: MapLayout,
        sizes: dict[str, tuple[float, float]],
        lazy: bool,
        fresh: bool,
    ) -> None:
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
        self._look_parts = (tags, has_article, reasons, circular, pins)
        self._sizes = sizes
        boxes = result.boxes
        claim_of = {c.id: c for c in m.claims}
        shown = {cid: box for cid in claim_of if (box := boxes.get(cid)) is not None}
        if hidden:
            shown = {cid: box for cid, box in shown.items() if cid not in hidden}
        if len(shown) != len(claim_of):
            claim_of = {cid: claim_of[cid] for cid in shown}
        old = self._boxes
        self._boxes, self._claim_of = shown, claim_of
        self.claims.shown = shown
        items = self.claims.built()
        placed = self._placed
        for gone in [cid for cid in items if cid not in shown]:
            self.removeItem(items.pop(gone))
            placed.pop(gone, None)
        for cid, item in items.items():
            c = claim_of[cid]
            if not (same_context and item.claim is c):
                item.set_content(
                    c,
                    sizes[cid],
                    _look(c, tags, has_article, reasons.get(cid, 0), cid in circular, cid in pins),
                )
            box = shown[cid]
            if placed.get(cid) != box:
                placed[cid] = box
                item.setPos(box.x, box.y)
        if lazy:
            index = self._box_index
            moved = [] if fresh else [cid for cid, box in shown.items() if old.get(cid) is not box]
            if fresh or len(moved) > REFILL * len(shown):  # opening, or an edit that moved a good share
                keys, placed_boxes = list(shown), list(shown.values())
                xs = list(map(itemgetter(0), placed_boxes))
                ys = list(map(itemgetter(1), placed_boxes))
                x1s = list(map(add, xs, map(itemgetter(2), placed_boxes)))
                index.fill(keys, xs, ys, x1s, list(map(add, ys, map(itemgetter(3), placed_boxes))))
                return
            index.put_many((cid, (b := shown[cid]).x, b.y, b.x + b.w, b.y + b.h) for cid in moved)
            for cid in old:
                if cid not in shown:
                    index.drop(cid)

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

    def _sync_arguments(self, m: ArgumentMap, result: MapLayout, lazy: bool, fresh: bool) -> None:
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
        turned = horizontal != self._horizontal  # the shaper starts afresh: it reports no line as gone
        self._horizontal = horizontal
        shaper = self._shaper
        changed, removed, rebarred = shaper.shape(m, result, horizontal)
        routes = shaper.routes
        old_styles = self._styles
        self._styles = styles
        self.edges.shown = routes
        edges = self.edges.built()
        if turned:
            removed = [k for k in edges if k not in routes]
        for key in removed:
            item = edges.pop(key, None)
            if item is not None:
                self.removeItem(item)
        if edges:
            restyled = {k for k, st in styles.items() if old_styles.get(k) is not st}
            redo = set(changed)
            if restyled:
                redo.update(k for k in edges if k[0] in restyled)
            for key in redo:
                edge = edges.get(key)
                style = styles.get(key[0])
                if edge is None or style is None or key not in routes:
                    continue
                edge.set_route(shaper.points(key), style)
        if lazy:
            self._file_edges(routes if fresh or turned else changed, removed, fresh or turned)
        junctions_at = result.junctions
        joints = {a: p for a in styles if (p := junctions_at.get(a)) is not None}  # in the map's order
        self._joints = joints
        self.junctions.shown = joints
        junctions = self.junctions.built()
        for gone in [k for k in junctions if k not in joints]:
            self.removeItem(junctions.pop(gone))
        for arg_id, junction in junctions.items():
            point, style = joints[arg_id], styles[arg_id]
            if junction.point != point or junction.style is not style or arg_id in rebarred:
                junction.set_place(point, shaper.bar(arg_id), style)
        if lazy:
            self._file_junctions(joints)

    def _file_edges(self, keys: Collection[EdgeKey], removed: list[EdgeKey], fresh: bool) -> None:
        """File lines under their routes' bounding boxes, which hold the drawn line, arrow, badge and bar."""
        index, routes = self._edge_index, self._shaper.routes
        if fresh or len(keys) > REFILL * len(routes):  # opening, or an edit that moved a good share
            fill_lines(index, routes)
            return
        for key in removed:
            index.drop(key)
        index.put_many(line_boxes(keys, routes))

    def _file_junctions(self, joints: dict[str, tuple[float, float]]) -> None:
        """File the rings of junctions without a line (the others come with their lines)."""
        with_lines = set(map(itemgetter(0), self._shaper.routes))
        index = self._junction_index
        index.clear()
        r = JUNCTION_R
        index.put_many((a, x - r, y - r, x + r, y + r) for a, (x, y) in joints.items() if a not in with_lines)


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
