"""The canvas draws a reason aimed at an argument as what it is: support, attack on its premises, or undercut."""

from PySide6.QtGui import QColor, QImage, QPainter

from argmap.io.argdown_read import read
from argmap.model import ArgumentMap
from ui.map.scene import MapScene, build_scene
from ui.map.style import palette
from ui.outline.rows import RowBuilder

DOC = b"""[s]: Schools should ban phones.
  + <Distraction>: Phones distract pupils.
    + <Studies>: Studies show lower marks.
    - <Selective>: Those studies picked bad schools.
    <_ <Other causes>: Lower marks have other causes.
"""


def _arrows(m: ArgumentMap, scene: MapScene) -> dict[str, tuple[str, bool, str]]:
    """Each reason's arrow as drawn, by the wording of its premise: (badge, dashed, colour)."""
    text = {c.id: c.text for c in m.claims}
    out: dict[str, tuple[str, bool, str]] = {}
    for e in scene.edges.values():
        if e.is_arrow:
            a = m.argument(e.argument_id)
            out[text[a.premises[0]]] = (e.style.badge, e.style.dashed, e.style.color.name())
    return out


def _colour_pixels(scene: MapScene, colour: QColor) -> int:
    rect = scene.map_rect()
    image = QImage(int(rect.width()), int(rect.height()), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, source=rect)
    painter.end()
    target = colour.rgb()
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixel(x, y) == target
    )


def test_support_and_premise_attack_of_an_argument_are_not_drawn_as_undercuts(qtbot):
    m = read(DOC, "phones.argdown").map
    arrows = _arrows(m, build_scene(m))
    pal = palette()
    support, attack = pal.relation("support"), pal.relation("attack")
    undercut = pal.relation("attack", undercut=True)
    assert arrows["Studies show lower marks."] == (support.badge, False, support.color.name())
    assert arrows["Those studies picked bad schools."] == (attack.badge, True, attack.color.name())
    assert arrows["Lower marks have other causes."] == (undercut.badge, True, undercut.color.name())


def test_only_the_undercut_shows_the_undercut_colour_in_the_picture(qtbot):
    m = read(DOC, "phones.argdown").map
    undercut = palette().relation("attack", undercut=True).color
    with_undercut = _colour_pixels(build_scene(m), undercut)
    m.arguments = [a for a in m.arguments if a.origin is None or a.origin.id != "Other causes"]
    m.claims = [c for c in m.claims if c.text != "Lower marks have other causes."]
    assert with_undercut > 20
    assert _colour_pixels(build_scene(m), undercut) == 0


def test_the_outline_reads_only_the_undercut_as_an_undercut(qtbot):
    m = read(DOC, "phones.argdown").map

    def walk(rows):
        for r in rows:
            yield r
            yield from walk(r.children)

    rows = {r.spoken.split("Claim: ")[-1].split("  (")[0]: r for r in walk(RowBuilder(m, None).build())}
    selective, other = rows["Those studies picked bad schools."], rows["Lower marks have other causes."]
    assert selective.spoken.startswith("objected to by") and "undercut" not in selective.text
    assert other.spoken.startswith("which questions whether") and other.text.startswith("− questions whether")
