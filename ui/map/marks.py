"""Marks over the map that are not edits: find highlights and the tag filter's fading."""

from __future__ import annotations

from argmap.model import ArgumentMap
from ui.map.scene import MapScene

FADED = 0.2
"""Opacity of claims and lines the tag filter leaves out."""


def mark_matches(scene: MapScene, m: ArgumentMap, needle: str) -> list[str]:
    """Highlight shown claims whose wording contains `needle` (already case-folded); returns their ids."""
    for item in scene.claims.values():
        if item.highlighted:
            item.highlighted = False
            item.update()
    if not needle:
        return []
    hits = [c.id for c in m.claims if needle in c.text.casefold() and c.id in scene.claims]
    for cid in hits:
        scene.claims[cid].highlighted = True
        scene.claims[cid].update()
    return hits


def fade_except(scene: MapScene, m: ArgumentMap, only: set[str] | None) -> None:
    """Fade claims not in `only` and lines of reasons that touch none of them; None shows all."""
    for cid, item in scene.claims.items():
        item.setOpacity(1.0 if only is None or cid in only else FADED)
    keep = None if only is None else {a.id for a in m.arguments if a.target in only or only & set(a.premises)}
    for line in scene.edges.values():
        line.setOpacity(1.0 if keep is None or line.argument_id in keep else FADED)
