"""The argument-map document: pydantic v2 models for article, spans, claims, arguments, tags, layout."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    JsonValue,
    SerializerFunctionWrapHandler,
    field_serializer,
    field_validator,
    model_serializer,
    model_validator,
)

SCHEMA_VERSION = 3
"""Newest native file format this build reads (and writes when a map needs it); see io/migrations.py.

A map is written as version 2 unless it uses a field of version 3 (`Argument.aim` on the
premises, `Article.author` or `date`, `Classroom.alternative_theses`): an argmap that reads
only version 2 then refuses the file with "update argmap" instead of dropping those fields
on its next save. Maps that use none of them keep the exact bytes older builds wrote.
"""

PLAIN_SCHEMA_VERSION = 2
"""The version written for a map that uses nothing newer (every older argmap since 2 opens it whole)."""

CONTEXT_CHARS = 32
"""Characters of context kept before and after a span's quote to re-find it."""

Id = Annotated[str, Field(min_length=1, max_length=200)]


class Strict(BaseModel):
    """Base of argmap's own models: unknown fields are an error, assignment is validated."""

    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Origin(Strict):
    """Where an imported element came from, so an export can write it back."""

    format: str
    """Format id of the source (`aif`, `argdown`, `kialo`, `microtext`, ...)."""
    id: str | None = None
    """The element's id in the source file."""
    data: dict[str, JsonValue] = Field(default_factory=dict)
    """Fields of the source that argmap does not model, kept verbatim."""


class Article(Strict):
    """The text being annotated, exactly as shown to the user (newlines normalised to LF)."""

    text: str
    title: str = ""
    source: str = ""
    """File name or URL the text came from."""
    format: str = "txt"
    """Format the text was extracted from: txt, md, html, pdf, docx, microtext, paste."""
    sha256: str = ""
    """Hex digest of `text` (UTF-8); filled in when empty, checked by validation."""
    author: str = Field(default="", exclude_if=lambda v: not v)
    """Who wrote the article, as its file says (a web page's author metadata); empty when unknown.
    Left out of saved files when empty, so maps without it stay byte for byte the same."""
    date: str = Field(default="", exclude_if=lambda v: not v)
    """When the article was published, as its file says (ISO `YYYY-MM-DD` when known); empty when unknown."""

    @model_validator(mode="after")
    def _normalise(self) -> Article:
        if "\r" in self.text:
            self.text = self.text.replace("\r\n", "\n").replace("\r", "\n")
        if not self.sha256:
            self.sha256 = text_hash(self.text)
        return self


def text_hash(text: str) -> str:
    """Content hash of an article text."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class Span(Strict):
    """A half-open `[start, end)` range of code points in `Article.text` with its quote and context."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    quote: str
    before: str = Field(default="", max_length=CONTEXT_CHARS)
    after: str = Field(default="", max_length=CONTEXT_CHARS)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        return self

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span of `text[start:end]`, with its quote and context taken from the text."""
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"span [{start}, {end}) is outside a text of {len(text)} characters")
        return cls(
            start=start,
            end=end,
            quote=text[start:end],
            before=text[max(0, start - CONTEXT_CHARS) : start],
            after=text[end : end + CONTEXT_CHARS],
        )

    def matches(self, text: str) -> bool:
        """True when the quote still stands at the span's offsets in `text`."""
        return self.end <= len(text) and text[self.start : self.end] == self.quote


class Role(StrEnum):
    """The tag a reader gave a claim; a label for the reader, not the structure."""

    NONE = "none"
    CONCLUSION = "conclusion"
    PREMISE = "premise"
    OBJECTION = "objection"
    REBUTTAL = "rebuttal"


class Strength(StrEnum):
    """A coarse base score a student sets for a claim (evaluation)."""

    NONE = "none"
    WEAK = "weak"
    MEDIUM = "medium"
    STRONG = "strong"


