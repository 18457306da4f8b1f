"""The Tags panel: create, rename, recolour, delete user tags, assign them, and filter by one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from argmap import edits
from argmap.model import ArgumentMap
from argmap.ops import Op
from argmap.wording import agree, counted
from ui.document.document import Document
from ui.document.prompter import Prompter
from ui.document.selection import Selection
from ui.look.palette import next_tag_color, swatch


class TagsPanel(QWidget):
    """Tag list with its commands. `filterChanged(tag_id or "")` when the map filter changes."""

    filterChanged = Signal(str)

    def __init__(
        self, session: Document, selection: Selection, prompter: Prompter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.selection = selection
        self.prompter = prompter
        self.selected_claims: list[str] = []
        """Claims the Assign/Unassign buttons act on: the selected claims."""
        selection.changed.connect(self._follow_selection)
        self.setAccessibleName("Tags")
        self.list = QListWidget()
        self.list.setAccessibleName("Tags of this map")
        self.new_button = QPushButton("&New…")
        self.rename_button = QPushButton("Re&name…")
        self.colour_button = QPushButton("&Colour…")
        self.delete_button = QPushButton("&Delete")
        self.assign_button = QPushButton("&Assign to selected")
        self.unassign_button = QPushButton("&Take off selected")
        self.filter = QComboBox()
        self.filter.setAccessibleName("Show claims with tag")
        grid = QGridLayout()
        for i, b in enumerate(
            (
                self.new_button,
                self.rename_button,
                self.colour_button,
                self.delete_button,
                self.assign_button,
                self.unassign_button,
            )
        ):
            grid.addWidget(b, i // 2, i % 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(grid)
        layout.addWidget(QLabel("Show in map and outline:"))
        layout.addWidget(self.filter)

        self.new_button.clicked.connect(self.create_tag)
        self.rename_button.clicked.connect(self.rename_current)
        self.colour_button.clicked.connect(self.recolour_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.assign_button.clicked.connect(lambda: self.assign_current(True))
        self.unassign_button.clicked.connect(lambda: self.assign_current(False))
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.list.itemDoubleClicked.connect(lambda _item: self.rename_current())
        self.filter.currentIndexChanged.connect(lambda _i: self.filterChanged.emit(self.filter_tag() or ""))
        session.changed.connect(self.refresh)
        session.replaced.connect(self.refresh)
        self.refresh()

    # --- dialogs (tests replace these) ----------------------------------------

    def ask_name(self, title: str, current: str = "") -> str | None:
        """Ask for a tag name; None when cancelled."""
        return self.prompter.text(title, "Tag name:", current)

    def ask_color(self, current: str) -> str | None:
        """Ask for a colour; None when cancelled."""
        return self.prompter.color("Tag colour", current)

    def _follow_selection(self) -> None:
        self.set_selected_claims(self.selection.claims(self.session.map))

    # --- state ----------------------------------------------------------------

    def current_tag(self) -> str | None:
        """Id of the tag selected in the list."""
        item = self.list.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return value if isinstance(value, str) else None

    def filter_tag(self) -> str | None:
        """Id of the tag the map is filtered by, or None for all claims."""
        value = self.filter.currentData()
        return value if isinstance(value, str) and value else None

    def refresh(self) -> None:
        """Reload the list and the filter choices from the map."""
        m = self.session.map
        current, filtered = self.current_tag(), self.filter_tag()
        self.list.clear()
        for tag in m.tags:
            count = sum(tag.id in c.tags for c in m.claims)
            item = QListWidgetItem(swatch(QColor(tag.color)), f"{tag.name}  ({count})")
            item.setData(Qt.ItemDataRole.UserRole, tag.id)
            self.list.addItem(item)
            if tag.id == current:
                self.list.setCurrentItem(item)
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem("All claims", "")
        for tag in m.tags:
            self.filter.addItem(swatch(QColor(tag.color)), tag.name, tag.id)
        index = self.filter.findData(filtered) if filtered else 0
        self.filter.setCurrentIndex(max(0, index))
        self.filter.blockSignals(False)
        if filtered and index < 0:
            self.filterChanged.emit("")
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.current_tag() is not None
        for b in (self.rename_button, self.colour_button, self.delete_button):
            b.setEnabled(has)
        for b in (self.assign_button, self.unassign_button):
            b.setEnabled(has and bool(self.selected_claims))

    def set_selected_claims(self, ids: list[str]) -> None:
        """The claims selected elsewhere (map, outline)."""
        self.selected_claims = list(ids)
        self._update_buttons()

    def _push(self, op: Op | None) -> bool:
        return self.session.push(op)

    # --- commands -------------------------------------------------------------

    def create_tag(self) -> None:
        """New tag with the next free colour of the palette, on no claim yet: Assign puts it on the selected ones."""
        name = self.ask_name("New tag")
        if not name:
            return
        color = next_tag_color([t.color for t in self.session.map.tags])
        made: list[str] = []

        def build(m: ArgumentMap) -> Op:
            op, tag_id = edits.new_tag(m, name, color, [])  # never assigned behind the student's back
            made.append(tag_id)
            return op

        if self.session.edit(build):
            self._select(made[0])

    def _select(self, tag_id: str) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == tag_id:
                self.list.setCurrentRow(i)

    def rename_current(self) -> None:
        """Rename the selected tag."""
        tag_id = self.current_tag()
        if tag_id is None:
            return
        name = self.ask_name("Rename tag", self.session.map.tag(tag_id).name)
        if name:
            self.session.edit(lambda m: edits.rename_tag(m, tag_id, name))

    def recolour_current(self) -> None:
        """Give the selected tag another colour."""
        tag_id = self.current_tag()
        if tag_id is None:
            return
        color = self.ask_color(self.session.map.tag(tag_id).color)
        if color and color.lower() != self.session.map.tag(tag_id).color.lower():
            self._push(edits.recolour_tag(self.session.map, tag_id, color))

    def delete_current(self) -> None:
        """Delete the selected tag (undoable), after saying how many claims carry it."""
        tag_id = self.current_tag()
        if tag_id is None:
            return
        tag = self.session.map.tag(tag_id)
        count = sum(tag_id in c.tags for c in self.session.map.claims)
        if count and not self.confirm(
            f"Delete the tag “{tag.name}”? {counted(count, 'claim')} {agree(count, 'carries', 'carry')} it."
        ):
            return
        self._push(edits.delete_tag(self.session.map, tag_id))

    def confirm(self, question: str) -> bool:
        """Ask yes/no before deleting a tag."""
        return self.prompter.confirm("Delete tag", question)

    def assign_current(self, on: bool) -> None:
        """Put the selected tag on the selected claims, or take it off."""
        tag_id = self.current_tag()
        if tag_id is not None and self.selected_claims:
            self._push(edits.set_tag(self.session.map, self.selected_claims, tag_id, on))
