"""Look of the map canvas: Okabe-Ito colours per role and relation, fonts, box metrics, zoom levels."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from PySide6.QtGui import QColor, QFont

from argmap.model import Relation, Role
from ui.look.palette import palette_data

USER_TYPE = 65536
"""QGraphicsItem.UserType: custom item types count up from here."""
BOX_WIDTH = 230.0
"""Width of a claim box in scene pixels (100% zoom); wording wraps inside it."""
PAD = 10.0
"""Inner padding of a claim box."""
TEXT_WIDTH = BOX_WIDTH - 2 * PAD - 2
"""Width the wording wraps to."""
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

    color: QColor
    label: str


@dataclass(frozen=True)
class RelationStyle:
    """Colour, badge and dash of a relation's arrows."""

    color: QColor
    badge: str
    dashed: bool


@dataclass(frozen=True)
class Palette:
    """Every colour the canvas uses, read from resources/palette.json."""

    roles: dict[Role, RoleStyle]
    relations: dict[str, RelationStyle]
    box_fill: QColor = field(default_factory=lambda: QColor("#FFFFFF"))
    text: QColor = field(default_factory=lambda: QColor("#1A1A1A"))
    muted: QColor = field(default_factory=lambda: QColor("#5A5A5A"))
    background: QColor = field(default_factory=lambda: QColor("#F7F7F5"))
    selection: QColor = field(default_factory=lambda: QColor("#0072B2"))
    highlight: QColor = field(default_factory=lambda: QColor("#F0E442"))

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
    """The palette from resources/palette.json (read once)."""
    data = palette_data()
    roles = {Role.NONE: RoleStyle(QColor("#999999"), "Claim")}
    roles.update(
        (Role(name), RoleStyle(QColor(spec["color"]), str(spec["label"])))
        for name, spec in data.get("roles", {}).items()
    )
    relations = {"support": RelationStyle(QColor("#009E73"), "+", False)}
    relations.update(
        (name, RelationStyle(QColor(spec["color"]), str(spec["badge"]), name != "support"))
        for name, spec in data.get("relations", {}).items()
    )
    return Palette(roles, relations)


@lru_cache(maxsize=4)
def text_font(px: int = TEXT_PX) -> QFont:
    """The font of claim wording."""
    f = QFont()
    f.setPixelSize(px)
    return f


@lru_cache(maxsize=4)
def label_font(px: int = LABEL_PX, bold: bool = True) -> QFont:
    """The font of role labels, chips and markers."""
    f = QFont()
    f.setPixelSize(px)
    f.setBold(bold)
    f.setCapitalization(QFont.Capitalization.AllUppercase if bold else QFont.Capitalization.MixedCase)
    return f
