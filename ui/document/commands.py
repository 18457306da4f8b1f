"""The one QUndoCommand: a wrapper that applies an argmap op and keeps its inverse."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand
from typing_extensions import override

from argmap.model import ArgumentMap
from argmap.ops import Op, SetPin

MERGE_NUDGE = 1
"""Command id of arrow-key nudges of one box; consecutive nudges merge into one step."""


class OpCommand(QUndoCommand):
    """Undo step for one op (a Batch for composite edits).

    The op has already been applied once by the session (so a failing op never
    reaches the stack); the first `redo` that QUndoStack.push calls is skipped.
    """

    def __init__(
        self,
        get_map: Callable[[], ArgumentMap],
        op: Op,
        inverse: Op,
        notify: Callable[[], None],
        merge_id: int = -1,
    ) -> None:
        super().__init__(op.label)
        self._get_map = get_map
        self._op = op
        self._inverse = inverse
        self._notify = notify
        self._merge_id = merge_id
        self._skip_first_redo = True

    @override
    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._inverse = self._op.apply(self._get_map())
        self._notify()

    @override
    def undo(self) -> None:
        self._op = self._inverse.apply(self._get_map())
        self._notify()

    @override
    def id(self) -> int:
        return self._merge_id

    @override
    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, OpCommand) or other.id() != self.id() or self._merge_id < 0:
            return False
        mine, theirs = self._op, other._op
        if not (isinstance(mine, SetPin) and isinstance(theirs, SetPin) and mine.node_id == theirs.node_id):
            return False
        self._op = theirs  # keep our inverse (the position before the first nudge)
        return True
