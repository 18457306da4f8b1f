"""The map's items as SVG elements: boxes with wrapped wording, chips and marks; lines, arrows, badges, junctions."""

from __future__ import annotations

import math
from collections.abc import Iterator

from PySide6.QtGui import QColor, QFontMetricsF

from argmap.layout import Box
from argmap.model import Claim, Role
from ui.map.box_floor import CHIP_FONT_PX, chip_font_metrics, chip_row
from ui.map.claim_item import ClaimLook
from ui.map.contrast import ink_on
from ui.map.edge_item import CORNER, badge_at
from ui.map.measure import shown_text
from ui.map.routes import Points
from ui.map.scene import FADED, MapScene
from ui.map.style import (
    BOX_WIDTH,
    CHIP_H,
    LABEL_H,
    PAD,
    TEXT_WIDTH,
    RelationStyle,
    label_font,
    palette,
    text_font,
)
from ui.render.svg_text import centred_baseline, lines_text, num, wrapper, xml_text

TEXT_X = num(PAD + 2)
"""Left edge of a box's wording, relative to the box."""


def role_class(key: str) -> str:
    """CSS class of a claim kind (`premise`, `objection`, ...)."""
    return f"k-{key}"


def relation_class(key: str) -> str:
    """CSS class of a relation's lines (`support`, `attack`, `undercut`)."""
    return f"r-{key}"


class RelationKeys:
    """The palette key (`support`, `attack`, `undercut`) of a line's style, by identity first.

    The scene hands every line one of the palette's own style objects; two relations that
    happen to look alike (same colour and dash) still keep their own class.
    """

    def __init__(self) -> None:
        relations = palette().relations
        self._by_id = {id(style): key for key, style in relations.items()}
        self._by_value: dict[RelationStyle, str] = {}
        for key, style in relations.items():
            self._by_value.setdefault(style, key)

    def __call__(self, style: RelationStyle) -> str:
        key = self._by_id.get(id(style))
        return key if key is not None else self._by_value.get(style, "support")


def path_data(points: Points) -> str:
    """SVG path data of a drawn line: the polyline with each turn rounded as the canvas rounds it."""
    (x0, y0) = points[0]
    parts = [f"M{num(x0)} {num(y0)}"]
    for i in range(1, len(points) - 1):
        (ax, ay), (bx, by), (cx, cy) = points[i - 1], points[i], points[i + 1]
        d_in, d_out = math.hypot(bx - ax, by - ay), math.hypot(cx - bx, cy - by)
        r = min(CORNER, d_in / 2, d_out / 2)
        if r <= 0.5:
            parts.append(f"L{num(bx)} {num(by)}")
            continue
        parts.append(
            f"L{num(bx - (bx - ax) * r / d_in)} {num(by - (by - ay) * r / d_in)}"
            f"Q{num(bx)} {num(by)} {num(bx + (cx - bx) * r / d_out)} {num(by + (cy - by) * r / d_out)}"
        )
    xn, yn = points[-1]
    parts.append(f"L{num(xn)} {num(yn)}")
    return "".join(parts)


FADED_ATTR = f' opacity="{num(FADED)}"'
"""What a claim or line the tag filter leaves out carries (as the canvas fades it)."""


def edge_elements(scene: MapScene) -> Iterator[str]:
    """Every routed line (arrow head as a marker), then the +/- badges on the arrows.

    Read from the scene's routes and styles, not its items (a big map has few built), in the
    scene's drawing order (`MapScene.line_keys`), so the same map always gives the same file.
    """
    keys = RelationKeys()
    kept = scene.kept[1] if scene.kept is not None else None
    badges: list[str] = []
    for key in scene.line_keys():
        points = scene.line_points(key)
        if len(points) < 2:
            continue
        arg, _source, _target, kind = key
        rel = keys(scene.line_style(arg))
        cls = relation_class(rel)
        op = FADED_ATTR if kept is not None and arg not in kept else ""
        if kind != "premise":  # the reason -> target line: arrow head and +/- badge
            yield f'<path class="e {cls}" d="{path_data(points)}" marker-end="url(#h-{rel})"{op}/>'
            x, y = badge_at(points)
            badges.append(f'<use xlink:href="#b-{rel}" x="{num(x)}" y="{num(y)}"{op}/>')
        else:
            yield f'<path class="e {cls}" d="{path_data(points)}"{op}/>'
    yield from badges


def junction_elements(scene: MapScene) -> Iterator[str]:
    """Each reason's junction ring, with the bar its linked premises hang from (never faded, as on the canvas)."""
    keys = RelationKeys()
    joints = scene.layout.junctions if scene.layout is not None else {}
    for arg in scene.junctions:
        key = keys(scene.line_style(arg))
        x, y = joints[arg]
        bx, by, bw, bh = scene.junction_bar(arg)
        bar = ""
        if bw > 0 and bh > 0:
            bar = f'<rect class="jb" x="{num(x + bx)}" y="{num(y + by)}" width="{num(bw)}" height="{num(bh)}" rx="3"/>'
        yield f'<g class="{relation_class(key)}">{bar}<circle class="j" cx="{num(x)}" cy="{num(y)}" r="6"/></g>'


