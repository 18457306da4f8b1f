"""Upgrades of older native files, one function per schema version step."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from argmap.model import SCHEMA_VERSION

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _v1_to_v2(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 2 added the optional `classroom` block (assignment id, student, reference flag).

    A version-1 map was made outside any assignment, so it gets no block: nothing to change.
    """
    return doc


def _v2_to_v3(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 3 names optional fields that a version-2 reader would drop: nothing to change.

    The fields (`Argument.aim` of `premises`, `Article.author` and `date`,
    `Classroom.alternative_theses`) are left out of a file when unused. One build wrote them
    into files that said 2; those read as they are. argmap now writes 3 only for a map that
    uses one of them, so a version-2 argmap refuses it with "update argmap" instead of
    dropping the fields when it saves.
    """
    return doc


MIGRATIONS: dict[int, Migration] = {1: _v1_to_v2, 2: _v2_to_v3}
"""`MIGRATIONS[n]` turns a version-n document into a version n+1 document.

Every schema change adds its step here, with a fixture file of the old version in
tests/fixtures/native/.
"""


class TooNew(ValueError):
    """The file was written by a newer argmap."""


def migrate(doc: dict[str, Any]) -> dict[str, Any]:
    """Bring a decoded native document up to SCHEMA_VERSION."""
    version = doc.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        shown = (
            repr(version) if isinstance(version, int | float | str | None) else f"a {type(version).__name__}"
        )
        raise ValueError(
            f"schema_version must be a whole number from 1 to {SCHEMA_VERSION}, not {shown[:40]}"
        )
    if version > SCHEMA_VERSION:
        raise TooNew(
            f"was written by a newer version of argmap (file format {str(version)[:20]}; this one reads "
            f"up to {SCHEMA_VERSION}): update argmap to open it"
        )
    while version < SCHEMA_VERSION:
        doc = MIGRATIONS[version](doc)
        version += 1
        doc["schema_version"] = version
    return doc
