"""Preferences remembered between runs (QSettings): font size, theme, palette, layout, recent files."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QSettings

from argmap.model import Direction

MAX_RECENT = 10
FONT_SIZES = range(9, 33)
DEFAULT_FONT_SIZE = 14
"""Points: large enough to read from the back of a classroom."""


class Theme(StrEnum):
    """Colour theme of the window; SYSTEM follows the desktop's light/dark setting."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high-contrast"


PALETTES = {"okabe-ito": "Okabe-Ito (colour-blind safe)"}
"""Colour palettes for claim kinds, by id; resources/palette.json holds Okabe-Ito."""


class Settings:
    """Typed access to the app's QSettings; tests pass their own store (an .ini file)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings("argmap", "argmap")

    def _get(self, key: str, default: str) -> str:
        value = self.store.value(key, default)
        return value if isinstance(value, str) else default

    @property
    def font_size(self) -> int:
        """Point size of the article and outline text."""
        try:
            size = int(self._get("font_size", str(DEFAULT_FONT_SIZE)))
        except ValueError:
            return DEFAULT_FONT_SIZE
        return size if size in FONT_SIZES else DEFAULT_FONT_SIZE

    @font_size.setter
    def font_size(self, size: int) -> None:
        self.store.setValue("font_size", str(max(FONT_SIZES[0], min(FONT_SIZES[-1], size))))

    @property
    def theme(self) -> Theme:
        """The chosen theme; SYSTEM by default."""
        try:
            return Theme(self._get("theme", Theme.SYSTEM.value))
        except ValueError:
            return Theme.SYSTEM

    @theme.setter
    def theme(self, theme: Theme) -> None:
        self.store.setValue("theme", theme.value)

    @property
    def palette(self) -> str:
        """Id of the palette for claim kinds (see PALETTES)."""
        value = self._get("palette", "okabe-ito")
        return value if value in PALETTES else "okabe-ito"

    @palette.setter
    def palette(self, value: str) -> None:
        self.store.setValue("palette", value)

    @property
    def direction(self) -> Direction:
        """Layout direction for new maps."""
        try:
            return Direction(self._get("direction", Direction.TOP_DOWN.value))
        except ValueError:
            return Direction.TOP_DOWN

    @direction.setter
    def direction(self, value: Direction) -> None:
        self.store.setValue("direction", value.value)

    @property
    def first_run(self) -> bool:
        """True until the getting-started panel has been shown once."""
        return self._get("first_run_done", "") != "yes"

    def mark_first_run_done(self) -> None:
        """Remember that the getting-started panel was shown."""
        self.store.setValue("first_run_done", "yes")

    def recent_files(self) -> list[Path]:
        """Recently opened or saved files, newest first, only those that still exist."""
        value = self.store.value("recent_files", [])
        items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [Path(p) for p in items if isinstance(p, str) and p and Path(p).exists()]

    def add_recent(self, path: Path) -> None:
        """Put a file at the top of the recent list."""
        p = str(path.resolve())
        items = [p] + [str(x) for x in self.recent_files() if str(x) != p]
        self.store.setValue("recent_files", items[:MAX_RECENT])

    def sync(self) -> None:
        """Write pending changes to disk."""
        self.store.sync()
