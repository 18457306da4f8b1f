"""Assignment packages (`*.argmap-assignment.json`): article, starting template, weights, optional reference.

    a = new_assignment(article, "Open source AI", reference=teacher_map)
    save_assignment(student_copy(a), "for-students.argmap-assignment.json")   # no reference
    m = start_map(load_assignment(path), student="Ada")   # a student's map keeps a.id and "Ada"

The reference is hidden in the app but is plain JSON in the file: anyone who opens the
package in a text editor can read it. The teacher's export dialog must show
REFERENCE_NOTICE and offer to leave the reference out (`student_copy`).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError, field_serializer, field_validator, model_validator

from argmap.analysis.map_match import Weights
from argmap.io.errors import LoadError
from argmap.io.files import read_limited, write_atomic
from argmap.io.native import loads as loads_map
from argmap.limits import LIMITS
from argmap.model import ArgumentMap, Article, Classroom, Strict

SUFFIX = ".argmap-assignment.json"
FORMAT: Literal["argmap-assignment"] = "argmap-assignment"
FORMAT_VERSION = 2
"""Newest package version this build reads: 2 added the teacher's `pairings`. A package without
pairings is written as version 1, so an older argmap still opens it; one with pairings says 2, so
an older argmap refuses it instead of dropping them."""

REFERENCE_NOTICE = (
    "The reference map is hidden in argmap, but it is stored in the file as plain text: "
    "anyone who opens the file in a text editor can read it. Leave it out of the copy you "
    "give to students."
)
"""What the teacher's export dialog says next to the "include the reference" choice."""


class Assignment(Strict):
    """An assignment: the article to map, a starting template, the weights, maybe the reference."""

    format: Literal["argmap-assignment"] = FORMAT
    format_version: int = Field(default=FORMAT_VERSION, ge=1, le=FORMAT_VERSION)
    """In memory always FORMAT_VERSION; a file says 2 only when it holds pairings (see FORMAT_VERSION)."""
    id: str = Field(default_factory=lambda: uuid.uuid4().hex, min_length=1, max_length=200)
    title: str = ""
    instructions: str = ""
    article: Article
    template: ArgumentMap | None = None
    """The map students start from (a few boxes, or None for a blank map)."""
    weights: Weights = Field(default_factory=Weights)
    reference: ArgumentMap | None = None
    """The teacher's reference map; None in a students' copy."""
    pairings: dict[str, dict[str, str | None]] = Field(default_factory=dict, exclude_if=lambda v: not v)
    """The teacher's pairings from the Compare window: student name -> {reference claim id: student claim id or None}."""

    @field_validator("format_version")
    @classmethod
    def _current_in_memory(cls, version: int) -> int:
        del version
        return FORMAT_VERSION

    @field_serializer("format_version")
    def _versioned(self, version: int) -> int:
        """Version 2 only when the package holds pairings, which version 1 had no place for."""
        del version
        return 2 if self.pairings else 1

    @model_validator(mode="after")
    def _same_article(self) -> Assignment:
        for name, m in (("template", self.template), ("reference", self.reference)):
            if m is not None and (m.article is None or m.article.sha256 != self.article.sha256):
                raise ValueError(f"the {name} map is not made from the assignment's article")
        return self


def new_assignment(
    article: Article,
    title: str = "",
    *,
    template: ArgumentMap | None = None,
    reference: ArgumentMap | None = None,
    weights: Weights | None = None,
    instructions: str = "",
) -> Assignment:
    """A new assignment with a fresh id; the reference map is flagged as the reference."""
    ref = None
    if reference is not None:
        ref = reference.model_copy(deep=True)
        alternatives = ref.classroom.alternative_theses if ref.classroom else []
        ref.classroom = Classroom(reference=True, alternative_theses=alternatives)
    a = Assignment(
        title=title,
        instructions=instructions,
        article=article,
        template=template,
        weights=weights or Weights(),
        reference=ref,
    )
    if a.reference is not None and a.reference.classroom is not None:
        a.reference.classroom.assignment_id = a.id
    return a


def student_copy(a: Assignment, include_reference: bool = False) -> Assignment:
    """The package to hand out: the same assignment, with the reference left out unless asked for."""
    copy = a.model_copy(deep=True)
    if not include_reference:
        copy.reference = None
        copy.pairings = {}
    return copy


def start_map(a: Assignment, student: str) -> ArgumentMap:
    """A student's new map for `a`: the template (or a blank map) with the assignment id and name."""
    m = a.template.model_copy(deep=True) if a.template is not None else ArgumentMap(article=a.article)
    m.title = m.title or a.title
    m.classroom = Classroom(assignment_id=a.id, student=student.strip())
    return m


def dumps_assignment(a: Assignment) -> str:
    """The package as JSON text (deterministic, like native maps)."""
    return json.dumps(a.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def save_assignment(a: Assignment, path: str | Path) -> None:
    """Write a package atomically; raises SaveError."""
    write_atomic(path, dumps_assignment(a).encode("utf-8"))


def is_assignment(doc: object) -> bool:
    """True for a decoded JSON document that is an assignment package."""
    return isinstance(doc, dict) and doc.get("format") == FORMAT


def loads_assignment(data: bytes | str, source: str = "<assignment>") -> Assignment:
    """Parse a package; LoadError naming `source`, the place and the problem."""
    try:
        doc = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise LoadError(source, f"is not valid JSON ({e})") from None
    if not is_assignment(doc):
        raise LoadError(source, f'is not an argmap assignment package (no "format": "{FORMAT}")')
    version = doc.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise LoadError(
            source,
            f"was written by a newer version of argmap (assignment format {str(version)[:20]}; this one "
            f"reads up to {FORMAT_VERSION}): update argmap to open it",
        )
    for key in ("template", "reference"):
        sub = doc.get(key)
        if isinstance(sub, dict):
            doc[key] = loads_map(json.dumps(sub), f"{source}: {key}").model_dump(mode="json")
    try:
        return Assignment.model_validate(doc)
    except ValidationError as e:
        err = e.errors()[0]
        place = ".".join(str(x) for x in err.get("loc", ()))
        raise LoadError(source, str(err.get("msg", "invalid value")), place) from None


def load_assignment(path: str | Path) -> Assignment:
    """Read a package file."""
    return loads_assignment(read_limited(path, LIMITS.map_file_bytes), str(path))


@dataclass(frozen=True)
class Reference:
    """What grading needs from a reference file: the map, the weights, the assignment id, the teacher's pairings."""

    map: ArgumentMap
    weights: Weights
    assignment_id: str = ""
    pairings: dict[str, dict[str, str | None]] = field(default_factory=dict)


def read_reference(path: str | Path) -> Reference:
    """The reference to grade against: a map file, or an assignment package (the teacher's copy) with its reference."""
    data = read_limited(path, LIMITS.map_file_bytes)
    head = data[:4096].lstrip()
    if b'"format"' in head and FORMAT.encode() in head:
        a = loads_assignment(data, str(path))
        if a.reference is None:
            raise LoadError(
                path,
                "this assignment package holds no reference map (it is the students' copy: "
                "grade against the teacher's copy)",
            )
        return Reference(a.reference, a.weights, a.id, a.pairings)
    m = loads_map(data, str(path))
    return Reference(m, Weights(), m.classroom.assignment_id if m.classroom else "")


def load_reference(path: str | Path) -> tuple[ArgumentMap, Weights, str]:
    """(reference map, weights, assignment id or "") of a map file or an assignment package."""
    r = read_reference(path)
    return r.map, r.weights, r.assignment_id
