"""Role colours and labels from resources/palette.json (Okabe-Ito: colour-blind safe), and colour mixing."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from PySide6.QtGui import QColor, QIcon, QPixmap

from argmap.model import Role
from argmap.paths import resource

_FALLBACK = "#999999"


@cache
def palette_data() -> dict[str, Any]:
    """resources/palette.json, read once for the whole app (role colours and labels, relation colours, tag colours).

    A missing or broken file gives {} and every user falls back to its built-in colours.
    """
    try:
        data = json.loads(resource("palette.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    return data if isinstance(data, dict) else {}


def role_color(role: Role | str) -> QColor:
    """The colour of a role (kind of claim); always paired with `role_label` on screen."""
    entry = palette_data().get("roles", {}).get(str(role), {})
    return QColor(entry.get("color", _FALLBACK))


def role_label(role: Role | str) -> str:
    """The word shown for a role: Conclusion, Premise, Objection, Rebuttal, Claim."""
    entry = palette_data().get("roles", {}).get(str(role), {})
    return str(entry.get("label", str(role).capitalize()))


def tag_colors() -> list[str]:
    """Colours offered for new user tags, in order."""
    colors = palette_data().get("tags", [])
    return [str(c) for c in colors] or ["#E69F00", "#56B4E9", "#009E73"]


def next_tag_color(used: list[str]) -> str:
    """The first offered tag colour not used yet (cycling when all are)."""
    offered = tag_colors()
    lowered = {c.lower() for c in used}
    for c in offered:
        if c.lower() not in lowered:
            return c
    return offered[len(used) % len(offered)]


def mix(base: QColor, tint: QColor, amount: float) -> QColor:
    """`base` moved `amount` (0..1) of the way towards `tint`."""
    a = max(0.0, min(1.0, amount))
    return QColor(
        round(base.red() + (tint.red() - base.red()) * a),
        round(base.green() + (tint.green() - base.green()) * a),
        round(base.blue() + (tint.blue() - base.blue()) * a),
    )


def swatch(color: QColor, size: int = 14) -> QIcon:
    """A small square of colour for lists and menus."""
    pix = QPixmap(size, size)
    pix.fill(color)
    return QIcon(pix)
