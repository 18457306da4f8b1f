"""The layout engine's entry points: `Layouter.update` (incremental) and `layout_map` (one shot)."""

from __future__ import annotations

import gc
from collections.abc import Callable, Mapping

from argmap.layout.drawing import (
    arg_edges,
    band_heights,
    bands_after,
    bounds_of,
    claim_box,
    port_edges,
    turn_box,
    turn_edges,
)
from argmap.layout.geometry import Box, EdgeRoute, LayoutOptions, MapLayout, Point2
from argmap.layout.layered import layered_layout, order_key
from argmap.layout.layers import sink_conclusions
from argmap.layout.order import REORDER_MAX, reorder
from argmap.layout.patch import ArgSig, block_change, parent_in, patch_structure
from argmap.layout.pins import apply_pins, recentre_junctions
from argmap.layout.ports import junction_x
from argmap.layout.routing import Bands
from argmap.layout.structure import DUMMY, Structure, build_structure
from argmap.layout.tidy import TidyTree, preorder
from argmap.layout.tray import place_tray
from argmap.layout.tree_lines import tree_boxes, tree_edges, tree_junctions
from argmap.model import Argument, ArgumentMap, Direction

Sizes = Mapping[str, tuple[float, float]]

LAYERED_MAX = 5_000
"""Maps that are not trees, up to this many shown claims, are laid out in layers (fewer crossings); bigger
ones and pinned ones keep the tidy tree with routed lines, whose edits are incremental (a layered map is
laid out afresh on every edit: about a second at 10,000 claims)."""


