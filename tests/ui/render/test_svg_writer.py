"""The SVG export as a reader meets it: every box, line and junction drawn, wording escaped and wrapped like the PNG."""

from __future__ import annotations

import math
import re
import shutil
import subprocess
from pathlib import Path
from xml.etree.ElementTree import Element

import pytest
from defusedxml import ElementTree as SafeET
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from argmap.model import Argument, ArgumentMap, Claim, Relation, Role, Tag
from tests.ui.map.big_maps import tree_map
from ui.map.marks import fade_except
from ui.map.measure import WRAP_FLAGS, shown_text
from ui.map.scene import MapScene, build_scene
from ui.map.style import CHIP_H, LABEL_H, PAD, TEXT_WIDTH, text_font
from ui.render.caption import Caption, extra_size
from ui.render.export import export_rect, export_scene, picture_size
from ui.render.svg_text import wrapper

NS = "{http://www.w3.org/2000/svg}"
ODD = {
    "marks": "Quotes <&> \"double\" and 'single' & <b>tags</b> stay text ]]>",
    "emoji": "Emoji 🙂🎉 and a family 👨‍👩‍👧 sit among the words of this claim",
    "rtl": "الحرية مهمة جدا للجميع في كل مكان وزمان",
    "control": "Control\x00 chars\x01 \x08tab\tand\x0b bell\x07 and DEL\x7f and \ufffe gone",
    "long": " ".join(["argument"] * 700),  # 6,299 characters: the canvas cuts it at 600
    "lines": "First line\nsecond line\n\nafter a blank line",
}


def _svg(scene: MapScene, path: Path, caption: Caption | None = None) -> Element:
    export_scene(scene, path, caption=caption)
    root: Element = SafeET.fromstring(path.read_text(encoding="utf-8"))
    return root


def _classes(el: Element) -> set[str]:
    return set(el.get("class", "").split())


def _boxes(root: Element) -> list[Element]:
    return [g for g in root.iter(f"{NS}g") if any(c.startswith("k-") for c in _classes(g))]


def _wording(box: Element) -> str:
    text = next(t for t in box.iter(f"{NS}text") if "t" in _classes(t))
    return " ".join(span.text or "" for span in text.iter(f"{NS}tspan"))


def _words(text: str) -> str:
    """The characters drawn, without spacing (lines may break inside a long word)."""
    return "".join(re.sub("[\u200b\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe]", "", text).split())


def _odd_map() -> ArgumentMap:
    claims = [Claim(id="c0", text="Odd wording is drawn as written.", role=Role.CONCLUSION)]
    claims += [Claim(id=f"c{k}", text=t, role=Role.PREMISE, tags=["t1"]) for k, t in ODD.items()]
    return ArgumentMap(
        title='Odd <&> "title" 🙂',
        claims=claims,
        tags=[Tag(id="t1", name='<chip> & "name" 🙂', color="#56B4E9")],
        arguments=[
            Argument(id=f"a{k}", premises=[f"c{k}"], relation=Relation.SUPPORT, target="c0") for k in ODD
        ],
    )


def test_every_box_line_badge_and_junction_of_the_sample_is_drawn(qtbot, sample_map, tmp_path):
    """The sample has linked premises (a bar), an undercut, an objection and tag chips."""
    scene = build_scene(sample_map)
    root = _svg(scene, tmp_path / "sample.svg")
    boxes = _boxes(root)
    assert len(boxes) == len(scene.claims) == len(sample_map.claims)
    shown = {_words(shown_text(item.claim)) for item in scene.claims.values()}
    assert {_words(_wording(b)) for b in boxes} == shown
    lines = [p for p in root.iter(f"{NS}path") if "e" in _classes(p)]
    arrows = [p for p in lines if p.get("marker-end")]
    assert len(lines) == len(scene.edges)
    assert len(arrows) == sum(e.is_arrow for e in scene.edges.values()) == len(sample_map.arguments)
    assert len(lines) - len(arrows) == sum(len(a.premises) for a in sample_map.arguments)
    assert len([u for u in root.iter(f"{NS}use")]) == len(arrows)  # one +/- badge per arrow
    assert {p.get("class") for p in arrows} >= {"e r-support", "e r-attack", "e r-undercut"}
    assert len([c for c in root.iter(f"{NS}circle") if "j" in _classes(c)]) == len(scene.junctions)
    bars = [r for r in root.iter(f"{NS}rect") if "jb" in _classes(r)]
    assert len(bars) == sum(j.bar[2] > 0 for j in scene.junctions.values()) >= 1
    chips = [t for t in root.iter(f"{NS}text") if "c" in _classes(t)]
    assert len(chips) == sum(len(item.look.chips) for item in scene.claims.values()) >= 1


