"""The outline widget: a QTreeWidget updated in place from diffs of the map's rows; lazy on big maps."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget
from typing_extensions import override

from argmap.model import ArgumentMap
from ui.document.selection import Selection
from ui.look.palette import role_color
from ui.outline.rows import MapIndex, Path, Row, RowBuilder, opened_within
from ui.outline.wrapping import WrappingDelegate

ID_ROLE = Qt.ItemDataRole.UserRole
_SPOKEN = Qt.ItemDataRole.AccessibleTextRole
_Path = Path
LAZY_CLAIMS = 5_000
"""A map with more claims is listed lazily: rows are made when the reader opens a row (or a claim
is selected elsewhere), so opening, editing and selecting never make a row per claim."""
FIRST_ROWS = 1_000
"""A lazy outline opens level by level from the top while at most this many rows show."""
_FOLDED = QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator
_UNFOLDED = QTreeWidgetItem.ChildIndicatorPolicy.DontShowIndicatorWhenChildless


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
        self._index: MapIndex | None = None
        self._opened: set[_Path] | None = None
        """Rows whose rows below are made (lazy outline of a big map); None: every row is made."""
        self._pending = False
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.setInterval(50)
        self._first.timeout.connect(self._list_first)
        self.created = 0
        """Rows created since the view was made (with `changed`: what an edit cost; for tests, benchmarks)."""
        self.changed = 0
        """Existing rows whose text, spoken text, colour or state was rewritten."""
        self.itemSelectionChanged.connect(self._on_selection)
        self.itemCollapsed.connect(lambda it: self._collapsed.add(self._path(it)))
        self.itemExpanded.connect(self._on_expanded)

    @override
    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        if e.size().width() != e.oldSize().width():
            self.scheduleDelayedItemsLayout()  # wrapped rows take their new heights

    def set_map(self, m: ArgumentMap) -> None:
        """Bring the tree in line with the map, touching only rows that differ; keeps selection and collapse.

        A big map opened afresh is listed once the window has painted (`filling` until then).
        """
        if m is not self._map:  # another document: its big outline opens at the top
            self._map = m
            self._collapsed = set()
            self._opened = None
            if len(m.claims) > LAZY_CLAIMS:
                self.clear()
                self._rows, self._by_id, self._index, self._opened = (), {}, None, set()
                self._pending = True
                QTimer.singleShot(0, lambda: self._first.start(50))  # two hops: the window paints first
                return
            self._pending = False
        if self._pending:
            self._index = None  # edited while being indexed: index it again, as it is now
            return
        self._index = MapIndex(m)
        self._claim_ids = set(self._index.claims)
        self._refresh()

    @property
    def filling(self) -> bool:
        """True from opening a big map until it is listed (after the window's first paint)."""
        return self._pending

    def _list_first(self) -> None:
        """One step of listing a big map afresh: index a slice of it, or (once indexed) show its top rows."""
        if not self._pending or self._map is None:
            return
        if self._index is None or self._index.steps is None:
            self._index = MapIndex(self._map, later=True)
        steps = self._index.steps
        if steps is not None and next(steps, True) is None:
            self._first.start(0)  # more to index, after the events waiting
            return
        self._index.steps = None
        self._pending = False
        self._claim_ids = set(self._index.claims)
        self._opened = opened_within(self._index, self._only, FIRST_ROWS)
        self._refresh()
        self.select_claims(self.selection.ids)  # what was selected meanwhile

    @property
    def lazy(self) -> bool:
        """True when rows are made as the reader opens them (a map of over `LAZY_CLAIMS` claims)."""
        return self._opened is not None

    def _refresh(self) -> None:
        """Rows made again from the indexed map, the tree updated where they differ."""
        if self._index is None or self._pending:
            return  # a big map still being indexed is listed when it is done
        rows = RowBuilder(self._index, self._only, self._opened).build()
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

    def _on_expanded(self, item: QTreeWidgetItem) -> None:
        path = self._path(item)
        self._collapsed.discard(path)
        if self._opened is not None and isinstance(item, _Item) and item.row.folded:
            self._opened.add(path)  # its rows are made now, and kept while the map stays open
            if not self._syncing:
                self._refresh()

    def _reveal(self, claim_id: str) -> None:
        """Make the rows down to one row of this claim (lazy outline), opening its branch."""
        if self._opened is None or self._index is None or claim_id in self._by_id:
            return
        path = self._index.path_to(claim_id)
        if path is None:
            return
        for k in range(1, len(path)):
            self._opened.add(path[:k])
            self._collapsed.discard(path[:k])
        syncing, self._syncing = self._syncing, True
        try:
            self._refresh()
        finally:
            self._syncing = syncing

    def set_filter(self, claim_ids: set[str] | None) -> None:
        """Show only branches that contain these claims (None: everything)."""
        self._only = claim_ids
        if self._map is not None:
            self._refresh()

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
        item.setChildIndicatorPolicy(_FOLDED if row.folded else _UNFOLDED)

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
        """Select exactly the rows of these claims (through the id index: no walk over the tree).

        A lazy outline makes the rows down to the first claim if they are not made yet.
        """
        if ids:
            self._reveal(ids[0])
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
