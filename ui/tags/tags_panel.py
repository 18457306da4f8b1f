"""The Tags panel: create, rename, recolour, delete user tags, assign them, and filter by one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QGridLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from argmap import edits
from argmap.ops import Op, OpError
from ui.details.details_panel import swatch
from ui.document.document import Session
from ui.look.palette import next_tag_color


class TagsPanel(QWidget):
    """Tag list with its commands. `filterChanged(tag_id or "")` when the map filter changes."""

    filterChanged = Signal(str)
    message = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.selected_claims: list[str] = []
        """Claims the Assign/Unassign buttons act on; kept up to date by the main window."""
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
        text, ok = QInputDialog.getText(self, title, "Tag name:", text=current)
        return text if ok else None

    def ask_color(self, current: str) -> str | None:
        """Ask for a colour; None when cancelled."""
        color = QColorDialog.getColor(QColor(current), self, "Tag colour")
        return color.name() if color.isValid() else None

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
        if op is None:
            return False
        try:
            self.session.push(op)
        except OpError as e:
            self.message.emit(str(e))
            return False
        return True

    # --- commands -------------------------------------------------------------

    def create_tag(self) -> None:
        """New tag with the next free colour of the palette, on the selected claims (one undo step)."""
        name = self.ask_name("New tag")
        if not name:
            return
        try:
            color = next_tag_color([t.color for t in self.session.map.tags])
            op, tag_id = edits.new_tag(self.session.map, name, color, self.selected_claims)
        except OpError as e:
            self.message.emit(str(e))
            return
        if self._push(op):
            self._select(tag_id)

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
            try:
                self._push(edits.rename_tag(self.session.map, tag_id, name))
            except OpError as e:
                self.message.emit(str(e))

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
        if count and not self.confirm(f"Delete the tag “{tag.name}”? {count} claim(s) carry it."):
            return
        self._push(edits.delete_tag(self.session.map, tag_id))

    def confirm(self, question: str) -> bool:
        """Ask yes/no (tests replace this)."""
        answer = QMessageBox.question(self, "Delete tag", question)
        return answer == QMessageBox.StandardButton.Yes

    def assign_current(self, on: bool) -> None:
        """Put the selected tag on the selected claims, or take it off."""
        tag_id = self.current_tag()
        if tag_id is not None and self.selected_claims:
            self._push(edits.set_tag(self.session.map, self.selected_claims, tag_id, on))
