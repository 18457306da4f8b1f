"""Big maps build their boxes around the view only: a far claim found, drawn and clicked; exports show every box."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from argmap.model import ArgumentMap, Claim, Role
from tests.ui.map.big_maps import tree_map
from ui.document.document import Document
from ui.map.scene import LAZY_MIN
from ui.map.style import palette
from ui.map.view import MapView
from ui.map.wide_map import FOLD_OFFER
from ui.render.export import export_rect, export_scene

FAR_WORDING = "Zebra crossings near the harbour are painted every spring"


def _near(a: QColor, b: QColor, tol: int) -> bool:
    return (
        abs(a.red() - b.red()) <= tol
        and abs(a.green() - b.green()) <= tol
        and abs(a.blue() - b.blue()) <= tol
    )


def _share(image: QImage, rect: QRectF, color: QColor, inset: int = 4, tol: int = 14) -> float:
    """Share of the pixels inside `rect` (image pixels, inset by `inset`) within `tol` of `color`."""
    r = rect.toAlignedRect().adjusted(inset, inset, -inset, -inset)
    pixels = [image.pixelColor(x, y) for x in range(r.left(), r.right()) for y in range(r.top(), r.bottom())]
    return sum(_near(p, color, tol) for p in pixels) / max(1, len(pixels))


def _pixels(image: QImage, rect: QRectF) -> list[QColor]:
    r = rect.toAlignedRect()
    return [
        image.pixelColor(x, y) for x in range(r.left(), r.right() + 1) for y in range(r.top(), r.bottom() + 1)
    ]


def _tinted(image: QImage, rect: QRectF, hue: int) -> float:
    """Share of the pixels in `rect` of about this hue (a kind's colour, however faint)."""
    pixels = _pixels(image, rect)
    return sum(p.hslSaturation() > 40 and abs(p.hslHue() - hue) < 20 for p in pixels) / max(1, len(pixels))


def _inked(image: QImage, rect: QRectF) -> float:
    """Share of the pixels in `rect` that are grey ink (wording), not paper and not colour."""
    pixels = _pixels(image, rect)
    return sum(p.lightness() < 200 and p.hslSaturation() < 40 for p in pixels) / max(1, len(pixels))


def _with_far_wording(m: ArgumentMap, cid: str) -> None:
    i = next(k for k, c in enumerate(m.claims) if c.id == cid)
    m.claims[i] = m.claims[i].model_copy(update={"text": FAR_WORDING})


def test_a_50000_claim_map_finds_draws_and_selects_a_far_claim(qtbot) -> None:  # type: ignore[no-untyped-def]
    m = tree_map(50_000)
    far = "c37499"  # a leaf on the bottom layer, far from the conclusion
    _with_far_wording(m, far)
    view = MapView(Document(m))  # the canvas alone: the whole window would also evaluate and outline the map
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    qtbot.waitExposed(view)
    scene = view.map_scene
    assert scene.lazy
    assert view.visible_rect().intersects(
        scene.box_rect("c0") or QRectF()
    )  # the first view shows the conclusion
    assert len(scene.claims) == 50_000  # every claim is listed ...
    assert len(scene.claims.built()) < 2_000  # ... but only the boxes near the view are made
    assert far not in scene.claims.built()
    # no arrangement shows 50,000 boxes readable: no second layout is offered, only folding
    assert not view.wide_bar.isVisible() or view.wide_bar.label.text() == FOLD_OFFER
    shot = view.viewport().grab().toImage()
    top = QRectF(view.mapFromScene(scene.box_rect("c0") or QRectF()).boundingRect())
    assert _tinted(shot, top, palette().role(Role.CONCLUSION).color.hslHue()) > 0.02, (
        "the conclusion is drawn"
    )

    view.setFocus()
    handle = view.windowHandle()
    qtbot.keyClick(handle, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    for ch in "zebra":
        qtbot.keyClick(handle, ch)
    qtbot.keyClick(handle, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert view.selected_claims() == [far]
    box = scene.box_rect(far)
    assert box is not None and view.visible_rect().contains(box)
    item = scene.claims.built()[far]
    assert item.sceneBoundingRect().contains(box)
    shot = view.viewport().grab().toImage()
    on_screen = QRectF(view.mapFromScene(box).boundingRect())
    assert _share(shot, on_screen, palette().highlight) > 0.4, (
        "the found box is drawn, highlighted, at its place"
    )

    qtbot.keyClick(handle, Qt.Key.Key_Escape)  # close the find bar
    view.selection.clear()
    assert view.selected_claims() == []
    QTest.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        on_screen.center().toPoint(),
    )
    assert view.selected_claims() == [far]

    view.select_claim("c0")  # the arrow keys travel to boxes that were never on screen
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Down):
        QTest.keyClick(view.viewport(), key)
        [current] = view.selected_claims()
        box = scene.box_rect(current)
        assert box is not None and view.visible_rect().contains(box), current
    assert current not in {"c0", far}
    shot = view.viewport().grab().toImage()
    assert _inked(shot, QRectF(view.mapFromScene(box).boundingRect())) > 0.01, "its wording is drawn"


def _forest_with_tray(n: int) -> ArgumentMap:
    """A tree of 200 claims over a tray of unconnected ones: a big map compact enough to export legibly."""
    m = tree_map(200)
    extra = [
        Claim(id=f"t{i}", text=f"Loose claim {i} waiting to be connected", role=Role.PREMISE)
        for i in range(n)
    ]
    return ArgumentMap(title=m.title, claims=m.claims + extra, arguments=m.arguments)


def test_the_png_export_of_a_big_map_shows_boxes_never_built_on_screen(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    m = _forest_with_tray(LAZY_MIN)
    view = MapView(Document(m))
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    view.set_zoom(1.0)
    view.centerOn((view.map_scene.box_rect("c0") or QRectF()).center())
    QApplication.processEvents()
    scene = view.map_scene
    far = f"t{LAZY_MIN - 1}"  # the last loose claim: the bottom of the tray
    assert scene.lazy and far not in scene.claims.built()
    out = tmp_path / "big.png"
    export_scene(scene, out)
    image = QImage(str(out))
    source = export_rect(scene)
    scale = image.width() / source.width()
    assert scale > 0.2, "the picture is big enough to see single boxes"
    box = scene.box_rect(far)
    assert box is not None
    in_image = QRectF(
        (box.x() - source.x()) * scale,
        (box.y() - source.y()) * scale,
        box.width() * scale,
        box.height() * scale,
    )
    hue = palette().role(Role.PREMISE).color.hslHue()
    assert _tinted(image, in_image, hue) > 0.04, "the far box is in the export: its border and stripe"
    assert _inked(image, in_image) > 0.02, "and its wording"
    beside = in_image.translated(in_image.width() * 1.5, 0)  # the tray's last row ends with it: empty paper
    assert _tinted(image, beside, hue) == 0 and _inked(image, beside) == 0
    assert view.visible_rect().intersects(scene.box_rect("c0") or QRectF()), (
        "exporting does not move the view"
    )


def test_selection_find_marks_and_the_tag_filter_reach_boxes_built_later(qtbot) -> None:  # type: ignore[no-untyped-def]
    m = tree_map(LAZY_MIN + 100)
    view = MapView(Document(m))
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    scene = view.map_scene
    assert scene.lazy
    hits = view.find("quickly")  # a word in about half the claims (Find selects the first)
    view.selection.set([c.id for c in m.claims], current="c0")  # then select all (Ctrl+A)
    view.set_filter({c.id for c in m.claims[::2]})
    view.centerOn((scene.box_rect("c0") or QRectF()).center())
    QApplication.processEvents()
    before = set(scene.claims.built())
    unbuilt = [c.id for c in m.claims if c.id not in before]
    last = unbuilt[-1]
    box = scene.box_rect(last)
    assert box is not None and not view.visible_rect().intersects(box)
    view.centerOn(box.center())  # scroll far away: new boxes are made there
    QApplication.processEvents()
    new = [item for cid, item in scene.claims.built().items() if cid not in before]
    assert len(new) > 5
    for item in new:
        assert item.isSelected()
        assert item.highlighted == (item.claim_id in hits)
        assert item.opacity() == (1.0 if item.claim_id in {c.id for c in m.claims[::2]} else 0.2)
    assert view.selection.ids == [c.id for c in m.claims]  # making boxes never changes the selection


def test_choosing_a_far_claim_in_the_outline_scrolls_the_big_map_to_its_drawn_box(
    qtbot, main_window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QTreeWidgetItemIterator

    from argmap.io.native import save
    from tests.ui.window_fit import wait_fitted

    w = main_window
    wait_fitted(qtbot, w)
    w.resize(1366, 768)
    path = tmp_path / "big.argmap.json"
    save(tree_map(LAZY_MIN + 100), path, backup=False)
    w.session.open(path)
    QApplication.processEvents()
    view, scene = w.map_view, w.map_view.map_scene
    far = next(c.id for c in reversed(w.session.map.claims) if c.id not in scene.claims.built())
    outline = w.outline
    it = QTreeWidgetItemIterator(outline)
    while (
        it.value() is not None and getattr(it.value(), "row", None) is not None and it.value().row.key != far
    ):
        it += 1
    row = it.value()
    assert row is not None and row.row.key == far
    outline.scrollToItem(row)
    QTest.mouseClick(
        outline.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        outline.visualItemRect(row).center(),
    )
    QApplication.processEvents()
    assert view.selected_claims() == [far]
    box = scene.box_rect(far)
    assert box is not None and view.visible_rect().contains(box)
    shot = view.viewport().grab().toImage()
    assert _inked(shot, QRectF(view.mapFromScene(box).boundingRect())) > 0.01, (
        "its box is drawn where the map scrolled"
    )


def test_handles_in_place_editing_and_drop_targets_work_on_boxes_made_after_a_jump(qtbot) -> None:  # type: ignore[no-untyped-def]
    m = tree_map(LAZY_MIN + 100)
    view = MapView(Document(m))
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    view.set_zoom(1.0)
    scene = view.map_scene
    far = next(c.id for c in reversed(m.claims) if c.id not in scene.claims.built())
    view.select_claim(far)  # as Find does
    QApplication.processEvents()
    at = view.mapFromScene((scene.box_rect(far) or QRectF()).center())
    QTest.mouseMove(view.viewport(), at)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    assert view.handles.bar.isVisible() and view.handles.bar.claim_id == far
    button = view.handles.button_point("reason")
    assert view.viewport().rect().contains(button)
    QTest.mouseMove(view.viewport(), button)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, button)
    [new] = [a.premises[0] for a in view.session.map.arguments if a.target == far]
    editor = view._editor
    assert editor is not None and editor.isVisible()
    QTest.keyClicks(editor, "A new reason typed in place")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert view.session.map.claim(new).text == "A new reason typed in place"
    assert view.visible_rect().contains(scene.box_rect(new) or QRectF())

    view.handles.refresh()
    QTest.mouseMove(view.viewport(), view.mapFromScene((scene.box_rect(new) or QRectF()).center()))
    knob = view.handles.knob_point()
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, knob)
    QTest.mouseMove(view.viewport(), knob + QPoint(40, -60))
    drag = view.handles.drag
    assert drag is not None and drag.feedback.lit, "boxes around the far claim light up as drop targets"
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, knob)