def test_one_style_block_classes_and_a_size_in_pixels(qtbot, sample_map, tmp_path):
    scene = build_scene(sample_map)
    root = _svg(scene, tmp_path / "class map.svg")
    size = picture_size(export_rect(scene), Caption())
    assert (
        root.get("width") == f"{round(size.width())}px" and root.get("height") == f"{round(size.height())}px"
    )
    assert root.get("viewBox", "").split()[2:] == [f"{size.width():g}", f"{size.height():g}"]
    assert [t.text for t in root.iter(f"{NS}title")] == ["class map"]
    styles = list(root.iter(f"{NS}style"))
    assert len(styles) == 1 and "sans-serif" in (styles[0].text or "")
    assert sum(1 for _ in root.iter()) < 20 * len(sample_map.claims) + 200  # no group per state change


def test_odd_wording_is_escaped_valid_and_kept(qtbot, tmp_path):
    m = _odd_map()
    scene = build_scene(m)
    out = tmp_path / "odd.svg"
    root = _svg(scene, out, Caption(title="Title <&> 🙂", name='Name\x01 "quoted"', legend=True))
    svg = out.read_text(encoding="utf-8")
    assert "<b>" not in svg and "\x00" not in svg and "\x01" not in svg
    by_text = {_words(_wording(b)) for b in _boxes(root)}
    for key in ODD:
        expected = _words(shown_text(next(c for c in m.claims if c.id == f"c{key}")))
        assert expected in by_text, key
    assert _words("Quotes <&> \"double\" and 'single' & <b>tags</b> stay text ]]>") in by_text
    assert _words(ODD["rtl"]) in by_text and any("👨‍👩‍👧" in t for t in by_text)
    assert "…" in next(t for t in by_text if t.startswith("argument"))  # cut like the canvas
    chips = {t.text for t in root.iter(f"{NS}text") if "c" in _classes(t)}
    assert chips == {'<chip> & "name" 🙂'}
    captions = [t.text for t in root.iter(f"{NS}text") if "cap" in _classes(t)]
    assert captions[:2] == ["Title <&> 🙂", 'Name "quoted"'] and "supports" in captions


def test_wording_breaks_where_the_canvas_breaks_it():
    """Each line the SVG writes, drawn at its baseline, gives the very pixels of the box's wrapped text."""
    samples = [shown_text(c) for c in tree_map(60).claims] + [
        shown_text(Claim(id="x", text=t)) for k, t in ODD.items() if k not in ("rtl", "control")
    ]
    wrap = wrapper(text_font())
    for text in samples:
        canvas, lines = (QImage(240, 700, QImage.Format.Format_RGB32) for _ in range(2))
        for image in (canvas, lines):
            image.fill(QColor("white"))
        painter = QPainter(canvas)
        painter.setFont(text_font())
        painter.drawText(QRectF(0, 0, TEXT_WIDTH, 700), WRAP_FLAGS, text)
        painter.end()
        painter = QPainter(lines)
        painter.setFont(text_font())
        for base, line in wrap.lines(text, TEXT_WIDTH, 700):
            painter.drawText(QPointF(0, base), re.sub("[\u200b\u2028]", "", line))
        painter.end()
        assert canvas == lines, text


def test_a_thousand_claims_every_box_and_line(qtbot, tmp_path):
    scene = build_scene(tree_map(1000))
    out = tmp_path / "k.svg"
    root = _svg(scene, out)
    assert len(_boxes(root)) == 1000
    assert len([p for p in root.iter(f"{NS}path") if "e" in _classes(p)]) == len(scene.edges)
    assert out.stat().st_size < 1000 * 1200  # about 0.8 kB a claim (Qt's writer: 5.8 kB)


