"""The layout engine's entry points: `Layouter.update` (incremental) and `layout_map` (one shot)."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Mapping

from argmap.layout.geometry import Box, EdgeRoute, LayoutOptions, MapLayout, Point2
from argmap.layout.patch import (
    ArgSig,
    add_reasons,
    add_to_tray,
    block_change,
    remove_from_tray,
    remove_reasons,
)
from argmap.layout.pins import apply_pins, recentre_junctions
from argmap.layout.routing import Bands
from argmap.layout.structure import DUMMY, Structure, build_structure
from argmap.layout.tidy import TidyTree
from argmap.layout.tray import place_tray
from argmap.model import ArgumentMap, Direction

Sizes = Mapping[str, tuple[float, float]]
_new = tuple.__new__
"""Builds the NamedTuples of the results without their Python-level constructor (hot loops)."""


class Layouter:
    """Lays out one map again and again, reusing the placement of every unchanged subtree."""

    def __init__(self, options: LayoutOptions | None = None) -> None:
        self.options = options or LayoutOptions()
        self._tidy = TidyTree()

    @property
    def reused(self) -> bool:
        """True when the last update placed fewer subtrees afresh than there are nodes (work was reused)."""
        return self._tidy.placed < self._last_nodes

    _last_nodes = 0
    _sizes: dict[str, tuple[float, float]] = {}  # noqa: RUF012
    _last: tuple[object, list[str], list[ArgSig], Structure] | None = None

    def _structure(
        self, m: ArgumentMap, lr: bool, root_key: dict[str, float] | None
    ) -> tuple[Structure, set[str] | None]:
        """The structure of `m`, patched from the last one when possible; with the set of changed nodes then."""
        claims = [c.id for c in m.claims]
        args = [(a.id, a.target, tuple(a.premises), a.relation.value) for a in m.arguments]
        context = (tuple(m.layout.collapsed), lr, root_key)
        last = self._last
        if last is not None and last[0] == context:
            _, old_claims, old_args, s = last
            if old_claims == claims and old_args == args:
                changed: set[str] | None = set()
            else:
                changed = _patch(s, old_claims, claims, old_args, args, self.options.group_pro_con)
            if changed is not None:
                self._last = (context, claims, args, s)
                return s, changed
        s = build_structure(m, group_pro_con=self.options.group_pro_con, root_key=root_key)
        self._last = (context, claims, args, s)
        return s, None

    def update(self, m: ArgumentMap, sizes: Sizes) -> MapLayout:
        """The layout of `m` with claim boxes of `sizes` (claim id -> (width, height))."""
        paused = gc.isenabled()
        gc.disable()  # the layout makes many small tuples and frees none: the collector would only rescan the map
        try:
            return self._update(m, sizes)
        finally:
            if paused:
                gc.enable()

    def _update(self, m: ArgumentMap, sizes: Sizes) -> MapLayout:
        o = self.options
        lr = (o.direction or m.layout.direction) == Direction.LEFT_RIGHT
        hints = m.layout.hints
        root_key = {k: (p.y if lr else p.x) for k, p in hints.items()} if hints else None
        s, changed = self._structure(m, lr, root_key)
        dw, dh = o.default_size
        default = (dw, dh)
        old_sizes = self._sizes
        if changed is not None and sizes != old_sizes:
            changed.update(c for c in s.claims if sizes.get(c, default) != old_sizes.get(c, default))
        self._sizes = dict(sizes)
        # Work in a top-down frame: "w" runs along the siblings, "h" along the layers.
        size: dict[str, tuple[float, float]] = {}
        for c in s.claims:
            w, h = sizes.get(c, default)
            size[c] = (h, w) if lr else (w, h)
        width: dict[str, float] = dict.fromkeys(s.children, o.junction_width)
        for c in s.claims:
            width[c] = size[c][0]
        redo = None if changed is None else (changed, _parent_in(s), s.row)
        centres, pre = self._tidy.centres(s.roots, s.children, width, o.gap_x, o.forest_gap, redo)
        self._last_nodes = len(pre)

        row = s.row
        n_bands = (max((row[c] for c in s.claims), default=-2) // 2) + 1
        band_h = [0.0] * n_bands
        for c in s.claims:
            k = row[c] // 2
            if size[c][1] > band_h[k]:
                band_h[k] = size[c][1]
        tops: list[float] = []
        y = 0.0
        for k in range(n_bands):
            tops.append(y)
            y += band_h[k] + o.gap_y
        bottoms = [t + h for t, h in zip(tops, band_h, strict=True)]

        boxes: dict[str, Box] = {}
        for c in s.claims:
            w, h = size[c]
            boxes[c] = _new(Box, (centres[c] - w / 2, tops[row[c] // 2], w, h))
        pinned = _pins_in_frame(m, s, lr)
        for c, (px, py) in pinned.items():
            w, h = size[c]
            boxes[c] = Box(px - w / 2, py - h / 2, w, h)
        junction_y = o.gap_y * o.junction_at
        junctions: dict[str, Point2] = {a: (centres[a], bottoms[row[a] // 2] + junction_y) for a in s.args}
        if pinned:
            apply_pins(s, boxes, pinned, tops, bottoms, o.gap_x)
            recentre_junctions(s, pre, boxes, junctions, centres)

        bands = Bands(tops, bottoms, min(4.0, o.gap_x / 4), boxes.values())
        edges = _routes(s, boxes, junctions, centres, bands, set(pinned))

        if lr:
            boxes = {c: Box(b.y, b.x, b.h, b.w) for c, b in boxes.items()}
            junctions = {a: (p[1], p[0]) for a, p in junctions.items()}
            edges = [e._replace(points=tuple([(p[1], p[0]) for p in e.points])) for e in edges]
        bounds = _bounds(boxes.values(), junctions.values())
        tray_pins = {c: p for c in s.tray if (p := m.layout.pins.get(c)) is not None}
        tray_boxes = place_tray(s.tray, sizes, o, bounds, tray_pins)
        boxes.update(tray_boxes)
        if tray_boxes:
            bounds = _bounds(boxes.values(), junctions.values())
        return MapLayout(
            boxes=boxes,
            junctions=junctions,
            edges=edges,
            tray=list(s.tray),
            cycles=s.cycles,
            hidden=s.hidden,
            bounds=bounds,
        )


def layout_map(m: ArgumentMap, sizes: Sizes, options: LayoutOptions | None = None) -> MapLayout:
    """Lay out `m` once (see Layouter for repeated layouts of an edited map)."""
    return Layouter(options).update(m, sizes)


def _patch(
    s: Structure,
    old_claims: list[str],
    claims: list[str],
    old_args: list[ArgSig],
    args: list[ArgSig],
    group_pro_con: bool,
) -> set[str] | None:
    """Apply an added or removed reason (or tray claim) to `s`; None when the change is of another kind."""
    i, c_gone, c_new = block_change(old_claims, claims)
    j, a_gone, a_new = block_change(old_args, args)
    if c_gone == 0 and a_gone == 0 and c_new:
        new_claims = set(claims[i : i + c_new])
        if new_claims & s.refs:
            return None
        if not a_new:
            add_to_tray(s, old_claims, i, claims[i : i + c_new])
            return set()
        added = args[j : j + a_new]
        if {a[0] for a in added} & s.refs:
            return None
        changed = add_reasons(s, old_args, j, added, new_claims, group_pro_con)
        if changed is not None:
            for a in added:
                s.refs.add(a[1])
                s.refs.update(a[2])
        return changed
    if c_new == 0 and a_new == 0 and c_gone:
        gone = set(old_claims[i : i + c_gone])
        if not a_gone:
            return set() if remove_from_tray(s, gone) else None
        return remove_reasons(s, old_args[j : j + a_gone], gone)
    return None


def _parent_in(s: Structure) -> Callable[[str], str | None]:
    """Node -> its parent in the layout tree (None for a root)."""
    tree_parent, target, premises = s.tree_parent, s.target, s.premises

    def parent(n: str) -> str | None:
        if n.startswith(DUMMY):
            return target[n[len(DUMMY) :]]
        up = tree_parent.get(n)
        if up is not None:
            return up
        t = target.get(n)
        if t is None:
            return None
        return DUMMY + n if t in premises else t

    return parent


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


def _routes(
    s: Structure,
    boxes: dict[str, Box],
    junctions: dict[str, Point2],
    centres: dict[str, float],
    bands: Bands,
    pinned: set[str],
) -> list[EdgeRoute]:
    """Every line of every visible argument, top-down frame."""
    edges: list[EdgeRoute] = []
    row = s.row
    bottoms = bands.bottoms
    tree_parent = s.tree_parent
    for a in s.args:
        j = junctions[a]
        gj = row[a] // 2 + 1
        for p in s.premises[a]:
            b = boxes[p]
            start = (b.x + b.w / 2, b.y)
            if tree_parent.get(p) == a and not (pinned and p in pinned):
                pts: tuple[Point2, ...] = (start, j)
            elif p in pinned:
                pts = bands.route(start, bands.gap_of(b.y), j, gj)
            else:
                pts = bands.route(start, row[p] // 2, j, gj)
            edges.append(_new(EdgeRoute, (p, a, a, "premise", pts)))
        t = s.target[a]
        kind = s.relation[a]
        tb = boxes.get(t)
        if tb is not None:
            end = (tb.x + tb.w / 2, tb.y + tb.h)
            if pinned and t in pinned:
                pts = bands.route(j, gj, end, bands.gap_of(end[1]))
            else:
                floor = bottoms[row[t] // 2]
                pts = (j, (end[0], floor), end) if floor > end[1] else (j, end)
        else:
            tj = junctions[t]
            if pinned:
                pts = bands.route(j, gj, tj, row[t] // 2 + 1)
            else:
                k = row[DUMMY + a] // 2
                x = centres[DUMMY + a]
                pts = (j, (x, bottoms[k]), (x, bands.tops[k]), tj)
        edges.append(_new(EdgeRoute, (a, t, a, kind, pts)))
    return edges


def _bounds(boxes: Iterable[Box], points: Iterable[Point2]) -> Box:
    xs0: list[float] = []
    ys0: list[float] = []
    xs1: list[float] = []
    ys1: list[float] = []
    for b in boxes:
        xs0.append(b.x)
        ys0.append(b.y)
        xs1.append(b.x + b.w)
        ys1.append(b.y + b.h)
    for px, py in points:
        xs0.append(px)
        xs1.append(px)
        ys0.append(py)
        ys1.append(py)
    if not xs0:
        return Box(0.0, 0.0, 0.0, 0.0)
    x0, y0 = min(xs0), min(ys0)
    return Box(x0, y0, max(xs1) - x0, max(ys1) - y0)
