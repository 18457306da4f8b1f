"""Pure layout of argument maps: claim sizes in, boxes, junctions and edge routes out (no Qt)."""

from argmap.layout.geometry import Box, EdgeRoute, LayoutOptions, MapLayout
from argmap.layout.layouter import Layouter, layout_map

__all__ = ["Box", "EdgeRoute", "LayoutOptions", "Layouter", "MapLayout", "layout_map"]
