from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage

from argmap.io.native import load as load_map
from argmap.model import ArgumentMap, Claim, Role
from tests.ui.map.big_maps import tree_map
from ui.main import main as argmap_main
from ui.map.scene import build_scene
from ui.render.export import ExportError, export_rect, export_scene


def _inked(image: QImage, background: QColor) -> int:
    step = max(1, image.width() // 300)
    return sum(
        image.pixelColor(x, y) != background
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    )


def test_png_shows_the_map_cropped_with_a_margin(qtbot, sample_map, tmp_path):
    scene = build_scene(sample_map)
    out = tmp_path / "map.png"
    note = export_scene(scene, out, scale=1.0)
    image = QImage(str(out))
    rect = export_rect(scene)
    assert (image.width(), image.height()) == (round(rect.width()), round(rect.height()))
    assert image.pixelColor(2, 2) == QColor("white")  # the margin is blank paper
    assert _inked(image, QColor("white")) > 500
    assert "PNG" in note


def test_png_scale_and_transparency(qtbot, sample_map, tmp_path):
    scene = build_scene(sample_map)
    out = tmp_path / "map@2x.png"
    export_scene(scene, out, scale=2.0, transparent=True)
    image = QImage(str(out))
    rect = export_rect(scene)
    assert image.width() == round(rect.width() * 2)
    assert image.pixelColor(2, 2).alpha() == 0


def test_png_is_capped_with_a_note(qtbot, sample_map, tmp_path):
    scene = build_scene(sample_map)
    out = tmp_path / "big.png"
    note = export_scene(scene, out, scale=10.0, max_px=1000)
    image = QImage(str(out))
    assert max(image.width(), image.height()) == 1000
    assert "scaled down" in note and "1,000" in note


def test_svg_keeps_text_as_text(qtbot, sample_map, tmp_path):
    out = tmp_path / "map.svg"
    export_scene(build_scene(sample_map), out)
    svg = out.read_text(encoding="utf-8")
    assert "<text" in svg
    assert "Open source is the" in svg  # the conclusion's first line, as drawn


def test_pdf_has_a_page_and_tiles_at_full_size(qtbot, sample_map, tmp_path):
    fit, tiled = tmp_path / "fit.pdf", tmp_path / "tiled.pdf"
    scene = build_scene(sample_map)
    assert "1 page" in export_scene(scene, fit)
    reader = PdfReader(fit)
    assert len(reader.pages) == 1
    assert "Open source is the better" in " ".join(reader.pages[0].extract_text().split())
    export_scene(scene, tiled, pdf_layout="tile")
    assert len(PdfReader(tiled).pages) > 1


def test_unknown_format_is_one_clear_error(qtbot, sample_map, tmp_path):
    with pytest.raises(ExportError, match=r"\.gif"):
        export_scene(build_scene(sample_map), tmp_path / "map.gif")


def test_export_a_thousand_claims(qtbot, tmp_path):
    out = tmp_path / "k.svg"
    export_scene(build_scene(tree_map(1000)), out)
    assert out.read_text(encoding="utf-8").count("<text") >= 1000


def test_cli_export_writes_each_format(qtbot, sample_map_path: Path, tmp_path, capsys):
    for name in ("m.png", "m.svg", "m.pdf"):
        assert argmap_main(["export", str(sample_map_path), "-o", str(tmp_path / name)]) == 0
        assert (tmp_path / name).stat().st_size > 1000
    assert argmap_main(["export", str(tmp_path / "missing.argmap.json"), "-o", str(tmp_path / "x.png")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_print_goes_through_the_same_picture(qtbot, sample_map, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from ui.render.printing import print_scene

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert print_scene(build_scene(sample_map), printer) == 1
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "Open models get safer faster." in text


def test_a_failed_export_leaves_the_previous_picture_and_no_temp_file(tmp_path, monkeypatch):
    """Exports are atomic: the old file stays whole when drawing fails, and nothing is left behind."""
    from argmap.io.native import load
    from tests.conftest import SAMPLE_MAP
    from ui.render import export

    scene = build_scene(load(SAMPLE_MAP))
    target = tmp_path / "map.svg"
    export.export_scene(scene, target)
    first = target.read_bytes()

    def broken(*_args, **_kwargs):
        raise export.ExportError("drawing failed")

    monkeypatch.setattr(export, "_svg", broken)
    with pytest.raises(export.ExportError, match="drawing failed"):
        export.export_scene(scene, target)
    assert target.read_bytes() == first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.svg"]


def test_svg_and_pdf_titles_and_notes_name_the_target_not_the_temp_file(qtbot, sample_map, tmp_path):
    """The SVG <title>, the PDF's title and the message the user reads name the file they chose."""
    import re

    scene = build_scene(sample_map)
    svg_note = export_scene(scene, tmp_path / "class map.svg")
    title = re.search(r"<title>(.*?)</title>", (tmp_path / "class map.svg").read_text(encoding="utf-8"))
    assert title is not None and title.group(1) == "class map"
    pdf_note = export_scene(scene, tmp_path / "class map.pdf")
    assert PdfReader(tmp_path / "class map.pdf").metadata.title == "class map"
    png_note = export_scene(scene, tmp_path / "class map.png")
    for note, name in ((svg_note, "class map.svg"), (pdf_note, "class map.pdf"), (png_note, "class map.png")):
        assert note.startswith(str(tmp_path / name) + ":"), note
        assert "partial" not in note
    assert sorted(p.name for p in tmp_path.iterdir()) == ["class map.pdf", "class map.png", "class map.svg"]


def test_a_picture_that_cannot_be_written_is_named_in_the_error_not_its_temp_file(
    qtbot, sample_map, tmp_path
):
    folder = tmp_path / "no such folder"
    for name in ("m.png", "m.svg", "m.pdf"):
        with pytest.raises(ExportError) as caught:
            export_scene(build_scene(sample_map), folder / name)
        message = str(caught.value)
        assert message.startswith(str(folder / name) + ":") and "partial" not in message, message


def test_cli_layout_export_writes_the_canvas_geometry(qtbot, sample_map_path: Path, tmp_path, capsys):
    from argmap.layout.export import read_layout

    out = tmp_path / "m.layout.json"
    assert argmap_main(["export", str(sample_map_path), "-o", str(out)]) == 0
    doc = read_layout(out.read_text(encoding="utf-8"))
    scene = build_scene(load_map(sample_map_path))
    drawn = {cid: item.pos() for cid, item in scene.claims.items()}
    assert {b.claim: (b.x, b.y) for b in doc.boxes} == {k: (p.x(), p.y()) for k, p in drawn.items()}
    assert len(doc.connectors) == len(scene.edges)
    assert "connectors" in capsys.readouterr().out
    assert argmap_main(["export", str(sample_map_path), "-o", str(tmp_path / "m.json")]) == 2
    assert ".layout.json" in capsys.readouterr().err


def test_cli_layout_export_counts_in_plain_english(qtbot, tmp_path, capsys):
    """One claim and no reasons reads "1 box, 0 connectors", never "1 boxes"."""
    from argmap.io.native import save

    one = tmp_path / "one.argmap.json"
    save(ArgumentMap(claims=[Claim(id="c1", text="Homework should be short.", role=Role.CONCLUSION)]), one)
    out = tmp_path / "one.layout.json"
    assert argmap_main(["export", str(one), "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"{out}: 1 box, 0 connectors"


def test_pictures_name_the_tray_without_the_canvas_instruction(qtbot, tmp_path):
    """The window says how to connect a claim in the tray; a handed-in picture just says it is not connected yet."""
    from ui.map.scene import TRAY_CAPTION

    m = ArgumentMap(
        claims=[
            Claim(id="c1", text="Homework should be short.", role=Role.CONCLUSION),
            Claim(id="c2", text="Pupils are tired.", role=Role.PREMISE),
        ]
    )
    scene = build_scene(m)
    assert scene.tray_caption is not None and scene.tray_caption.text() == TRAY_CAPTION
    export_scene(scene, tmp_path / "map.svg")
    export_scene(scene, tmp_path / "map.pdf")
    svg = (tmp_path / "map.svg").read_text(encoding="utf-8")
    pdf = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(tmp_path / "map.pdf").pages)
    for text in (svg, pdf):
        assert "Not connected yet" in text and "drag a claim" not in text
    assert scene.tray_caption.text() == TRAY_CAPTION  # the window keeps its instruction
