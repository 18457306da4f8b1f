"""The tray: claims not yet connected to anything, in rows under the map, in document order."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from argmap.layout.geometry import Box, LayoutOptions
from argmap.model import Point


def place_tray(
    tray: Sequence[str],
    sizes: Mapping[str, tuple[float, float]],
    o: LayoutOptions,
    bounds: Box,
    pins: Mapping[str, Point],
) -> dict[str, Box]:
    """Boxes of the tray claims (map coordinates), wrapping at the map's width; pinned ones at their pins."""
    out: dict[str, Box] = {}
    empty = bounds.w == 0 and bounds.h == 0
    x0 = bounds.x
    y = 0.0 if empty else bounds.y + bounds.h + o.tray_gap
    limit = x0 + max(bounds.w, o.tray_width)
    x = x0
    row_h = 0.0
    for c in tray:
        w, h = sizes.get(c, o.default_size)
        p = pins.get(c)
        if p is not None:
            out[c] = Box(p.x - w / 2, p.y - h / 2, w, h)
            continue
        if x > x0 and x + w > limit:
            x = x0
            y += row_h + o.gap_x
            row_h = 0.0
        out[c] = Box(x, y, w, h)
        x += w + o.gap_x
        row_h = max(row_h, h)
    return out
