"""SVG export written directly from the drawn geometry: one style block, classes per kind and relation, text as text."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QFont, QFontMetricsF

from ui.map.edge_item import ARROW, BADGE_R
from ui.map.scene import MapScene
from ui.map.style import LABEL_PX, label_font, palette, text_font, text_px
from ui.render.caption import (
    GAP,
    LEGEND_PX,
    NAME_PX,
    TITLE_PX,
    Caption,
    extra_size,
)
from ui.render.svg_map import (
    BoxWriter,
    edge_elements,
    junction_elements,
    relation_class,
    role_class,
    tray_caption,
)
from ui.render.svg_text import centred_baseline, font_family_css, num, xml_text

DESCRIPTION = "Argument map exported by argmap"


def _font(px: int, bold: bool = False) -> QFont:
    f = QFont()
    f.setPixelSize(px)
    f.setBold(bold)
    return f


def style_block() -> str:
    """The one `<style>`: fonts, and a class per kind of claim and per relation, from the canvas palette."""
    pal = palette()
    attack = pal.relation("attack").color.darker(120).name()
    rules = [
        f"text{{font-family:{font_family_css(text_font())};white-space:pre}}",
        f".t{{font-size:{text_px()}px;fill:{pal.text_hex}}}",
        f".l{{font-size:{LABEL_PX}px;font-weight:bold}}",
        f".m{{font-size:{LABEL_PX}px;text-anchor:end;fill:{pal.muted_hex}}}",
        f".mc{{font-weight:bold;fill:{attack}}}",
        ".c{font-size:11px;text-anchor:middle}",
        f".b,.tab{{fill:{pal.box_fill_hex};stroke-width:2.5}}",
        ".tab{stroke-width:1.5}",
        ".tt{font-size:11px;font-weight:bold;text-anchor:middle}",
        ".implicit .b{stroke-dasharray:10 5;stroke-linecap:square}",
        ".e{fill:none;stroke-width:2.5;stroke-linejoin:bevel}",
        f".j{{fill:{pal.box_fill_hex};stroke-width:2;stroke-dasharray:none}}",
        ".bg{stroke-width:2}",
        ".bt{font-size:17px;font-weight:bold;text-anchor:middle}",
        f".tray{{font-size:13px;fill:{pal.muted_hex}}}",
        f".cap{{fill:{pal.text_hex}}}",
    ]
    for role, style in pal.roles.items():
        c = role_class(role.value)
        dark = style.color.darker(115).name()
        rules.append(
            f".{c} .b,.{c} .tab{{stroke:{style.hex}}}.{c} .s{{fill:{style.hex}}}.{c} .l{{fill:{dark}}}.{c} .tt{{fill:{style.hex}}}"
        )
    for key, rel in pal.relations.items():
        c = relation_class(key)
        dash = ";stroke-dasharray:10 5" if rel.dashed else ""
        rules.append(f".{c}{{stroke:{rel.hex}{dash}}}.{c} .jb{{fill:{rel.hex};stroke:none}}")
    return "<style>" + xml_text("".join(rules)) + "</style>"  # (a font's name may hold `&`)


def defs_block() -> str:
    """Arrow heads (markers) and +/- badges (reused with `<use>`), one of each per relation."""
    tip = ARROW * math.cos(0.45), ARROW * math.sin(0.45)
    badge_base = centred_baseline(label_font(17, bold=True), -BADGE_R - 1, 2 * BADGE_R)
    out = []
    for key, rel in palette().relations.items():
        out.append(
            f'<marker id="h-{key}" markerUnits="userSpaceOnUse" orient="auto" overflow="visible"'
            f' markerWidth="1" markerHeight="1" refX="0" refY="0">'
            f'<path d="M0 0L{num(-tip[0])} {num(-tip[1])}L{num(-tip[0])} {num(tip[1])}Z" fill="{rel.hex}"/></marker>'
            f'<g id="b-{key}"><circle class="bg" r="{num(BADGE_R)}" fill="{palette().box_fill_hex}" stroke="{rel.hex}"/>'
            f'<text class="bt" y="{num(badge_base)}" fill="{rel.hex}">{xml_text(rel.badge)}</text></g>'
        )
    return "<defs>" + "".join(out) + "</defs>"


def caption_elements(caption: Caption, margin: float, legend_top: float) -> list[str]:
    """The title and name lines above the map and the legend below it, as the PNG draws them."""
    pal = palette()
    out: list[str] = []
    y = margin / 2
    for text, px, bold, gap in ((caption.title, TITLE_PX, True, 4.0), (caption.name, NAME_PX, False, 2.0)):
        if not text.strip():
            continue
        font = _font(px, bold)
        h = QFontMetricsF(font).height()
        weight = ";font-weight:bold" if bold else ""
        out.append(
            f'<text class="cap" x="{num(margin)}" y="{num(y + QFontMetricsF(font).ascent())}" style="font-size:{px}px{weight}">'
            f"{xml_text(text.strip())}</text>"
        )
        y += h + gap
    if not caption.legend:
        return out
    font = _font(LEGEND_PX)
    m = QFontMetricsF(font)
    row_h = m.height() + 12
    y = legend_top + GAP
    x = margin
    size = f"font-size:{LEGEND_PX}px"
    for role in caption.roles:
        st = pal.role(role)
        base = centred_baseline(font, y, row_h)
        out.append(
            f'<rect x="{num(x)}" y="{num(y + 3)}" width="30" height="{num(row_h - 6)}" rx="4" fill="{pal.box_fill_hex}"'
            f' stroke="{st.hex}" stroke-width="2.5"/><rect x="{num(x + 1)}" y="{num(y + 4)}" width="5"'
            f' height="{num(row_h - 8)}" fill="{st.hex}"/><text class="cap" x="{num(x + 38)}" y="{num(base)}"'
            f' style="{size}">{xml_text(st.label)}</text>'
        )
        x += m.horizontalAdvance(st.label) + 48
    y += row_h
    x = margin
    for key, text in caption.relation_lines():
        rel = pal.relation(key)
        mid = y + row_h / 2
        dash = ' stroke-dasharray="10 5"' if rel.dashed else ""
        out.append(
            f'<path d="M{num(x)} {num(mid)}H{num(x + 44)}" stroke="{rel.hex}" stroke-width="2.5"'
            f' stroke-linecap="square"{dash}/><text class="cap" x="{num(x + 52)}"'
            f' y="{num(centred_baseline(font, y, row_h))}" style="{size}">{xml_text(text)}</text>'
        )
        x += m.horizontalAdvance(text) + 66
    return out


def write_svg(
    scene: MapScene, out: Path, title: str, source: QRectF, size: QSizeF, caption: Caption, margin: float
) -> None:
    """Write the picture (caption, map centred below it, legend) as an SVG document to `out`.

    `source` is the part of the scene shown (the map with `margin` around it) and `size` the
    whole picture's size in pixels, as ui.render.export computes them for every format.
    """
    width, height = size.width(), size.height()
    _w, above, _below = extra_size(caption)
    dx = (width - source.width()) / 2 - source.left()
    dy = above - source.top()
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n',
        f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1"'
        ' xml:space="preserve"'
        f' width="{round(width)}px" height="{round(height)}px" viewBox="0 0 {num(width)} {num(height)}">\n',
        f"<title>{xml_text(title)}</title>\n<desc>{DESCRIPTION}</desc>\n",
        style_block() + "\n",
        defs_block() + "\n",
    ]
    parts.extend(
        line + "\n" for line in caption_elements(caption, margin, above + source.height() - margin / 2)
    )
    parts.append(f'<g id="map" transform="translate({num(dx)} {num(dy)})">\n')
    tray = tray_caption(scene)
    if tray:
        parts.append(tray + "\n")
    parts.extend(line + "\n" for line in edge_elements(scene))
    parts.extend(line + "\n" for line in junction_elements(scene))
    parts.extend(line + "\n" for line in BoxWriter().elements(scene))
    parts.append("</g>\n</svg>\n")
    with out.open("w", encoding="utf-8", newline="\n") as f:
        f.write("".join(parts))
