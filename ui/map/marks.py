"""Marks over the map that are not edits: find highlights and the tag filter's fading."""

from __future__ import annotations

from argmap.model import ArgumentMap
from ui.map.scene import FADED, MapScene

__all__ = ["FADED", "fade_except", "mark_matches"]


def mark_matches(scene: MapScene, m: ArgumentMap, needle: str) -> list[str]:
    """Highlight shown claims whose wording contains `needle` (already case-folded); returns their ids.

    Boxes not built yet (far out of view on a big map) are highlighted when they are built.
    """
    hits = [c.id for c in m.claims if needle in c.text.casefold() and c.id in scene.claims] if needle else []
    scene.found = frozenset(hits)
    for cid, item in scene.claims.built().items():
        on = cid in scene.found
        if item.highlighted != on:
            item.highlighted = on
            item.update()
    return hits


def fade_except(scene: MapScene, m: ArgumentMap, only: set[str] | None) -> None:
    """Fade claims not in `only` and lines of reasons that touch none of them; None shows all."""
    keep = None if only is None else {a.id for a in m.arguments if a.target in only or only & set(a.premises)}
    scene.kept = None if only is None or keep is None else (frozenset(only), frozenset(keep))
    for cid, item in scene.claims.built().items():
        item.setOpacity(1.0 if only is None or cid in only else FADED)
    for line in scene.edges.built().values():
        line.setOpacity(1.0 if keep is None or line.argument_id in keep else FADED)
