"""Offers for a map the window cannot show readable: left to right, or folded to its first layer; a bar, never a silent change."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from argmap import edits
from argmap.layout import layout_map
from argmap.model import ArgumentMap, Direction
from ui.map.first_view import FIT_MIN_PX, FOCUS_PX, fit_zoom, focus_rect, main_conclusion
from ui.map.scene import LAYOUT_OPTIONS, LAZY_MIN, MapScene
from ui.map.style import text_px

if TYPE_CHECKING:
    from ui.map.view import MapView

WIDE = 1.6
"""The map counts as wide when its shape is this many times wider than the pane's."""
GAIN = 1.25
"""Left to right is offered only when it shows the map at least this much bigger."""
OFFER = "This map is wide: show it left to right?"
FOLD_MIN = 100
"""Maps with at least this many claims are offered folding when even their first layer does not read whole."""
FOLD_OFFER = "This map is big: fold it to its first layer?"


def left_right_rect(m: ArgumentMap, scene: MapScene) -> QRectF:
    """Where the map's boxes would lie laid out left to right (same box sizes)."""
    if scene.layout is None:
        return QRectF()
    sizes = {cid: (b.w, b.h) for cid, b in scene.layout.boxes.items()}
    if not sizes:
        return QRectF()
    b = layout_map(m, sizes, replace(LAYOUT_OPTIONS, direction=Direction.LEFT_RIGHT)).bounds
    return QRectF(b.x, b.y, b.w, b.h).adjusted(-12, -12, 12, 12)


def readable_somehow(scene: MapScene, pane: QSize) -> bool:
    """False when no arrangement of the map's boxes could show all of them readable in `pane`.

    Whatever the layout, its rectangle holds every box, so the zoom that fits it is at most
    sqrt(pane area / boxes' area): a cheap bound instead of a second layout of a big map.
    """
    if scene.layout is None:
        return False
    area = sum(b.w * b.h for cid, b in scene.layout.boxes.items() if cid not in scene.layout.hidden)
    best = (pane.width() * pane.height() / area) ** 0.5 if area > 0 else 1.0
    return best * text_px() >= FIT_MIN_PX


def readable_whole(rect: QRectF, pane: QSize) -> bool:
    """True when `rect` fitted in `pane` shows its wording big enough to read (the first view's own test)."""
    return fit_zoom(rect, pane) * text_px() >= FIT_MIN_PX


def left_right_fits_better(m: ArgumentMap, scene: MapScene, pane: QSize) -> bool:
    """True for a top-down map that `pane` cannot show whole and readable, and that left to right would show clearly bigger."""
    if m.layout.direction != Direction.TOP_DOWN or len(m.claims) < 3 or pane.isEmpty():
        return False
    now = scene.map_rect()
    if now.isEmpty() or now.height() <= 0 or readable_whole(now, pane):
        return False  # it reads whole as it is: nothing to offer
    if now.width() / now.height() < WIDE * pane.width() / pane.height():
        return False
    if len(scene.claims) >= LAZY_MIN and not readable_somehow(scene, pane):
        return False  # laying a big map out again would take seconds, and show it no better
    turned = left_right_rect(m, scene)
    return not turned.isEmpty() and fit_zoom(turned, pane) >= GAIN * fit_zoom(now, pane)


def fold_helps(m: ArgumentMap, scene: MapScene, pane: QSize) -> bool:
    """True for a big map with nothing folded yet whose main conclusion's first layer the window cannot show whole and readable.

    Such a map's first layer lies spread over its branches' width (a tree places each reason
    above its own branch); folded, the first layer sits side by side under the conclusion.
    """
    if len(m.claims) < FOLD_MIN or m.layout.collapsed or pane.isEmpty():
        return False
    if readable_whole(scene.map_rect(), pane):
        return False
    if fit_zoom(focus_rect(m, scene), pane) * text_px() >= FOCUS_PX:
        return False  # the first view shows the conclusion and its whole first layer already
    top = main_conclusion(m, scene)
    return top is not None and edits.fold_to_first_layer(m, top) is not None


class WideMapBar(QFrame):
    """The bar 'This map is wide: show it left to right? [Left to right] [Keep]' along the bottom of the map.

    Left to right goes through the map's undoable direction action, so the choice is saved
    with the map; Keep hides the bar for this map until it is opened again. Opening a map
    never marks it changed.
    """

    def __init__(self, view: MapView) -> None:
        super().__init__(view)
        self.view = view
        self._kept = False
        self.setObjectName("wideMapBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 6, 4)
        self.label = QLabel(OFFER)
        self.turn = QPushButton("&Left to right")
        self.turn.setToolTip("Lay this map out left to right (saved with the map; Undo takes it back)")
        self.keep = QPushButton("Keep")
        self.keep.setToolTip("Keep this map top-down")
        row.addWidget(self.label, 1)
        row.addWidget(self.turn)
        row.addWidget(self.keep)
        self.turn.clicked.connect(self._turn)
        self.keep.clicked.connect(self._keep)
        self._fold = False
        self.hide()

    def forget(self) -> None:
        """A map was opened: it may be offered again."""
        self._kept = False
        self.hide()

    def offer(self) -> None:
        """Show the bar when the open map would read better folded (big maps) or left to right (wide ones)."""
        v = self.view
        m, pane = v.current_map(), v.viewport().size()
        self._fold = not self._kept and fold_helps(m, v.map_scene, pane)
        wanted = self._fold or (not self._kept and left_right_fits_better(m, v.map_scene, pane))
        if self._fold:
            self.label.setText(FOLD_OFFER)
            self.turn.setText("&Fold")
            self.turn.setToolTip(
                "Collapse every branch under the first layer (saved with the map; Undo takes it back)"
            )
            self.keep.setToolTip("Keep every branch open")
        else:
            self.label.setText(OFFER)
            self.turn.setText("&Left to right")
            self.turn.setToolTip("Lay this map out left to right (saved with the map; Undo takes it back)")
            self.keep.setToolTip("Keep this map top-down")
        self.setVisible(wanted)
        if wanted:
            self.place()
            self.raise_()

    def place(self) -> None:
        """Along the bottom of the map pane (the first view keeps the conclusion at the top), at most 640 px wide."""
        vp = self.view.viewport()
        w = min(vp.width() - 16, max(self.sizeHint().width(), 360), 640)
        h = self.sizeHint().height()
        self.setGeometry(vp.x() + (vp.width() - w) // 2, vp.y() + vp.height() - h - 8, w, h)

    def _turn(self) -> None:
        self.hide()
        v = self.view
        if self._fold:
            top = main_conclusion(v.current_map(), v.map_scene)
            if top is not None:
                v.session.edit(lambda m: edits.fold_to_first_layer(m, top))
        else:
            v.actions_by_name["left_right"].trigger()
        v.zoom_start()

    def _keep(self) -> None:
        self._kept = True
        self.hide()
