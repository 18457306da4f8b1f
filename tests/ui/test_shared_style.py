"""Bug 1: editing a box in place must not shrink the text of every box (shared fonts), exports included."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from argmap.paths import SAMPLE_MAP, seed
from tests.ui.ink import text_line_height
from ui.map import style
from ui.map.style import LABEL_H, PAD
from ui.render.export import export_rect, export_scene
from ui.shell.main_window import MainWindow


def _box_text_rect(w: MainWindow, claim_id: str, scale: float) -> QRect:
    """Where the wording of a box lands in a picture exported at `scale`."""
    item = w.map_view.map_scene.claims[claim_id]
    source = export_rect(w.map_view.map_scene)
    box = item.sceneBoundingRect()
    left = (box.left() + PAD + 4 - source.left()) * scale
    top = (box.top() + PAD + LABEL_H + 1 - source.top()) * scale
    right = (box.right() - PAD - 2 - source.left()) * scale
    bottom = (box.top() + PAD + LABEL_H + 2 * style.text_px() - source.top()) * scale
    return QRect(round(left), round(top), round(right - left), round(bottom - top))


def test_edit_in_place_at_half_zoom_leaves_every_text_size_alone(
    qtbot, main_window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    w = main_window
    assert w.files.open_path(seed(SAMPLE_MAP))
    conclusion = next(c for c in w.session.map.claims if c.role.value == "conclusion")
    other = next(c for c in w.session.map.claims if c.id != conclusion.id and c.spans)
    before = tmp_path / "before.png"
    export_scene(w.map_view.map_scene, before)  # what File > Export image writes
    height_before = text_line_height(QImage(str(before)), _box_text_rect(w, conclusion.id, 1.0))
    assert height_before >= 12  # a 16 px font: ascender to descender

    # At 50%, double-click another box where it is drawn, type, press Enter (keys to the window).
    view = w.map_view
    view.set_zoom(0.5)
    item = view.map_scene.claims[other.id]
    view.centerOn(item)
    QApplication.processEvents()
    at = view.mapFromScene(item.sceneBoundingRect().center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    editor = view.findChild(QApplication.focusWidget().__class__, "inplaceEditor")
    assert editor is not None and editor.isVisible()
    handle = w.windowHandle()
    for ch in " (edited)":
        qtbot.keyClick(handle, ch)
    qtbot.keyClick(handle, Qt.Key.Key_End)
    qtbot.keyClick(handle, Qt.Key.Key_Return)
    assert w.session.map.claim(other.id).text.endswith("(edited)")

    # Undo and redo go through the same paint: still the same size; then export again.
    w.session.undo_stack.undo()
    w.session.undo_stack.redo()
    after = tmp_path / "after.png"
    export_scene(w.map_view.map_scene, after)
    height_after = text_line_height(QImage(str(after)), _box_text_rect(w, conclusion.id, 1.0))
    assert abs(height_after - height_before) <= 1, (height_before, height_after)
    assert style.text_font().pixelSize() == style.text_px()


def test_fonts_and_colours_are_handed_out_as_copies() -> None:
    f = style.text_font()
    f.setPixelSize(3)
    assert style.text_font().pixelSize() == style.text_px()
    label = style.label_font()
    label.setBold(False)
    assert style.label_font().bold()
    colour = style.palette().role(style.Role.CONCLUSION).color
    colour.setRgb(1, 2, 3)
    assert style.palette().role(style.Role.CONCLUSION).color.rgb() != colour.rgb()
    sel = style.palette().selection
    sel.setAlpha(0)
    assert style.palette().selection.alpha() == 255
