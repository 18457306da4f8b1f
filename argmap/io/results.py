"""What an importer and an exporter hand back: the map or bytes, and what did not fit."""

from __future__ import annotations

from dataclasses import dataclass, field

from argmap.model import ArgumentMap


@dataclass
class ImportResult:
    """A map read from a foreign file and what could not be represented in it."""

    map: ArgumentMap
    warnings: list[str] = field(default_factory=list)


@dataclass
class ExportResult:
    """The bytes of an exported map and what the target format could not hold."""

    data: bytes
    losses: list[str] = field(default_factory=list)
