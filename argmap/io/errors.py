"""The error every loader raises for input a user gave it: one message naming file, place and problem."""

from __future__ import annotations

from pathlib import Path


class LoadError(Exception):
    """An input that cannot be read as what was asked for.

    `str(err)` is the whole user-facing message: "FILE: PLACE: PROBLEM" (place optional).
    """

    def __init__(self, source: str | Path, problem: str, place: str = "") -> None:
        self.source = str(source)
        self.problem = problem
        self.place = place
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The message shown to the user."""
        where = f"{self.source}: {self.place}" if self.place else self.source
        return f"{where}: {self.problem}"


class SaveError(Exception):
    """A file could not be written (read-only folder, full disk...); the old file is intact."""
