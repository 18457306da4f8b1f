"""Look of the map canvas: Okabe-Ito colours per role and relation, fonts, box metrics, zoom levels."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtGui import QColor, QFont

from argmap.model import Relation, Role
from ui.look.palette import palette_data

USER_TYPE = 65536
"""QGraphicsItem.UserType: custom item types count up from here."""
BOX_WIDTH = 230.0
"""The widest claim box in scene pixels (100% zoom): long wording wraps at this readable measure.

Shorter wording gets a narrower box (ui/map/measure.py), down to the floor in ui/map/box_floor.py."""
PAD = 10.0
"""Inner padding of a claim box."""
TEXT_WIDTH = BOX_WIDTH - 2 * PAD - 2
"""The full measure: the widest the wording of a box wraps to."""
LABEL_H = 20.0
"""Height of the role label line at the top of a box."""
CHIP_H = 20.0
"""Height of the tag chip row."""
TEXT_PX = 16
"""Pixel size of claim wording: readable on a projector at 100%."""
LABEL_PX = 12
"""Pixel size of the role label, tag chips and markers."""
LOD_TEXT = 0.25
"""Below this zoom factor boxes are drawn as coloured cards without text (level of detail)."""
LOD_DETAIL = 0.45
"""Below this zoom factor badges, chips and arrow heads are left out."""


@dataclass(frozen=True)
class RoleStyle:
    """Colour and text label of a claim's role (never colour alone)."""

    hex: str
    label: str

    @property
    def color(self) -> QColor:
        """A new QColor each time: callers may change theirs without touching anyone else's."""
        return QColor(self.hex)


@dataclass(frozen=True)
class RelationStyle:
    """Colour, badge and dash of a relation's arrows."""

    hex: str
    badge: str
    dashed: bool

    @property
    def color(self) -> QColor:
        """A new QColor each time (see RoleStyle.color)."""
        return QColor(self.hex)


@dataclass(frozen=True)
class Palette:
    """Every colour the canvas uses, read from resources/palette.json.

    Colours are kept as hex strings and handed out as new QColor objects, so no caller
    can change a colour every other box shares.
    """

    roles: dict[Role, RoleStyle]
    relations: dict[str, RelationStyle]
    box_fill_hex: str = "#FFFFFF"
    text_hex: str = "#1A1A1A"
    muted_hex: str = "#5A5A5A"
    background_hex: str = "#F7F7F5"
    selection_hex: str = "#0072B2"
    highlight_hex: str = "#F0E442"

    @property
    def box_fill(self) -> QColor:
        return QColor(self.box_fill_hex)

    @property
    def text(self) -> QColor:
        return QColor(self.text_hex)

    @property
    def muted(self) -> QColor:
        return QColor(self.muted_hex)

    @property
    def background(self) -> QColor:
        return QColor(self.background_hex)

    @property
    def selection(self) -> QColor:
        return QColor(self.selection_hex)

    @property
    def highlight(self) -> QColor:
        return QColor(self.highlight_hex)

    def role(self, role: Role) -> RoleStyle:
        return self.roles.get(role, self.roles[Role.NONE])

    def role_color_none(self) -> QColor:
        """Colour of a claim without a role."""
        return self.roles[Role.NONE].color

    def relation(self, relation: Relation | str, undercut: bool = False) -> RelationStyle:
        key = "undercut" if undercut else str(relation)
        return self.relations.get(key, self.relations["support"])


@lru_cache(maxsize=1)
def palette() -> Palette:
    """The palette from resources/palette.json (read once; immutable, colours handed out as copies)."""
    data = palette_data()
    roles = {Role.NONE: RoleStyle("#999999", "Claim")}
    roles.update(
        (Role(name), RoleStyle(QColor(spec["color"]).name(), str(spec["label"])))
        for name, spec in data.get("roles", {}).items()
    )
    relations = {"support": RelationStyle("#009E73", "+", False)}
    relations.update(
        (name, RelationStyle(QColor(spec["color"]).name(), str(spec["badge"]), name != "support"))
        for name, spec in data.get("relations", {}).items()
    )
    return Palette(roles, relations)


_text_scale = 1.0
"""Canvas text size relative to the default, from the app's text-size preference."""


def set_text_scale(scale: float) -> bool:
    """Scale the canvas wording (1.0: TEXT_PX); True when it changed (boxes must be re-measured)."""
    global _text_scale
    scale = max(0.6, min(2.5, scale))
    if abs(scale - _text_scale) < 1e-6:
        return False
    _text_scale = scale
    return True


def text_px() -> int:
    """Pixel size of claim wording at 100% zoom, after the text-size preference."""
    return max(8, round(TEXT_PX * _text_scale))


def text_font(px: int | None = None) -> QFont:
    """The font of claim wording: a new QFont on every call (safe to change)."""
    return QFont(_font(px if px is not None else text_px(), False, False))


def label_font(px: int = LABEL_PX, bold: bool = True) -> QFont:
    """The font of role labels, chips and markers: a new QFont on every call (safe to change)."""
    return QFont(_font(px, True, bold))


@lru_cache(maxsize=32)
def _font(px: int, label: bool, bold: bool) -> QFont:
    """The cached original; never handed out (callers get copies)."""
    f = QFont()
    f.setPixelSize(px)
    if label:
        f.setBold(bold)  # no setCapitalization: SVG ignores it; callers pass upper-case text
    return f