class Claim(Strict):
    """A statement: its wording, where the article makes it, its role, tags and note."""

    kind: Literal["claim"] = "claim"
    id: Id
    text: str
    spans: list[Span] = Field(default_factory=list)
    role: Role = Role.NONE
    tags: list[Id] = Field(default_factory=list)
    """Ids of `ArgumentMap.tags`, in the order the user gave them."""
    note: str = ""
    implicit: bool = False
    """An unstated premise that the reader supplies (it has no span by nature)."""
    strength: Strength | None = None
    """Base score for gradual evaluation; None means not set."""
    origin: Origin | None = None


class Relation(StrEnum):
    """What an argument does to its target."""

    SUPPORT = "support"
    ATTACK = "attack"


class Aim(StrEnum):
    """What a reason aimed at another argument bears on (read only when its target is an argument)."""

    INFERENCE = "inference"
    """The step from the premises to the conclusion: an attack on it is an undercut."""
    PREMISES = "premises"
    """The argument as a whole through its premises (Argdown's `+`/`-` on an argument, AIF's
    conflict with a premise): an attack says some premise is false, not that the step fails."""


class Answer(StrEnum):
    """An answer to a critical question of an argumentation scheme."""

    UNANSWERED = "unanswered"
    YES = "yes"
    NO = "no"


