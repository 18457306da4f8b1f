"""The outline widget: a QTreeWidget updated in place from diffs of the map's rows."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget
from typing_extensions import override

from argmap.model import ArgumentMap
from ui.document.selection import Selection
from ui.look.palette import role_color
from ui.outline.rows import Row, RowBuilder
from ui.outline.wrapping import WrappingDelegate

ID_ROLE = Qt.ItemDataRole.UserRole
_SPOKEN = Qt.ItemDataRole.AccessibleTextRole
_Path = tuple[str, ...]
SLICED_CLAIMS = 5_000
"""A map with more claims opened afresh is listed in slices after the window has painted, so
the window shows first and stays responsive while the outline fills."""
SLICE_ROWS = 500


class _Item(QTreeWidgetItem):
    """A tree item that remembers the row it shows."""

    def __init__(self, row: Row) -> None:
        super().__init__([row.text])
        self.row = row


class OutlineView(QTreeWidget):
    """A tree of claims that shows and changes a `Selection` (its own when none is given).

    Emits `claimSelected(id)` for the current item and `claimsSelected(ids)` after the user selects.
    """

    claimSelected = Signal(str)
    claimsSelected = Signal(list)

    def __init__(self, selection: Selection | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selection = selection if selection is not None else Selection(self)
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setAccessibleName("Claims outline")
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.wrapping = WrappingDelegate(self)
        self.setItemDelegate(self.wrapping)
        # A scroll bar that came and went would change the width, the wrapping, the height... forever.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.header().setStretchLastSection(True)
        self.setUniformRowHeights(False)
        self._map: ArgumentMap | None = None
        self._only: set[str] | None = None
        self._syncing = False
        self._claim_ids: set[str] = set()
        self._rows: tuple[Row, ...] = ()
        self._collapsed: set[_Path] = set()
        self._selected: set[str] = set()
        self._new_selected: list[QTreeWidgetItem] = []
        self._by_id: dict[str, list[_Item]] = {}
        self._filling: Iterator[None] | None = None
        self._fill_timer = QTimer(self)
        self._fill_timer.setSingleShot(True)
        self._fill_timer.timeout.connect(self._fill_step)
        self.created = 0
        """Rows created since the view was made (with `changed`: what an edit cost; for tests, benchmarks)."""
        self.changed = 0
        """Existing rows whose text, spoken text, colour or state was rewritten."""
        self.itemSelectionChanged.connect(self._on_selection)
        self.itemCollapsed.connect(lambda it: self._collapsed.add(self._path(it)))
        self.itemExpanded.connect(lambda it: self._collapsed.discard(self._path(it)))

    @override
    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        if e.size().width() != e.oldSize().width():
            self.scheduleDelayedItemsLayout()  # wrapped rows take their new heights

    def set_map(self, m: ArgumentMap) -> None:
        """Bring the tree in line with the map, touching only rows that differ; keeps selection and collapse."""
        fresh = m is not self._map
        self._map = m
        self._claim_ids = {c.id for c in m.claims}
        if self._filling is not None or (fresh and len(m.claims) > SLICED_CLAIMS):
            self._start_filling(m)
            return
        rows = RowBuilder(m, self._only).build()
        if rows == self._rows:
            return
        self._selected = set(self.selected_claims())
        self._new_selected = []
        self._syncing = True
        try:
            self._sync(None, (), self._rows, rows)
            self._rows = rows
            current = self.currentItem()
            if self._new_selected and (current is None or not current.isSelected()):
                first = self._new_selected[0]
                self.setCurrentItem(first, 0, self.selectionModel().SelectionFlag.NoUpdate)
                self.scrollToItem(first)
        finally:
            self._syncing = False
            self._new_selected = []

    @property
    def filling(self) -> bool:
        """True while a big map's rows are still being made (the tree shows them when all are made)."""
        return self._filling is not None

    def _start_filling(self, m: ArgumentMap) -> None:
        """List a big map afresh in slices of `SLICE_ROWS` rows, each after the events waiting."""
        self.clear()
        self._rows = ()
        self._by_id = {}
        self._filling = self._fill(m)
        # two hops: the first paint of the window comes before the first slice
        QTimer.singleShot(0, lambda: self._fill_timer.start(50))

    def _fill_step(self) -> None:
        if self._filling is None:
            return
        try:
            next(self._filling)
        except StopIteration:
            self._filling = None
            return
        self._fill_timer.start(0)

    def _fill(self, m: ArgumentMap) -> Iterator[None]:
        rows = RowBuilder(m, self._only).build()
        yield
        tops = [_Item(r) for r in rows]
        todo = list(zip(tops, rows, strict=True))
        made = 0
        while todo:
            item, row = todo.pop()
            self.created += 1
            self._by_id.setdefault(row.key, []).append(item)
            self._paint(item, row)
            kids = [_Item(r) for r in row.children]
            item.addChildren(kids)  # detached from the view: cheap
            todo.extend(zip(kids, row.children, strict=True))
            made += 1
            if made % SLICE_ROWS == 0:
                yield
        self._syncing = True
        try:
            self.insertTopLevelItems(0, tops)
            self._rows = rows
            self.expandAll()
            self._select_ids(self.selection.ids)
        finally:
            self._syncing = False

    def set_filter(self, claim_ids: set[str] | None) -> None:
        """Show only branches that contain these claims (None: everything)."""
        self._only = claim_ids
        if self._map is not None:
            self.set_map(self._map)

    def _child(self, parent: QTreeWidgetItem | None, i: int) -> _Item:
        item = self.topLevelItem(i) if parent is None else parent.child(i)
        assert isinstance(item, _Item)
        return item

    def _sync(
        self, parent: QTreeWidgetItem | None, path: _Path, old: tuple[Row, ...], new: tuple[Row, ...]
    ) -> None:
        """Update the children of `parent` from `old` rows to `new`: same keys in place, the rest replaced."""
        if old == new:
            return
        n = min(len(old), len(new))
        head = 0
        while head < n and old[head].key == new[head].key:
            head += 1
        tail = 0
        while tail < n - head and old[-1 - tail].key == new[-1 - tail].key:
            tail += 1
        for i in range(head):
            self._update(self._child(parent, i), path, old[i], new[i])
        for k in range(1, tail + 1):
            self._update(self._child(parent, len(old) - k), path, old[-k], new[-k])
        for _ in range(len(old) - tail - head):
            gone = self.takeTopLevelItem(head) if parent is None else parent.takeChild(head)
            assert isinstance(gone, _Item)
            self._forget(gone)
        made = [self._make(r) for r in new[head : len(new) - tail]]
        if parent is None:
            self.insertTopLevelItems(head, made)
        else:
            parent.insertChildren(head, made)
        for item in made:
            self._settle(item, path)

    def _update(self, item: _Item, path: _Path, old: Row, new: Row) -> None:
        if old == new:
            return
        if old[:-1] != new[:-1]:
            self.changed += 1
            self._paint(item, new)
        item.row = new
        self._sync(item, (*path, new.key), old.children, new.children)

    def _make(self, row: Row) -> _Item:
        self.created += 1
        item = _Item(row)
        self._by_id.setdefault(row.key, []).append(item)
        self._paint(item, row)
        item.addChildren([self._make(r) for r in row.children])
        return item

    def _forget(self, item: _Item) -> None:
        """Drop a removed row and its subtree from the id index."""
        same = [it for it in self._by_id.get(item.row.key, []) if it is not item]
        if same:
            self._by_id[item.row.key] = same
        else:
            self._by_id.pop(item.row.key, None)
        for i in range(item.childCount()):
            self._forget(self._child(item, i))

    def _paint(self, item: _Item, row: Row) -> None:
        item.setText(0, row.text)
        item.setData(0, _SPOKEN, row.spoken)
        item.setData(0, ID_ROLE, row.key)
        item.setToolTip(0, row.tooltip)
        item.setData(0, Qt.ItemDataRole.DecorationRole, role_color(row.role) if row.role else None)
        flags = item.flags()
        on = Qt.ItemFlag.ItemIsEnabled
        item.setFlags(flags | on if row.enabled else flags & ~on)

    def _settle(self, item: _Item, parent_path: _Path) -> None:
        """Expand (unless it was collapsed) and select (if its claim was selected) a new row and its subtree."""
        path = (*parent_path, item.row.key)
        if item.row.key in self._selected:
            item.setSelected(True)
            self._new_selected.append(item)
        if item.childCount():
            item.setExpanded(path not in self._collapsed)
            for i in range(item.childCount()):
                self._settle(self._child(item, i), path)

    def _path(self, item: QTreeWidgetItem) -> _Path:
        parts: list[str] = []
        node: QTreeWidgetItem | None = item
        while node is not None:
            parts.append(str(node.data(0, ID_ROLE)))
            node = node.parent()
        return tuple(reversed(parts))

    def _select_ids(self, ids: list[str]) -> None:
        """Select exactly the rows of these claims (through the id index: no walk over the tree)."""
        wanted = [it for cid in dict.fromkeys(ids) for it in self._by_id.get(cid, [])]
        now = self.selectedItems()
        if {id(it) for it in now} == {id(it) for it in wanted}:
            return
        keep = {id(it) for it in wanted}
        for it in now:
            if id(it) not in keep:
                it.setSelected(False)
        for it in wanted:
            it.setSelected(True)
        if wanted:
            self.setCurrentItem(wanted[0], 0, self.selectionModel().SelectionFlag.NoUpdate)
            self.scrollToItem(wanted[0])

    def selected_claims(self) -> list[str]:
        """Ids of the selected claims, in the order they were selected, without repeats."""
        if self._map is None:
            return []
        picked = [str(it.data(0, ID_ROLE)) for it in self.selectedItems()]
        kept = [cid for cid in self.selection.ids if cid in picked]
        kept += [cid for cid in picked if cid not in kept]
        return [cid for cid in dict.fromkeys(kept) if cid in self._claim_ids]

    def select_claims(self, ids: list[str]) -> None:
        """Select these claims without emitting signals (sync from another view)."""
        self._syncing = True
        try:
            self._select_ids(ids)
        finally:
            self._syncing = False

    def _on_selection(self) -> None:
        if self._syncing:
            return
        picked = self.selected_claims()
        before = self.selection.ids
        order = [c for c in before if c in picked] + [c for c in picked if c not in before]
        self.selection.set(order)
        self.claimsSelected.emit(order)
        current = self.currentItem()
        cid = str(current.data(0, ID_ROLE)) if current is not None and current.isSelected() else None
        if cid is not None and cid in self._claim_ids:
            self.claimSelected.emit(cid)