class Layouter:
    """Lays out one map again and again, reusing what an edit left unchanged.

    It compares the map with the one it last laid out: an added or removed reason
    is patched into the previous structure, only the subtrees on its path to the
    root are placed again, and on trees without pins only the boxes and lines that
    moved are rebuilt. Anything else is laid out afresh. Elements are compared by
    identity, so the map must change through ops (which replace what they change).
    """

    def __init__(self, options: LayoutOptions | None = None) -> None:
        self.options = options or LayoutOptions()
        self._tidy = TidyTree()
        self._last: tuple[object, list[str], list[Argument], list[str], Structure] | None = None
        """(context, claim ids, arguments, argument ids, structure) of the last update."""
        self._gone: dict[str, int] = {}
        self._sizes: dict[str, tuple[float, float]] = {}
        self._size: dict[str, tuple[float, float]] = {}
        self._width: dict[str, float] = {}
        self._drawn: _Drawn | None = None
        self._nodes = 0
        self._reordered = False
        """The last structure's siblings were reordered or laid out in layers (a map that is not a tree)."""
        self._order: tuple[tuple[object, ...], list[list[str]]] | None = None
        """The last layered layout's structure and the order of its rows."""

    @property
    def reused(self) -> bool:
        """True when the last update placed fewer subtrees afresh than there are nodes (work was reused)."""
        return self._tidy.placed < self._nodes

    def update(self, m: ArgumentMap, sizes: Sizes) -> MapLayout:
        """The layout of `m` with claim boxes of `sizes` (claim id -> (width, height))."""
        paused = gc.isenabled()
        gc.disable()  # the layout makes many small tuples and frees none: the collector would only rescan the map
        try:
            return self._update(m, sizes)
        finally:
            if paused:
                gc.enable()

    def _structure(
        self, m: ArgumentMap, lr: bool, root_key: dict[str, float] | None
    ) -> tuple[Structure, set[str] | None]:
        """The structure of `m`, patched from the last one when possible; with the set of changed nodes then."""
        claims = [c.id for c in m.claims]
        arg_objs = list(m.arguments)
        context = (tuple(m.layout.collapsed), lr, root_key)
        last = self._last
        self._gone = {}
        if last is not None and last[0] == context and not self._reordered:  # a reordered map: afresh
            _, old_claims, old_objs, old_ids, s = last
            if old_claims == claims and old_objs == arg_objs:
                self._last = (context, claims, arg_objs, old_ids, s)
                return s, set()
            j, a_gone, a_new = block_change(old_objs, arg_objs)
            added = arg_objs[j : j + a_new]
            block = (j, [_sig(a) for a in old_objs[j : j + a_gone]], [_sig(a) for a in added])
            changed = patch_structure(
                s, old_claims, claims, old_ids, block, self.options.group_pro_con, self._gone
            )
            if changed is not None:
                ids = old_ids[:j] + [a.id for a in added] + old_ids[j + a_gone :]
                self._last = (context, claims, arg_objs, ids, s)
                return s, changed
        arg_ids = [a.id for a in arg_objs]
        s = build_structure(
            m, group_pro_con=self.options.group_pro_con, root_key=root_key, ids=(claims, arg_ids)
        )
        self._last = (context, claims, arg_objs, arg_ids, s)
        return s, None

    def _update(self, m: ArgumentMap, sizes: Sizes) -> MapLayout:
        o = self.options
        lr = (o.direction or m.layout.direction) == Direction.LEFT_RIGHT
        hints = m.layout.hints
        root_key = {k: (p.y if lr else p.x) for k, p in hints.items()} if hints else None
        s, changed = self._structure(m, lr, root_key)
        old_h = self._measure(s, changed, sizes, lr)
        size, width = self._size, self._width
        self._reordered = bool(s.cross) and len(s.claims) <= REORDER_MAX
        if self._reordered:
            reorder(s)
        redo = None if changed is None else (changed, parent_in(s), s.row)
        centres, moved = self._tidy.centres(s.roots, s.children, width, o.gap_x, o.forest_gap, redo)
        self._nodes = len(s.row)

        pinned = _pins_in_frame(m, s, lr)
        if s.cross and not pinned and len(s.claims) <= LAYERED_MAX:
            self._reordered = True  # the next edit is laid out afresh too
            drawn = self._layered(s, centres, size, lr)
        else:
            drawn = self._tree_drawing(s, old_h, moved, centres, size, pinned, lr)
        self._drawn = drawn
        bounds = drawn.bounds
        tray_pins = {c: p for c in s.tray if (p := m.layout.pins.get(c)) is not None}
        tray_boxes = place_tray(s.tray, sizes, o, bounds, tray_pins)
        boxes = drawn.boxes
        if tray_boxes:
            boxes = dict(boxes)
            boxes.update(tray_boxes)
            bounds = bounds_of([bounds, *tray_boxes.values()], ()) if boxes else bounds
        edges_of = drawn.edges_of
        return MapLayout(
            boxes=boxes,
            junctions=drawn.junctions,
            edges=[e for a in self._arg_ids() for e in edges_of.get(a, ())],
            tray=list(s.tray),
            cycles=s.cycles,
            hidden=s.hidden,
            bounds=bounds,
        )

    def _tree_drawing(
        self,
        s: Structure,
        old_h: dict[str, float],
        moved: list[str] | None,
        centres: dict[str, float],
        size: dict[str, tuple[float, float]],
        pinned: dict[str, Point2],
        lr: bool,
    ) -> _Drawn:
        """The tidy tree's drawing: only what moved redrawn when that is possible, else afresh."""
        d = self._drawn
        bands: tuple[list[float], list[int]] | None = None
        if moved is not None and d is not None and not pinned and not d.pinned:
            bands = bands_after((d.band_h, d.band_n), old_h, self._gone, s, size)
            band_h = bands[0]
            if band_h[: len(d.band_h)] != d.band_h[: len(band_h)]:
                bands = None
        if bands is not None and d is not None and moved is not None:
            return self._redraw(s, d, bands, moved, centres, size, lr)
        return self._draw(s, band_heights(s, size), centres, size, pinned, lr)

    def _layered(
        self,
        s: Structure,
        centres: dict[str, float],
        size: dict[str, tuple[float, float]],
        lr: bool,
    ) -> _Drawn:
        """A map that is not a tree, laid out in layers (see argmap.layout.layered), then turned for left-right."""
        o = self.options
        s = sink_conclusions(s)
        band_h, band_n = band_heights(s, size)
        tops, bottoms = self._frame(band_h)
        key = order_key(s)
        last = self._order
        order: Callable[[], dict[str, float]] | list[list[str]]
        if last is not None and last[0] == key:
            order = last[1]
        else:

            def order() -> dict[str, float]:
                even = {n: (o.junction_width if n in s.target else 100.0) for n in s.children}
                return TidyTree().centres(s.roots, s.children, even, o.gap_x, o.forest_gap, None)[0]

        got = layered_layout(s, size, centres, tops, bottoms, o, order)
        self._order = (key, got.rows)
        points = [p for es in got.edges.values() for e in es for p in e.points]
        bounds = bounds_of(got.boxes.values(), [*got.junctions.values(), *points])
        drawn = _Drawn(band_h, band_n, tops, bottoms, got.boxes, got.junctions, got.edges, False)
        if lr:
            drawn.boxes = {c: turn_box(b) for c, b in got.boxes.items()}
            drawn.junctions = {a: (p[1], p[0]) for a, p in got.junctions.items()}
            drawn.edges_of = {a: turn_edges(es) for a, es in got.edges.items()}
            bounds = turn_box(bounds)
        drawn.bounds = bounds
        return drawn

    def _measure(self, s: Structure, changed: set[str] | None, sizes: Sizes, lr: bool) -> dict[str, float]:
        """Box sizes and tree widths in the top-down frame ("w" along the siblings, "h" along the layers).

        Returns the old height of every box that changed, came (-1) or went.
        """
        o = self.options
        default = o.default_size
        size, width = self._size, self._width
        old_h: dict[str, float] = {}
        if changed is None:
            get = sizes.get
            if lr:
                size = {}
                for c in s.claims:
                    w, h = get(c, default)
                    size[c] = (h, w)
            else:
                size = {c: get(c, default) for c in s.claims}
            width = dict.fromkeys(s.children, o.junction_width)
            width.update({c: wh[0] for c, wh in size.items()})
            self._size, self._width = size, width
        else:
            old = self._sizes
            if sizes != old:
                row = s.row
                changed.update(c for c, _ in sizes.items() ^ old.items() if c in row)
            for n in changed:
                if n in s.target or n.startswith(DUMMY):
                    width[n] = o.junction_width
                else:
                    old_h[n] = size[n][1] if n in size else -1.0
                    w, h = sizes.get(n, default)
                    size[n] = (h, w) if lr else (w, h)
                    width[n] = size[n][0]
            for g in self._gone:
                if g in size:
                    old_h[g] = size.pop(g)[1]
        self._sizes = dict(sizes)
        return old_h

    def _arg_ids(self) -> list[str]:
        last = self._last
        return [] if last is None else last[3]

    def _frame(self, band_h: list[float]) -> tuple[list[float], list[float]]:
        tops: list[float] = []
        y = 0.0
        for h in band_h:
            tops.append(y)
            y += h + self.options.gap_y
        return tops, [t + h for t, h in zip(tops, band_h, strict=True)]

    def _draw(
        self,
        s: Structure,
        bands: tuple[list[float], list[int]],
        centres: dict[str, float],
        size: dict[str, tuple[float, float]],
        pinned: dict[str, Point2],
        lr: bool,
    ) -> _Drawn:
        """Every box, junction and line afresh (top-down frame, then turned for left-right)."""
        o = self.options
        band_h, band_n = bands
        tops, bottoms = self._frame(band_h)
        boxes = tree_boxes(s, centres, tops, size)
        junctions = tree_junctions(s, centres, bottoms, o.gap_y * o.junction_at)
        if pinned:
            for c, (px, py) in pinned.items():
                w, h = size[c]
                boxes[c] = Box(px - w / 2, py - h / 2, w, h)
            centres = dict(centres)
            apply_pins(s, boxes, pinned, tops, bottoms, o.gap_x)
            recentre_junctions(s, preorder(s.roots, s.children), boxes, junctions, centres)
        router = Bands(tops, bottoms, min(4.0, o.gap_x / 4), boxes.values())
        if pinned:
            edges_td = {a: arg_edges(a, s, boxes, junctions, centres, router, pinned) for a in s.args}
            port_edges(s.claims, s, boxes, junctions, bottoms, edges_td, pinned)
        else:
            edges_td = tree_edges(s, boxes, junctions, centres, router)
        if pinned:
            bounds = bounds_of(boxes.values(), junctions.values())
        else:
            lo, hi = self._tidy.extent()
            bounds = Box(lo, 0.0, hi - lo, bottoms[-1]) if bottoms else Box(0.0, 0.0, 0.0, 0.0)
        drawn = _Drawn(band_h, band_n, tops, bottoms, boxes, junctions, edges_td, bool(pinned))
        if lr:
            drawn.boxes = {c: turn_box(b) for c, b in boxes.items()}
            drawn.junctions = {a: (p[1], p[0]) for a, p in junctions.items()}
            drawn.edges_of = {a: turn_edges(es) for a, es in edges_td.items()}
            bounds = turn_box(bounds)
        drawn.bounds = bounds
        return drawn

    def _redraw(
        self,
        s: Structure,
        d: _Drawn,
        bands: tuple[list[float], list[int]],
        moved: list[str],
        centres: dict[str, float],
        size: dict[str, tuple[float, float]],
        lr: bool,
    ) -> _Drawn:
        """The last drawing with only what moved or changed rebuilt (trees without pins)."""
        o = self.options
        band_h, band_n = bands
        tops, bottoms = self._frame(band_h)
        row = s.row
        boxes_td, junctions_td, edges_td = dict(d.boxes_td), dict(d.junctions_td), dict(d.edges_td)
        boxes, junctions, edges_of = dict(d.boxes), dict(d.junctions), dict(d.edges_of)
        for g in self._gone:
            for table in (boxes_td, junctions_td, edges_td, boxes, junctions, edges_of):
                table.pop(g, None)
        jy = o.gap_y * o.junction_at
        dirty: set[str] = set()
        target, children, tree_parent = s.target, s.children, s.tree_parent
        for n in moved:
            if n.startswith(DUMMY):
                dirty.add(n[len(DUMMY) :])
            elif n in target:
                dirty.add(n)
                p: Point2 = (junction_x(n, s, centres), bottoms[row[n] // 2] + jy)
                junctions_td[n] = p
                junctions[n] = (p[1], p[0]) if lr else p
                dirty.update(k[len(DUMMY) :] for k in children[n] if k.startswith(DUMMY))
            else:
                b = claim_box(centres[n], tops[row[n] // 2], size[n])
                boxes_td[n] = b
                boxes[n] = turn_box(b) if lr else b
                up = tree_parent.get(n)
                if up is not None:
                    dirty.add(up)
                dirty.update(children[n])
        router = Bands(tops, bottoms, min(4.0, o.gap_x / 4), boxes_td.values())
        dirty |= s.cross  # routed around boxes: any box may have moved into their way
        ported = {t for a in dirty if (t := target.get(a)) is not None and t in boxes_td}
        for t in ported:  # a reason's port depends on its siblings'
            dirty.update(children.get(t, ()))
        if s.cross:  # routed lines take turning levels in the order of the arguments, as in a fresh drawing
            order = {a: i for i, a in enumerate(s.args)}
            todo = sorted((a for a in dirty if a in target), key=order.__getitem__)
        else:
            todo = [a for a in dirty if a in target]
        fresh = {a: arg_edges(a, s, boxes_td, junctions_td, centres, router, {}) for a in todo}
        port_edges(ported, s, boxes_td, junctions_td, bottoms, fresh, {})
        edges_td.update(fresh)
        for a, es in fresh.items():
            edges_of[a] = turn_edges(es) if lr else es
        lo, hi = self._tidy.extent()
        bounds = Box(lo, 0.0, hi - lo, bottoms[-1]) if bottoms else Box(0.0, 0.0, 0.0, 0.0)
        drawn = _Drawn(band_h, band_n, tops, bottoms, boxes_td, junctions_td, edges_td, False)
        drawn.boxes, drawn.junctions, drawn.edges_of = boxes, junctions, edges_of
        drawn.bounds = turn_box(bounds) if lr else bounds
        return drawn


class _Drawn:
    """What the last update drew, in the top-down frame and as handed out."""

    def __init__(
        self,
        band_h: list[float],
        band_n: list[int],
        tops: list[float],
        bottoms: list[float],
        boxes_td: dict[str, Box],
        junctions_td: dict[str, Point2],
        edges_td: dict[str, list[EdgeRoute]],
        pinned: bool,
    ) -> None:
        self.band_h, self.band_n, self.tops, self.bottoms = band_h, band_n, tops, bottoms
        self.boxes_td, self.junctions_td, self.edges_td = boxes_td, junctions_td, edges_td
        self.boxes, self.junctions, self.edges_of = boxes_td, junctions_td, edges_td
        self.pinned = pinned
        self.bounds = Box(0.0, 0.0, 0.0, 0.0)


def _sig(a: Argument) -> ArgSig:
    return (a.id, a.target, tuple(a.premises), a.relation.value)


def layout_map(m: ArgumentMap, sizes: Sizes, options: LayoutOptions | None = None) -> MapLayout:
    """Lay out `m` once (see Layouter for repeated layouts of an edited map)."""
    return Layouter(options).update(m, sizes)


def _pins_in_frame(m: ArgumentMap, s: Structure, lr: bool) -> dict[str, Point2]:
    pins = m.layout.pins
    if not pins:
        return {}
    out: dict[str, Point2] = {}
    for c in s.claims:
        p = pins.get(c)
        if p is not None:
            out[c] = (p.y, p.x) if lr else (p.x, p.y)
    return out
