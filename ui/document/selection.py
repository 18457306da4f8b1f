"""The one selection of a window: claim and reason ids in the order they were picked, and the current claim."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

from argmap.model import ArgumentMap


class Selection(QObject):
    """What the user has selected, shared by the map, the outline, the article, details and tags.

    `ids` holds claim and reason ids (they share one namespace) in selection order; the
    last one is what Connect and Undercut aim at. `current` is the claim the details
    panel and the article show. Views call `set` when the user selects there, and
    follow `changed` otherwise; `set` with what is already selected emits nothing,
    so following views never loop.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids: list[str] = []
        self._current: str | None = None

    @property
    def ids(self) -> list[str]:
        """Selected claim and reason ids, in selection order."""
        return list(self._ids)

    @property
    def current(self) -> str | None:
        """The claim shown in details and the article (the last claim selected), or None."""
        return self._current

    def claims(self, m: ArgumentMap) -> list[str]:
        """The selected claims of `m`, in selection order."""
        if not self._ids:
            return []
        known = {c.id for c in m.claims}
        return [i for i in self._ids if i in known]

    def reasons(self, m: ArgumentMap) -> list[str]:
        """The selected reasons (arguments) of `m`, in selection order."""
        known = {a.id for a in m.arguments}
        return [i for i in self._ids if i in known]

    def set(self, ids: Iterable[str], current: str | None = None) -> None:
        """Select exactly `ids` (in this order); `current` defaults to the last of them that is kept."""
        chosen = list(dict.fromkeys(ids))
        if current is None or current not in chosen:
            current = chosen[-1] if chosen else None
        if chosen == self._ids and current == self._current:
            return
        self._ids, self._current = chosen, current
        self.changed.emit()

    def select(self, claim_id: str) -> None:
        """Select one claim and make it current."""
        self.set([claim_id], claim_id)

    def add(self, item_id: str) -> None:
        """Add one id at the end (it becomes the last selected)."""
        self.set([*(i for i in self._ids if i != item_id), item_id], item_id)

    def clear(self) -> None:
        """Select nothing."""
        self.set([])

    def prune(self, m: ArgumentMap) -> None:
        """Drop ids the map no longer has (after an edit, undo or redo)."""
        if not self._ids and self._current is None:
            return  # nothing to look up (a big map just opened)
        known = m.ids()
        kept = [i for i in self._ids if i in known]
        current = self._current if self._current in known else None
        if kept != self._ids or current != self._current:
            self._ids, self._current = kept, current
            self.changed.emit()