class Argument(Strict):
    """An inference: linked premises that together support or attack a claim or another argument.

    Convergent reasons are separate arguments. An attack whose target is an argument
    is an undercut when its `aim` is the inference (the default), an attack on the
    argument's premises when its `aim` is `premises`.
    """

    kind: Literal["argument"] = "argument"
    id: Id
    premises: list[Id] = Field(min_length=1)
    relation: Relation
    target: Id
    aim: Aim = Aim.INFERENCE
    """When the target is an argument: its inference (undercut) or its premises (Argdown's attack)."""
    scheme: str | None = None
    """Scheme id from resources/schemes (AIFdb naming), if the user chose one."""
    answers: dict[str, Answer] = Field(default_factory=dict)
    """Critical-question id -> the user's answer."""
    relevance: float | None = Field(default=None, ge=0.0, le=1.0)
    """How much the premises bear on the target (Kialo's impact); None means full."""
    note: str = ""
    origin: Origin | None = None

    @field_serializer("answers")
    def _sorted_answers(self, answers: dict[str, Answer]) -> dict[str, Answer]:
        return dict(sorted(answers.items()))

    @model_serializer(mode="wrap")
    def _default_aim_unwritten(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        """Files keep the shape they had before `aim` existed unless a reason aims at premises."""
        data: dict[str, Any] = handler(self)
        if self.aim is Aim.INFERENCE:
            data.pop("aim", None)
        return data


class Tag(Strict):
    """A user-defined label with a colour."""

    id: Id
    name: str = Field(min_length=1, max_length=200)
    color: str = Field(default="#888888", pattern=r"^#[0-9a-fA-F]{6}$")


class Point(Strict):
    """A position in map coordinates (pixels at 100% zoom, y down)."""

    x: float
    y: float


class Direction(StrEnum):
    """Which way the map grows from its conclusions."""

    TOP_DOWN = "top-down"
    LEFT_RIGHT = "left-right"


class Layout(Strict):
    """Layout state that belongs to the document: pins, collapsed branches, direction."""

    direction: Direction = Direction.TOP_DOWN
    pins: dict[Id, Point] = Field(default_factory=dict)
    """Node id -> centre of its box where the user put it; the layout keeps it there."""
    hints: dict[Id, Point] = Field(default_factory=dict)
    """Box centres from another tool on import; a starting point for layout, never pinned."""
    collapsed: list[Id] = Field(default_factory=list)
    """Claims whose reasons are hidden."""

    @field_serializer("pins", "hints")
    def _sorted_points(self, points: dict[str, Point]) -> dict[str, Point]:
        return dict(sorted(points.items()))


class Meta(Strict):
    """Bookkeeping about the file."""

    created: datetime = Field(default_factory=lambda: datetime.now(UTC))
    modified: datetime = Field(default_factory=lambda: datetime.now(UTC))
    app_version: str = ""


class Classroom(Strict):
    """Classroom bookkeeping: the assignment a map was made for, its student, the reference flag."""

    assignment_id: str = Field(default="", max_length=200)
    """Id of the assignment package the map was started from ("" when none)."""
    student: str = Field(default="", max_length=200)
    """The student's name as they typed it."""
    reference: bool = False
    """The teacher marked this map as the reference that Map Match compares students with."""
    alternative_theses: list[Claim] = Field(default_factory=list, exclude_if=lambda v: not v)
    """Other main conclusions the teacher accepts in a reference (wording and spans; not drawn)."""


class ArgumentMap(Strict):
    """The whole document: at most one article, claims, arguments, tags and layout."""

    schema_version: int = Field(
        default=SCHEMA_VERSION,
        ge=1,
        le=SCHEMA_VERSION,
        description=(
            "Version of the file format: 2, or 3 when the map uses a field added in 3 (an argument's "
            "`aim` of `premises`, the article's `author` or `date`, the classroom's `alternative_theses`). "
            f"argmap reads 1 to {SCHEMA_VERSION} and refuses a newer file rather than drop what it cannot read."
        ),
    )
    """Read from a file after its migrations (so always SCHEMA_VERSION in memory); written as `written_version`."""
    title: str = ""
    article: Article | None = None
    claims: list[Claim] = Field(default_factory=list)
    arguments: list[Argument] = Field(default_factory=list)
    tags: list[Tag] = Field(default_factory=list)
    layout: Layout = Field(default_factory=Layout)
    meta: Meta = Field(default_factory=Meta)
    origin: Origin | None = None
    """The file this map was imported from, with map-level fields argmap does not model."""
    classroom: Classroom | None = None
    """Assignment id, student name and reference flag (schema 2); None outside a classroom."""

    @field_validator("schema_version")
    @classmethod
    def _current_in_memory(cls, version: int) -> int:
        """A map in memory is always of the newest version: migrations ran on load, writing picks the number."""
        del version
        return SCHEMA_VERSION

    @field_serializer("schema_version")
    def _versioned(self, version: int) -> int:
        """The file says 3 only when the map uses a field of version 3, else 2 (see SCHEMA_VERSION)."""
        del version
        return self.written_version()

    def written_version(self) -> int:
        """The schema version a file of this map says: the oldest that holds everything in it."""
        a = self.article
        if (
            (a is not None and (a.author or a.date))
            or (self.classroom is not None and self.classroom.alternative_theses)
            or any(x.aim is Aim.PREMISES for x in self.arguments)
        ):
            return 3
        return PLAIN_SCHEMA_VERSION

    def claim(self, claim_id: str) -> Claim:
        """The claim with this id; KeyError if there is none."""
        for c in self.claims:
            if c.id == claim_id:
                return c
        raise KeyError(claim_id)

    def argument(self, argument_id: str) -> Argument:
        """The argument with this id; KeyError if there is none."""
        for a in self.arguments:
            if a.id == argument_id:
                return a
        raise KeyError(argument_id)

    def tag(self, tag_id: str) -> Tag:
        """The tag with this id; KeyError if there is none."""
        for t in self.tags:
            if t.id == tag_id:
                return t
        raise KeyError(tag_id)

    def node(self, node_id: str) -> Claim | Argument:
        """A claim or an argument by id."""
        for c in self.claims:
            if c.id == node_id:
                return c
        return self.argument(node_id)

    def ids(self) -> set[str]:
        """Every id in use (claims, arguments, tags share one namespace)."""
        return {c.id for c in self.claims} | {a.id for a in self.arguments} | {t.id for t in self.tags}

    def new_id(self, prefix: str, taken: Iterable[str] = ()) -> str:
        """A fresh id `prefix<n>` not used in this map nor in `taken` (ids already handed out for the same edit).

        The one id allocator: every edit that makes claims, arguments or tags asks here.
        """
        used = self.ids()
        used.update(taken)
        n = len(used) + 1
        while f"{prefix}{n}" in used:
            n += 1
        return f"{prefix}{n}"

    def reasons_for(self, target_id: str) -> list[Argument]:
        """Arguments whose target is this claim or argument, in document order."""
        return [a for a in self.arguments if a.target == target_id]

    def roots(self) -> list[Claim]:
        """Claims that are no argument's premise: main conclusions and unconnected claims."""
        used = {p for a in self.arguments for p in a.premises}
        return [c for c in self.claims if c.id not in used]