def test_branch_focus_and_the_overview_on_a_big_map(qtbot, main_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from argmap.io.native import save
    from tests.ui.window_fit import wait_fitted
    from ui.map.minimap import MiniMap

    w = main_window
    wait_fitted(qtbot, w)
    path = tmp_path / "big.argmap.json"
    save(tree_map(LAZY_MIN + 100), path, backup=False)
    w.session.open(path)
    QApplication.processEvents()
    view, scene = w.map_view, w.map_view.map_scene
    far = "c40"  # a claim of the third layer, with a branch of its own, far from the first view
    assert far not in scene.claims.built()
    view.select_claim(far)  # as the outline or Find does; then a click on its box, as drawn
    at = view.mapFromScene((scene.box_rect(far) or QRectF()).center())
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    assert view.selected_claims() == [far]
    QTest.keyClick(w, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # Focus on this branch
    assert scene.focus == far and not scene.lazy
    assert set(scene.claims.built()) == set(scene.claims) and len(scene.claims) < 100
    QTest.keyClick(w, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)  # back to the whole map
    assert scene.focus is None and scene.lazy and len(scene.claims) == LAZY_MIN + 100
    view.select_claim(far)
    QApplication.processEvents()
    assert view.visible_rect().contains(scene.box_rect(far) or QRectF())

    mini = MiniMap(view)
    qtbot.addWidget(mini)
    mini.resize(300, 120)
    mini.show()
    qtbot.waitExposed(mini)
    picture = mini.grab().toImage()
    hue = palette().role(Role.PREMISE).color.hslHue()
    assert _tinted(picture, QRectF(picture.rect()), hue) > 0.001, (
        "the overview shows the boxes in their colours"
    )
    before = view.visible_rect().center()
    QTest.mouseClick(
        mini, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(mini.width() - 8, 60)
    )
    assert view.visible_rect().center().x() > before.x() + 1000, "a click in the overview moves the map there"
