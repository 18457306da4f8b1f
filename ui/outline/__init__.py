"""The claims outline: the map as a tree (conclusions, their reasons and objections), kept in sync."""

from ui.outline.rows import MAX_DEPTH, Row, RowBuilder
from ui.outline.view import ID_ROLE, OutlineView

__all__ = ["ID_ROLE", "MAX_DEPTH", "OutlineView", "Row", "RowBuilder"]