def test_a_focused_branch_and_faded_claims_export_as_shown(qtbot, sample_map, tmp_path):
    scene = build_scene(sample_map)
    conclusion = sample_map.claims[0].id
    keep = {conclusion}
    fade_except(scene, sample_map, keep)
    root = _svg(scene, tmp_path / "faded.svg")
    faded = [b for b in _boxes(root) if b.get("opacity")]
    assert len(faded) == len(sample_map.claims) - 1
    branch = next(a.premises[0] for a in sample_map.arguments if a.target == conclusion)
    scene.focus = branch
    scene.sync(sample_map)
    root = _svg(scene, tmp_path / "branch.svg")
    assert 1 <= len(_boxes(root)) == len(scene.claims) < len(sample_map.claims)


def _rendered(svg: Path, out: Path) -> QImage:
    subprocess.run(["rsvg-convert", "-b", "white", str(svg), "-o", str(out)], check=True, timeout=60)
    return QImage(str(out)).convertToFormat(QImage.Format.Format_RGB32)


def _ink(image: QImage, rect: QRectF) -> tuple[int, int, int, int] | None:
    """Bounds of the dark (wording) pixels inside `rect`."""
    xs, ys = [], []
    for y in range(int(rect.top()), int(rect.bottom())):
        for x in range(int(rect.left()), int(rect.right())):
            c = image.pixelColor(x, y)
            if c.red() < 90 and c.green() < 90 and c.blue() < 90:
                xs.append(x)
                ys.append(y)
    return (min(xs), min(ys), max(xs), max(ys)) if xs else None


