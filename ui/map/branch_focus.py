"""Focus on this branch: the selected claim's branch alone, with a breadcrumb back up (Kialo's way through a big debate)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from argmap.layout.branch import branch_path

if TYPE_CHECKING:
    from ui.map.view import MapView

CRUMB_CHARS = 32
"""Longest breadcrumb label; longer wording ends in an ellipsis (the tooltip has it all)."""


def crumb(text: str) -> str:
    """A claim's wording cut to fit a breadcrumb."""
    text = " ".join(text.split()) or "(no wording)"
    return text if len(text) <= CRUMB_CHARS else text[: CRUMB_CHARS - 1].rstrip() + "…"


class BranchFocus(QFrame):
    """The breadcrumb bar over the top of the map while one branch is shown, and the three focus commands.

    "Focus on This Branch" (Alt+Down) shows the selected claim with what backs and attacks
    it, alone; "Up One Level" (Alt+Up) and "Whole Map" (Alt+Home), or a click on the
    breadcrumb, go back. The bar hides itself while the whole map is shown.
    """

    focusChanged = Signal(bool)
    """True while one branch is shown (the bar has something to show)."""

    def __init__(self, view: MapView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setObjectName("branchBreadcrumb")
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(6, 2, 6, 2)
        self._row.setSpacing(2)
        view.session.changed.connect(self._rebuild)
        view.session.replaced.connect(self._rebuild)
        self._rebuild()

    @property
    def focused(self) -> str | None:
        """The claim whose branch is shown, or None."""
        return self.view.map_scene.focus

    def focus(self, claim_id: str | None) -> None:
        """Show `claim_id`'s branch alone (None: the whole map), at a readable first view."""
        scene = self.view.map_scene
        if claim_id == scene.focus:
            return
        scene.focus = claim_id
        self.view.refresh()
        self.view.zoom_start()
        if claim_id is not None:
            self.view.select_claim(claim_id, centre=False)
        self._rebuild()
        self.view.message.emit(
            "Showing one branch: Alt+Up goes up a level, Alt+Home shows the whole map"
            if claim_id is not None
            else "Showing the whole map"
        )

    def focus_selected(self) -> None:
        """Focus on the branch of the current claim (the last one selected)."""
        chosen = self.view.selected_claims()
        if chosen:
            self.focus(chosen[-1])
        else:
            self.view.message.emit("Select a claim first: its branch will be shown alone")

    def up(self) -> None:
        """One level up the breadcrumb (the whole map from the top)."""
        if self.focused is None:
            return
        path = branch_path(self.view.session.map, self.focused)
        self.focus(path[-2] if len(path) > 1 else None)

    def _rebuild(self) -> None:
        while (item := self._row.takeAt(0)) is not None:
            w = item.widget()
            if w is not None:
                w.deleteLater()
        focus = self.focused
        if focus is None or not any(c.id == focus for c in self.view.session.map.claims):
            self.hide()
            self.focusChanged.emit(False)
            return
        m = self.view.session.map
        texts = {c.id: c.text for c in m.claims}
        self._row.addWidget(self._button("Whole map", None, "Show the whole map (Alt+Home)"))
        for cid in branch_path(m, focus):
            self._row.addWidget(QLabel("›"))
            if cid == focus:
                here = QLabel(f"<b>{_escape(crumb(texts[cid]))}</b>")
                here.setToolTip(texts[cid][:500])
                self._row.addWidget(here)
            else:
                self._row.addWidget(self._button(crumb(texts[cid]), cid, texts[cid][:500]))
        self.adjustSize()
        self.show()
        self.raise_()
        self.focusChanged.emit(True)

    def _button(self, text: str, target: str | None, tip: str) -> QToolButton:
        b = QToolButton(self)
        b.setText(text.replace("&", "&&"))
        b.setToolTip(tip)
        b.setAutoRaise(True)
        b.clicked.connect(lambda _checked=False: self.focus(target))
        return b


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
