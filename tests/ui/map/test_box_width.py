"""Box width follows the wording: short claims get narrow boxes, long ones the full measure, no text outside."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import QFontMetricsF, QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from argmap.analysis.dung import Label
from argmap.analysis.overlay import Badge, Overlay, evaluate
from argmap.io.native import save
from argmap.model import Argument, ArgumentMap, Claim, Relation, Role, Tag
from argmap.ops import EditTag
from tests.ui.ink import dark_rows, ink_lines
from tests.ui.map.box_pixels import box_in_image, ink_outside
from ui.document.document import Document
from ui.evaluation.badges import apply_badges, badges_of
from ui.main import main as argmap_main
from ui.map.box_floor import min_box_width
from ui.map.claim_item import ClaimItem, ClaimLook
from ui.map.measure import (
    MAX_SHOWN_CHARS,
    PLACEHOLDER,
    TEXT_INSET,
    Measurer,
    _greedy,
    balanced_width,
    shown_text,
    text_width_of,
    wrapped_lines,
)
from ui.map.scene import MapScene, build_scene
from ui.map.style import BOX_WIDTH, LABEL_H, PAD, TEXT_WIDTH, palette, set_text_scale, text_font
from ui.map.view import MapView
from ui.render.export import export_rect

SHORT = "Taxes fund schools."
LONG = " ".join(
    [
        "Schools",
        "that",
        "set",
        "regular",
        "homework",
        "give",
        "pupils",
        "a",
        "chance",
        "to",
        "practise",
        "what",
        "they",
        "learned",
        "in",
        "class",
        "at",
        "their",
        "own",
        "pace",
        "and",
        "to",
        "notice",
        "what",
        "they",
        "did",
        "not",
        "understand",
        "while",
        "parents",
        "see",
        "what",
        "their",
        "children",
        "are",
        "doing",
        "and",
        "teachers",
        "get",
        "early",
        "signs",
        "of",
        "who",
        "needs",
        "help",
        "before",
        "the",
        "test",
        "so",
        "the",
        "time",
        "spent",
        "at",
        "home",
        "is",
        "worth",
        "it",
        "for",
        "most",
        "families",
        "even",
        "if",
        "some",
        "pupils",
    ][:60]
)


def _exported(m: ArgumentMap, tmp_path: Path) -> tuple[QImage, MapScene]:
    """`argmap export MAP -o OUT.png` at scale 1, and the scene it drew (to know where to look)."""
    path = tmp_path / "map.argmap.json"
    save(m, path)
    out = tmp_path / "map.png"
    assert argmap_main(["export", str(path), "-o", str(out)]) == 0
    image = QImage(str(out))
    assert not image.isNull()
    return image, build_scene(m)


def text_font_metrics() -> QFontMetricsF:
    return QFontMetricsF(text_font())


def _origin(scene: MapScene) -> QPointF:
    return export_rect(scene).topLeft()


def test_a_three_word_claim_is_drawn_in_a_clearly_narrower_box_than_a_sixty_word_one(qtbot, tmp_path):
    assert len(LONG.split()) == 60
    m = ArgumentMap(
        claims=[
            Claim(id="c1", text=LONG, role=Role.CONCLUSION),
            Claim(id="c2", text=SHORT, role=Role.PREMISE),
        ],
        arguments=[Argument(id="a1", premises=["c2"], relation=Relation.SUPPORT, target="c1")],
    )
    image, scene = _exported(m, tmp_path)
    origin = _origin(scene)
    pal = palette()
    long_box = box_in_image(image, scene.claims["c1"], origin, pal.role(Role.CONCLUSION).color)
    short_box = box_in_image(image, scene.claims["c2"], origin, pal.role(Role.PREMISE).color)
    # the long claim wraps at the full measure, as before; the short one is clearly narrower
    assert abs(long_box.width() - BOX_WIDTH) <= 4, long_box
    assert short_box.width() <= 0.8 * long_box.width(), (short_box, long_box)
    # the short claim is on one line, in a box no wider than that line needs (or the floor)
    assert len(ink_lines(image, short_box.adjusted(PAD + 2, 30, -PAD, -PAD))) == 1
    line = text_font_metrics().horizontalAdvance(SHORT)
    assert short_box.width() <= max(min_box_width()[Role.PREMISE], line + 2 * PAD + 2) + 4
    # every bit of text ink lies inside a box: none spills over an edge
    assert ink_outside(image, [long_box, short_box]) == []
    # and the long wording's lines all show (none cut off at the bottom)
    lines = wrapped_lines(LONG, text_font(), TEXT_WIDTH)
    drawn = ink_lines(image, long_box.adjusted(PAD + 2, 30, -PAD, -4))
    assert len(drawn) == len(lines) >= 9


HARD = {
    "placeholder": "",
    "unbroken": "W" * 45 + " and " + "https://example.org/" + "x" * 70,
    "rtl": "التعليم المجاني حق لكل طفل في كل مكان من العالم",
    "cjk": "开源模型让更多研究者能够检查安全问题并更快地修复它们。" * 2,
    "emoji": "Open models 👍🏽 get safer 🔒 faster 🚀 with 👨‍👩‍👧 families",
    "cut": ("Every pupil deserves a fair chance " * 30).strip(),
    "lines": "First paragraph.\nSecond paragraph that is longer than the first.",
}


def test_hard_wording_fits_its_box_in_the_exported_picture(qtbot, tmp_path):
    claims = [Claim(id=f"c{i}", text=t) for i, t in enumerate(HARD.values())]
    args = [
        Argument(id=f"a{i}", premises=[c.id], relation=Relation.SUPPORT, target="c0")
        for i, c in enumerate(claims[1:])
    ]
    m = ArgumentMap(claims=claims, arguments=args)
    image, scene = _exported(m, tmp_path)
    origin = _origin(scene)
    grey = palette().role(Role.NONE).color
    boxes = {c.id: box_in_image(image, scene.claims[c.id], origin, grey) for c in claims}
    for cid, box in boxes.items():
        assert 0 < box.width() <= BOX_WIDTH + 4, (cid, box)
    assert ink_outside(image, list(boxes.values())) == []
    # the placeholder is shown (and fits); the cut wording ends in an ellipsis and fits too
    placeholder = scene.claims["c0"]
    assert placeholder.boundingRect().width() - 6 >= Measurer().floor(m.claims[0])
    assert len(HARD["cut"]) > MAX_SHOWN_CHARS
    assert PLACEHOLDER


def test_text_ink_stays_inside_the_boxes_of_the_sample(qtbot, sample_map, tmp_path):
    image, scene = _exported(sample_map, tmp_path)
    origin = _origin(scene)
    boxes = [
        box_in_image(image, item, origin, palette().role(item.claim.role).color)
        for item in scene.claims.values()
    ]
    for item, box in zip(scene.claims.values(), boxes, strict=True):
        assert abs(box.width() - (item.boundingRect().width() - 6)) <= 4, (item.claim_id, box)
    assert ink_outside(image, boxes) == []
    widths = {round(item.boundingRect().width() - 6) for item in scene.claims.values()}
    assert len(widths) >= 4  # the sample's boxes follow their wording, not one width for all


def test_balanced_lines_no_lone_last_word_when_a_narrower_box_evens_them(qtbot):
    font = text_font()
    words = [
        "Open",
        "models",
        "let",
        "many",
        "more",
        "researchers",
        "check",
        "the",
        "safety",
        "of",
        "systems",
        "that",
        "affect",
        "us",
        "all",
    ]
    found = 0
    for n in range(3, len(words) + 1):
        text = " ".join(words[:n])
        full = wrapped_lines(text, font, TEXT_WIDTH)
        if len(full) < 2 or len(full[-1].split()) != 1:
            continue
        found += 1
        w, _h = Measurer().size(Claim(id="c", text=text, role=Role.NONE))
        lines = wrapped_lines(text, font, text_width_of(w))
        assert len(lines) == len(full), (text, lines)  # never taller than at the full measure
        assert len(lines[-1].split()) >= 2, (text, lines)
        assert w < BOX_WIDTH
    assert found, "no wording in the list ends in a lone word at the full measure"


@pytest.mark.parametrize("scale", [1.0, 0.75, 1.6])
def test_screen_and_export_draw_the_lines_the_box_was_measured_for(qtbot, sample_map, scale):
    set_text_scale(scale)  # the text-size preference (put back by the ui conftest)
    texts = [LONG, SHORT, HARD["unbroken"], HARD["lines"], *(c.text for c in sample_map.claims)]
    m = ArgumentMap(claims=[Claim(id=f"c{i}", text=t) for i, t in enumerate(texts)])
    scene = build_scene(m)
    for item in scene.claims.values():
        box = item.boundingRect().adjusted(3, 3, -3, -3)
        w = text_width_of(box.width())
        lines = wrapped_lines(shown_text(item.claim), text_font(), w)
        text_h = box.height() - 2 * PAD - LABEL_H
        line_h = text_h / len(lines)
        for exporting in (False, True):  # the canvas draws cached static text, exports a text layout
            image = QImage(round(box.width()) + 40, round(box.height()) + 40, QImage.Format.Format_RGB32)
            image.fill(0xFFFFFFFF)
            painter = QPainter(image)
            painter.translate(20, 20)
            scene.exporting = exporting
            item.paint(painter, QStyleOptionGraphicsItem())
            scene.exporting = False
            painter.end()
            # the last line's ink ends in the last measured line: not above it (a line missing),
            # not below it (a line more than measured, running into the padding or out of the box)
            rows = dark_rows(
                image, QRect(20 + round(TEXT_INSET), 20 + round(PAD + LABEL_H), round(w), round(box.height()))
            )
            last = max(y for y, dark in enumerate(rows) if dark)
            assert text_h - line_h < last < text_h, (item.claim.text[:30], exporting, last, text_h)
            assert ink_outside(image, [QRect(20, 20, round(box.width()), round(box.height()))]) == []


def test_the_narrowest_box_holds_its_handle_buttons_and_an_evaluation_badge(qtbot):
    # "No." is not connected yet (in the tray), so it shows the two buttons: + reason, − objection
    m = ArgumentMap(
        claims=[Claim(id="c1", text="Yes.", role=Role.CONCLUSION), Claim(id="c2", text="No.", role=Role.NONE)]
    )
    view = MapView(Document(m))
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    view.zoom_reset()  # 100%: the buttons are drawn at screen size, the box at scene size
    item = view.map_scene.claims["c2"]
    assert item.boundingRect().width() - 6 == min(min_box_width().values())  # "No." gets the narrowest box
    view.centerOn(item)
    box = view.mapFromScene(item.sceneBoundingRect().adjusted(3, 3, -3, -3)).boundingRect()
    QTest.mouseMove(view.viewport(), box.center())
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, box.center())
    bar = view.handles.bar
    assert bar.isVisible() and [b.name for b, _ in bar.buttons] == ["reason", "objection"]
    for name in ("reason", "objection"):
        drawn = bar.deviceTransform(view.viewportTransform()).mapRect(bar.button_rect(name))
        assert box.left() <= drawn.left() and drawn.right() <= box.right() + 1, (name, drawn, box)
    apply_badges(view.map_scene, _undecided_everywhere(m))
    badge = badges_of(view.map_scene)["c2"]
    assert badge.text().startswith("UNDECIDED")  # the widest badge there is
    on_box = badge.sceneBoundingRect()
    assert (
        item.sceneBoundingRect().left() + 8 <= on_box.left()
        and on_box.right() <= item.sceneBoundingRect().right()
    )


def _undecided_everywhere(m: ArgumentMap) -> Overlay:
    overlay = evaluate(m)
    return replace(overlay, badges={c.id: Badge(Label.UNDECIDED, 0.5) for c in m.claims})


def _painted(item: ClaimItem) -> QImage:
    """The box drawn alone, its top-left corner at (20, 20), with room all round for anything that spills."""
    box = item.boundingRect()
    image = QImage(round(box.width()) + 400, round(box.height()) + 400, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    painter.translate(20, 20)
    item.paint(painter, QStyleOptionGraphicsItem())
    painter.end()
    return image


def test_a_box_that_narrows_when_its_tag_is_renamed_rewraps_its_wording(qtbot):
    tag = Tag(id="t1", name="a long tag name that needs the whole width of the box", color="#56B4E9")
    m = ArgumentMap(
        claims=[Claim(id="c1", text="Open models get safer and cheaper for everyone.", tags=["t1"])],
        tags=[tag],
    )
    scene = build_scene(m)
    item = scene.claims["c1"]
    wide = item.boundingRect().width() - 6
    _painted(item)  # drawn once at the wide width (the prepared text is kept)
    EditTag("t1", {"name": "cost"}).apply(m)
    scene.sync(m)
    narrow = item.boundingRect().width() - 6
    assert narrow < wide - 20
    image = _painted(item)
    assert ink_outside(image, [QRect(20, 20, round(narrow), round(item.boundingRect().height() - 6))]) == []


@given(st.lists(st.floats(5, 200), min_size=1, max_size=40), st.floats(2, 8))
def test_balanced_width_is_the_narrowest_that_keeps_the_line_count(words, space):
    full = 208.0
    lines = _greedy(words, space, full)[0]
    w = balanced_width(words, space, lines)
    assert _greedy(words, space, w)[0] <= lines  # as many lines as at the full measure, never more
    assert w <= full + 1e-6
    narrower = w - 0.5
    assert (
        narrower < max(words) or _greedy(words, space, narrower)[0] > lines
    )  # and no narrower width would do


_TOKENS = [
    "open",
    "models",
    "W" * 12,
    "WMWMWM",
    "مرحبا",
    "开源模型让更多",
    "👍🏽",
    "é",
    "https://example.org/a/b",
    "il.",
]
_WORDING = st.lists(
    st.tuples(st.sampled_from(_TOKENS), st.sampled_from([" ", " ", " ", "", "\n", "\t", "-", "\u200b"])),
    min_size=1,
    max_size=40,
).map(lambda parts: "".join(word + gap for word, gap in parts))


@settings(max_examples=40, deadline=None)
@given(text=_WORDING)
@example(text="W" * 40)
@example(text="开源模型让更多研究者能够检查" * 6)
def test_any_wording_is_drawn_inside_its_box(qapp, text):
    claim = Claim(id="c", text=text)
    item = ClaimItem(claim, Measurer().size(claim), ClaimLook())
    box = item.boundingRect().adjusted(3, 3, -3, -3)
    drawn = item._static_text().size()
    assert drawn.height() <= box.height() - 2 * PAD - LABEL_H + 0.5  # no line more than measured
    image = _painted(item)  # and no line wider than the box
    assert ink_outside(image, [QRect(20, 20, round(box.width()), round(box.height()))]) == []