@pytest.mark.skipif(
    shutil.which("rsvg-convert") is None, reason="rsvg-convert (librsvg2-bin) is not installed"
)
def test_the_svg_looks_like_the_png(qtbot, sample_map, tmp_path):
    """Rendered by librsvg, the SVG matches the PNG: same wording ink per box, few differing pixels."""
    scene = build_scene(sample_map)
    caption = Caption(title="Open source and AI", name="A student", legend=True)
    export_scene(scene, tmp_path / "map.png", caption=caption)
    export_scene(scene, tmp_path / "map.svg", caption=caption)
    png = QImage(str(tmp_path / "map.png")).convertToFormat(QImage.Format.Format_RGB32)
    svg = _rendered(tmp_path / "map.svg", tmp_path / "svg.png")
    assert (svg.width(), svg.height()) == (png.width(), png.height())
    source = export_rect(scene)
    left = (png.width() - source.width()) / 2 - source.left()
    top = extra_size(caption)[1] - source.top()
    assert scene.layout is not None
    for cid, item in scene.claims.items():
        b = scene.layout.boxes[cid]
        chips = CHIP_H + 6 if item.look.chips else 0.0
        words = QRectF(b.x + PAD, b.y + PAD + LABEL_H - 2, b.w - 2 * PAD, b.h - 2 * PAD - LABEL_H - chips + 4)
        a, c = _ink(png, words.translated(left, top)), _ink(svg, words.translated(left, top))
        assert a is not None and c is not None
        assert all(abs(p - q) <= 2 for p, q in zip(a, c, strict=True)), (item.claim.text, a, c)
    step = 2
    differ = sum(
        _far(png.pixelColor(x, y), svg.pixelColor(x, y))
        for x in range(0, png.width(), step)
        for y in range(0, png.height(), step)
    )
    assert differ / ((png.width() // step) * (png.height() // step)) < 0.01


def _far(a: QColor, b: QColor) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) > 96


def test_cli_svg_with_title_name_and_legend(qtbot, sample_map_path: Path, tmp_path):
    from ui.main import main as argmap_main

    out = tmp_path / "hand-in.svg"
    args = [
        "export",
        str(sample_map_path),
        "-o",
        str(out),
        "--title",
        "Open AI?",
        "--name",
        "Sam",
        "--legend",
    ]
    assert argmap_main(args) == 0
    root: Element = SafeET.fromstring(out.read_text(encoding="utf-8"))
    captions = [t.text for t in root.iter(f"{NS}text") if "cap" in _classes(t)]
    assert captions[:2] == ["Open AI?", "Sam"]
    assert {"Conclusion", "Premise", "Objection", "Rebuttal", "supports", "attacks"} <= set(captions)
    assert [t.text for t in root.iter(f"{NS}title")] == ["hand-in"]


def _chip_map() -> ArgumentMap:
    """Boxes of several widths whose tag chips do not all fit: the last ones are cut, as the canvas cuts them."""
    tags = [
        Tag(id="t1", name="open models get safer faster", color="#56B4E9"),
        Tag(id="t2", name="misuse risk", color="#E69F00"),
        Tag(id="t3", name="commercial incentive and the cost of running models", color="#CC79A7"),
        Tag(id="t4", name="ethics", color="#009E73"),
    ]
    claims = [
        Claim(id="c1", text="Open source is the better path.", role=Role.CONCLUSION, tags=["t1", "t2", "t3"]),
        Claim(id="c2", text="Models get safer.", role=Role.PREMISE, tags=["t2", "t4", "t1"]),
        Claim(
            id="c3", text="Meta could profit from selling the tools.", role=Role.OBJECTION, tags=["t3", "t2"]
        ),
        Claim(id="c4", text="Short.", role=Role.PREMISE, tags=["t4", "t2"]),
    ]
    arguments = [
        Argument(id="a1", premises=["c2"], target="c1", relation=Relation.SUPPORT),
        Argument(id="a2", premises=["c3"], target="c1", relation=Relation.ATTACK),
        Argument(id="a3", premises=["c4"], target="c2", relation=Relation.SUPPORT),
    ]
    return ArgumentMap(claims=claims, arguments=arguments, tags=tags)


@pytest.mark.skipif(
    shutil.which("rsvg-convert") is None, reason="rsvg-convert (librsvg2-bin) is not installed"
)
def test_tag_chips_in_the_svg_look_like_the_png(qtbot, tmp_path):
    """Each box's chip row, rendered by librsvg, matches the PNG's: chips cut in the box's own width, names inside them."""
    scene = build_scene(_chip_map())
    export_scene(scene, tmp_path / "map.png")
    export_scene(scene, tmp_path / "map.svg")
    png = QImage(str(tmp_path / "map.png")).convertToFormat(QImage.Format.Format_RGB32)
    svg = _rendered(tmp_path / "map.svg", tmp_path / "svg.png")
    assert (svg.width(), svg.height()) == (png.width(), png.height())
    source = export_rect(scene)
    assert scene.layout is not None
    for cid, b in scene.layout.boxes.items():
        row = QRectF(b.x + 2, b.y + b.h - PAD - CHIP_H, b.w + 40, CHIP_H).translated(
            -source.left(), -source.top()
        )
        pixels = [
            (x, y)
            for x in range(int(row.left()), int(row.right()))
            for y in range(int(row.top()), int(row.bottom()))
        ]
        differ = sum(_far(png.pixelColor(x, y), svg.pixelColor(x, y)) for x, y in pixels)
        assert differ / len(pixels) < 0.01, (cid, differ)


@pytest.mark.parametrize("which", ["sample", "tree"])
def test_no_badge_sits_on_a_junction_ring(qtbot, sample_map, tmp_path, which):
    """Every +/- badge stands clear of every reason's junction ring, even where its line turns soon after."""
    scene = build_scene(sample_map if which == "sample" else tree_map(300))
    root = _svg(scene, tmp_path / "map.svg")
    rings = [
        (float(c.get("cx", "0")), float(c.get("cy", "0")))
        for c in root.iter(f"{NS}circle")
        if "j" in _classes(c)
    ]
    badges = [(float(u.get("x", "0")), float(u.get("y", "0"))) for u in root.iter(f"{NS}use")]
    assert rings and len(badges) == len(rings)
    for bx, by in badges:
        nearest = min(math.hypot(bx - x, by - y) for x, y in rings)
        assert nearest >= 10 + 7 + 2, (bx, by, nearest)  # badge radius, ring radius and its pen, a gap