class BoxWriter:
    """Writes claim boxes as the canvas paints them in an export (ui.map.claim_item.ClaimItem.paint).

    The parts boxes share (outline of one size, kind label, line positions) are made once.
    """

    def __init__(self) -> None:
        self._text = wrapper(text_font())
        self._label_base = num(centred_baseline(label_font(), PAD - 3, LABEL_H))
        self._chip_metrics = chip_font_metrics()
        self._chip_base = centred_baseline(label_font(CHIP_FONT_PX, bold=False), 0, CHIP_H)
        self._tab_base = centred_baseline(label_font(11, bold=True), 0, 18)
        self._ink: dict[str, str] = {}
        self._shapes: dict[tuple[float, float], str] = {}
        self._labels: dict[Role, str] = {}
        self._spans: dict[float, str] = {}

    def elements(self, scene: MapScene) -> Iterator[str]:
        """One `<g>` per shown claim box, in the scene's order, read from the scene's data (no item is built)."""
        boxes = scene.layout.boxes if scene.layout is not None else {}
        kept = scene.kept[0] if scene.kept is not None else None
        for cid in scene.claims:
            box = boxes.get(cid)
            if box is not None:
                claim, look = scene.drawn_claim(cid)
                yield self.box(claim, look, box, kept is not None and cid not in kept)

    def box(self, claim: Claim, look: ClaimLook, box: Box, faded: bool = False) -> str:
        """One claim's box: border and kind strip, kind label and mark, wording, chips, collapsed tab."""
        w, h = box.w, box.h
        cls = role_class(claim.role.value) + (" implicit" if claim.implicit else "")
        shape = self._shapes.get((w, h))
        if shape is None:
            shape = self._shapes[(w, h)] = (
                f'<rect class="b" width="{num(w)}" height="{num(h)}" rx="6"/>'
                f'<rect class="s" x="1.5" y="1.5" width="6" height="{num(h - 3)}"/>'
            )
        label = self._labels.get(claim.role)
        if label is None:
            text = xml_text(palette().role(claim.role).label.upper())
            label = self._labels[claim.role] = (
                f'<text class="l" x="{TEXT_X}" y="{self._label_base}">{text}</text>'
            )
        parts = [
            f'<g class="{cls}" transform="translate({num(box.x)} {num(box.y)})"{FADED_ATTR if faded else ""}>',
            shape,
            label,
        ]
        mark, mark_cls = "", "m"
        if look.circular:
            mark, mark_cls = "↻ CIRCULAR", "m mc"
        elif claim.implicit:
            mark = "implicit"
        elif look.unanchored:
            mark = "⚠ not in text"
        if mark:
            parts.append(
                f'<text class="{mark_cls}" x="{num(w - PAD + 2)}" y="{self._label_base}">{mark}</text>'
            )
        parts.append(self._wording(shown_text(claim), w, h))
        if look.chips:
            parts.extend(self._chips(look, w, h))
        if look.collapsed:
            cx = w / 2
            parts.append(
                f'<rect class="tab" x="{num(cx - 26)}" y="{num(h - 2)}" width="52" height="18" rx="5"/>'
                f'<text class="tt" x="{num(cx)}" y="{num(h - 2 + self._tab_base)}">+{look.collapsed}</text>'
            )
        parts.append("</g>")
        return "".join(parts)

    def _wording(self, text: str, w: float, h: float) -> str:
        """The wording as one `<text>`, a `<tspan>` per line where the canvas breaks it."""
        # the canvas wraps wording to TEXT_WIDTH inside a box of BOX_WIDTH: keep that margin for any box width
        lines = self._text.lines(text, w - (BOX_WIDTH - TEXT_WIDTH), h)
        spans = self._spans
        out = ['<text class="t">']
        for (base, _t), line in zip(lines, lines_text([t for _b, t in lines]), strict=True):
            span = spans.get(base)
            if span is None:
                span = spans[base] = f'<tspan x="{TEXT_X}" y="{num(PAD + LABEL_H + base)}">'
            out.append(f"{span}{line}</tspan>")
        out.append("</text>")
        return "".join(out)

    def _chips(self, look: ClaimLook, w: float, h: float) -> Iterator[str]:
        """The tag chip row as the canvas lays it out in this box's own width (ClaimItem._paint_chips)."""
        metrics = self._chip_metrics
        y = h - PAD - CHIP_H
        chips = look.chips
        for i, name, x, cw in chip_row(metrics, [c.name for c in chips], PAD + 2, w - PAD):
            fill = QColor(chips[i].color).name()
            ink = self._ink.get(fill)
            if ink is None:
                ink = self._ink[fill] = ink_on(QColor(fill)).name()
            yield (
                f'<rect x="{num(x)}" y="{num(y)}" width="{num(cw)}" height="{num(CHIP_H)}" rx="{num(CHIP_H / 2)}"'
                f' fill="{fill}"/><text class="c" x="{num(x + cw / 2)}" y="{num(y + self._chip_base)}"'
                f' fill="{ink}">{xml_text(name)}</text>'
            )


def tray_caption(scene: MapScene) -> str:
    """The muted line over the claims not connected yet, if the map has any."""
    cap = scene.tray_caption
    if cap is None:
        return ""
    base = QFontMetricsF(cap.font()).ascent()
    pos = cap.pos()
    return f'<text class="tray" x="{num(pos.x())}" y="{num(pos.y() + base)}">{xml_text(cap.text())}</text>'
