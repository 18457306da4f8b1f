"""The claims outline: the map as a tree (conclusions, their reasons and objections), kept in sync."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)
from typing_extensions import override

from argmap.model import Argument, ArgumentMap, Claim, Relation
from ui.palette import role_color, role_label

ID_ROLE = Qt.ItemDataRole.UserRole
MAX_DEPTH = 60
"""Deeper branches (or circular reasoning) are cut: the tree is for reading, not for proof."""


def _relation_word(a: Argument, claims: dict[str, Claim]) -> tuple[str, str]:
    """(mark shown, words read by a screen reader) for an argument's relation."""
    if a.relation is Relation.SUPPORT:
        return "+", "supported because"
    if a.target not in claims:
        return "− undercut:", "undercut by"
    return "−", "objected to by"


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped wording at the view's current width."""

    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self._view = view

    @override
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        base = super().sizeHint(option, index)
        depth, parent = 1, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self._view.viewport().width() - self._view.indentation() * depth - base.height() - 8
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        flags = int(Qt.TextFlag.TextWordWrap.value)
        rect = QFontMetrics(option.font).boundingRect(QRect(0, 0, max(60, width), 100_000), flags, text)
        return QSize(base.width(), max(base.height(), rect.height() + 6))


class OutlineView(QTreeWidget):
    """A tree of claims. Emits `claimSelected(id)` for the current item and `claimsSelected(ids)`."""

    claimSelected = Signal(str)
    claimsSelected = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setAccessibleName("Claims outline")
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setItemDelegate(_WrappingDelegate(self))
        # A scroll bar that came and went would change the width, the wrapping, the height... forever.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.header().setStretchLastSection(True)
        self.setUniformRowHeights(False)
        self._map: ArgumentMap | None = None
        self._only: set[str] | None = None
        self._syncing = False
        self._order: list[str] = []
        self._claims: dict[str, Claim] = {}
        self._reasons: dict[str, list[Argument]] = {}
        self.itemSelectionChanged.connect(self._on_selection)

    @override
    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        if e.size().width() != e.oldSize().width():
            self.scheduleDelayedItemsLayout()  # wrapped rows take their new heights

    def set_map(self, m: ArgumentMap) -> None:
        """Rebuild the tree from the map, keeping which claims were selected and collapsed."""
        self._map = m
        self._claims = {c.id: c for c in m.claims}
        self._reasons = {}
        for a in m.arguments:
            self._reasons.setdefault(a.target, []).append(a)
        selected = self.selected_claims()
        collapsed = {self._path(it) for it in self._all_items() if it.childCount() and not it.isExpanded()}
        self._syncing = True
        try:
            self.clear()
            for root in m.roots():
                if self._only is None or self._visible_branch(root.id, set()):
                    self._add_claim(None, root.id, "", 0, set())
            for it in self._all_items():
                it.setExpanded(self._path(it) not in collapsed)
            self._select_ids(selected)
        finally:
            self._syncing = False

    def set_filter(self, claim_ids: set[str] | None) -> None:
        """Show only branches that contain these claims (None: everything)."""
        self._only = claim_ids
        if self._map is not None:
            self.set_map(self._map)

    def _visible_branch(self, cid: str, seen: set[str]) -> bool:
        assert self._map is not None and self._only is not None
        if cid in self._only:
            return True
        if cid in seen:
            return False
        seen.add(cid)
        return any(self._visible_branch(p, seen) for a in self._reasons.get(cid, []) for p in a.premises)

    def _add_claim(
        self, parent: QTreeWidgetItem | None, cid: str, prefix: str, depth: int, path: set[str]
    ) -> QTreeWidgetItem:
        assert self._map is not None
        claim = self._claims[cid]
        label = f"{role_label(claim.role)}: {claim.text}"
        if not claim.spans and not claim.implicit:
            label += "  (not in the article)"
        mark, spoken = prefix.split("|", 1) if prefix else ("", "")
        item = QTreeWidgetItem([f"{mark} {label}" if mark else label])
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{spoken} {label}" if spoken else label)
        item.setData(0, ID_ROLE, cid)
        item.setToolTip(0, claim.text)
        item.setData(0, Qt.ItemDataRole.DecorationRole, role_color(claim.role))
        if self._only is not None and cid not in self._only:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        if parent is None:
            self.addTopLevelItem(item)
        else:
            parent.addChild(item)
        if depth >= MAX_DEPTH or cid in path:
            return item
        path = path | {cid}
        for a in self._reasons.get(cid, []):
            self._add_argument(item, a, depth + 1, path)
        return item

    def _add_argument(self, parent: QTreeWidgetItem, a: Argument, depth: int, path: set[str]) -> None:
        assert self._map is not None
        mark, spoken = _relation_word(a, self._claims)
        if len(a.premises) == 1:
            holder = self._add_claim(parent, a.premises[0], f"{mark}|{spoken}", depth, path)
        else:
            holder = QTreeWidgetItem([f"{mark} together:"])
            holder.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{spoken} these together")
            holder.setData(0, ID_ROLE, a.id)
            parent.addChild(holder)
            for p in a.premises:
                self._add_claim(holder, p, "", depth, path)
        if depth < MAX_DEPTH:
            for u in self._reasons.get(a.id, []):
                self._add_argument(holder, u, depth + 1, path)

    def _all_items(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []
        stack = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while stack:
            it = stack.pop()
            if it is None:
                continue
            out.append(it)
            stack.extend(it.child(i) for i in range(it.childCount()))
        return out

    def _path(self, item: QTreeWidgetItem) -> tuple[str, ...]:
        parts: list[str] = []
        node: QTreeWidgetItem | None = item
        while node is not None:
            parts.append(str(node.data(0, ID_ROLE)))
            node = node.parent()
        return tuple(reversed(parts))

    def _select_ids(self, ids: list[str]) -> None:
        wanted = set(ids)
        first: QTreeWidgetItem | None = None
        for it in self._all_items():
            on = it.data(0, ID_ROLE) in wanted
            it.setSelected(on)
            if on and first is None:
                first = it
        if first is not None:
            self.setCurrentItem(first, 0, self.selectionModel().SelectionFlag.NoUpdate)
            self.scrollToItem(first)

    def selected_claims(self) -> list[str]:
        """Ids of the selected claims, in the order they were selected, without repeats."""
        if self._map is None:
            return []
        claims = self._claims
        picked = [str(it.data(0, ID_ROLE)) for it in self.selectedItems()]
        kept = [cid for cid in self._order if cid in picked]
        kept += [cid for cid in picked if cid not in kept]
        return [cid for cid in dict.fromkeys(kept) if cid in claims]

    def select_claims(self, ids: list[str]) -> None:
        """Select these claims without emitting signals (sync from another view)."""
        self._syncing = True
        try:
            self._order = list(ids)
            self._select_ids(ids)
        finally:
            self._syncing = False

    def _on_selection(self) -> None:
        if self._syncing:
            return
        picked = self.selected_claims()
        self._order = [c for c in self._order if c in picked] + [c for c in picked if c not in self._order]
        self.claimsSelected.emit(list(self._order))
        current = self.currentItem()
        cid = str(current.data(0, ID_ROLE)) if current is not None and current.isSelected() else None
        if cid is not None and cid in self._claims:
            self.claimSelected.emit(cid)
