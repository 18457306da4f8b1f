"""Exports a student hands in: SVG labels as the PNG draws them, a centred PDF with its title, title/name/legend."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QTransform

from argmap.io.native import load
from argmap.paths import SAMPLE_MAP, seed
from tests.ui.ink import dark_rows
from ui.map.scene import build_scene
from ui.render.caption import Caption
from ui.render.export import export_rect, export_scene, picture_size
from ui.render.render_cli import main as export_main


def test_svg_labels_are_upper_case_like_the_png(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    scene = build_scene(load(seed(SAMPLE_MAP)))
    out = tmp_path / "map.svg"
    export_scene(scene, out)
    svg = out.read_text(encoding="utf-8")
    assert ">CONCLUSION<" in svg and ">PREMISE<" in svg
    assert ">Conclusion<" not in svg


def test_title_name_and_legend_are_drawn_above_and_below_the_map(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    scene = build_scene(load(seed(SAMPLE_MAP)))
    plain, dressed = tmp_path / "plain.png", tmp_path / "dressed.png"
    export_scene(scene, plain)
    caption = Caption("Open source AI: the argument", "Ada Lovelace", True)
    export_scene(scene, dressed, caption=caption)
    a, b = QImage(str(plain)), QImage(str(dressed))
    assert b.width() >= a.width() and b.height() > a.height() + 60
    size = picture_size(export_rect(scene), caption)
    assert (b.width(), b.height()) == (round(size.width()), round(size.height()))
    top = dark_rows(b, b.rect().adjusted(0, 0, 0, -(b.height() - 70)))
    assert sum(top) >= 20  # a title line and a name line of ink at the top
    bottom = dark_rows(b, b.rect().adjusted(0, b.height() - 60, 0, 0))
    assert sum(bottom) >= 8  # the legend's text


def test_cli_flags_add_the_caption_and_keep_the_old_flags(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "hand-in.png"
    code = export_main(
        [
            str(seed(SAMPLE_MAP)),
            "-o",
            str(out),
            "--title",
            "My map",
            "--name",
            "Ada",
            "--legend",
            "--scale",
            "1",
        ]
    )
    assert code == 0 and out.is_file()
    plain = tmp_path / "plain.png"
    assert export_main([str(seed(SAMPLE_MAP)), "-o", str(plain)]) == 0
    assert QImage(str(out)).height() > QImage(str(plain)).height()


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed")
def test_pdf_is_centred_on_the_page_with_the_map_title(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "map.pdf"
    assert export_main([str(seed(SAMPLE_MAP)), "-o", str(out)]) == 0
    subprocess.run(
        ["pdftoppm", "-r", "40", "-png", "-singlefile", str(out), str(tmp_path / "page")], check=True
    )
    page = QImage(str(tmp_path / "page.png"))
    rows = dark_rows(page, page.rect(), threshold=200)
    turned = page.transformed(QTransform().rotate(90))
    cols = dark_rows(turned, turned.rect(), threshold=200)
    first, last = rows.index(True), len(rows) - 1 - rows[::-1].index(True)
    left, right = cols.index(True), len(cols) - 1 - cols[::-1].index(True)
    assert abs(first - (page.height() - 1 - last)) <= page.height() * 0.06  # centred top to bottom
    assert abs(left - (page.width() - 1 - right)) <= page.width() * 0.06  # and left to right
    info = (
        subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
        if shutil.which("pdfinfo")
        else ""
    )
    if info:
        assert load(seed(SAMPLE_MAP)).title in info


def test_tiled_pdf_carries_the_title_name_and_legend(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A tiled PDF is the same hand-in picture as a fitted one: title and name on the first page, legend at the end."""
    from pypdf import PdfReader

    scene = build_scene(load(seed(SAMPLE_MAP)))
    plain, dressed = tmp_path / "plain.pdf", tmp_path / "dressed.pdf"
    export_scene(scene, plain, pdf_layout="tile")
    caption = Caption("Open source AI: the argument", "Ada Lovelace", True)
    note = export_scene(scene, dressed, pdf_layout="tile", caption=caption)
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(dressed).pages]
    assert f"{len(pages)} pages" in note and len(pages) >= len(PdfReader(plain).pages) > 1
    assert "Open source AI: the argument" in pages[0] and "Ada Lovelace" in pages[0]
    everything = " ".join(pages)
    assert "undercuts a reason" in everything and "Open source is the better" in everything
    plain_text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(plain).pages)
    assert "Ada Lovelace" not in plain_text and "undercuts a reason" not in plain_text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed")
def test_a_big_map_fitted_on_one_page_keeps_a_readable_title_and_legend(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A 300-claim map shrinks to fit A4; its title, name and legend print as big as a small map's."""
    from tests.ui.ink import ink_lines
    from tests.ui.map.big_maps import tree_map

    caption = Caption("Open source AI: the argument", "Ada Lovelace", True)
    heights = {}
    for name, m in (("small", load(seed(SAMPLE_MAP))), ("big", tree_map(300))):
        out = tmp_path / f"{name}.pdf"
        export_scene(build_scene(m), out, caption=caption)
        subprocess.run(
            ["pdftoppm", "-r", "72", "-png", "-singlefile", str(out), str(tmp_path / name)], check=True
        )
        page = QImage(str(tmp_path / f"{name}.png"))
        heights[name] = ink_lines(page, page.rect())[:2]  # the first lines of ink: title, then name
    small, big = heights["small"], heights["big"]
    assert len(big) >= 2 and big[0] >= 12, big  # the title line: about 16 pt on paper, not a smudge
    assert big[0] >= small[0] - 2 and big[1] >= small[1] - 2, (
        small,
        big,
    )  # and the name line as big as a small map's


def test_the_legend_names_the_kinds_of_box_and_line_the_map_draws(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """An imported map of plain grey claims and supports gets a legend of "Claim" and "supports", nothing it lacks."""
    from defusedxml import ElementTree as SafeET
    from pypdf import PdfReader

    from argmap.model import Argument, ArgumentMap, Claim, Relation

    m = ArgumentMap(
        claims=[Claim(id="c1", text="Britain should withdraw."), Claim(id="c2", text="The Empire is going.")],
        arguments=[Argument(id="a1", premises=["c2"], target="c1", relation=Relation.SUPPORT)],
    )
    scene = build_scene(m)
    caption = Caption("Kenya", "", True)
    export_scene(scene, tmp_path / "map.svg", caption=caption)
    export_scene(scene, tmp_path / "map.pdf", caption=caption)
    root = SafeET.fromstring((tmp_path / "map.svg").read_text(encoding="utf-8"))
    words = [
        t.text for t in root.iter("{http://www.w3.org/2000/svg}text") if "cap" in t.get("class", "").split()
    ]
    assert words == ["Kenya", "Claim", "supports"]
    pdf = " ".join(PdfReader(tmp_path / "map.pdf").pages[0].extract_text().split())
    assert "Claim supports" in pdf and "Rebuttal" not in pdf and "undercuts" not in pdf


def test_a_fitted_pdf_too_small_to_read_says_how_to_tile_it(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.map.big_maps import tree_map

    small = export_scene(build_scene(load(seed(SAMPLE_MAP))), tmp_path / "small.pdf")
    assert small == f"{tmp_path / 'small.pdf'}: PDF, 1 page (A4, fitted)"
    big = export_scene(build_scene(tree_map(300)), tmp_path / "big.pdf")
    assert "too small to read" in big and "--tile" in big, big
