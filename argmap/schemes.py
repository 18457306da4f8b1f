"""Argumentation schemes and their critical questions, loaded from resources/schemes/*.json.

A scheme's `id` is the name AIF/AIFdb and OVA write on an RA/CA node ("Expert Opinion"),
so `Argument.scheme` round-trips with OVA as it is; `aif` is False for the patterns
AIF has no inference scheme for (Bias), which the AIF export leaves unnamed. The UI
shows `label` and the critical questions as a checklist. Every question is worded to be
answered yes or no, and stores `doubt`, the answer that raises the doubt (for "Are there
bad consequences...?" that is "yes"); giving it offers `objection_op`, which adds the
matching objection (an undercut of the reason, or an attack on one of its premises)
and records the answer, as one undo step.

    schemes = load_schemes()                     # every file in resources/schemes
    s = schemes.find(argument.scheme or "")      # tolerant of AIF spellings
    op = objection_op(m, schemes, "a5", "trustworthiness")
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError

from argmap.io.errors import LoadError
from argmap.io.files import read_limited
from argmap.limits import LIMITS
from argmap.model import Answer, Argument, ArgumentMap, Claim, Relation, Role, Strict
from argmap.ops import AddArgument, AddClaim, Batch, EditArgument, Op, OpError
from argmap.paths import resource


class CriticalQuestion(Strict):
    """One critical question (a yes/no question), the answer that raises the doubt, and the objection it calls for."""

    id: str = Field(min_length=1)
    text: str
    doubt: Literal["yes", "no"] = "no"
    """The answer that raises the doubt and offers the objection."""
    objection: Literal["undercut", "premise"]
    """"undercut": attack the inference; "premise": attack one of its premises."""
    premise: int = 0
    """Which scheme premise a "premise" objection attacks (0-based)."""
    suggestion: str = ""
    """Wording offered for the objection claim."""


class Scheme(Strict):
    """An argumentation scheme: AIF name, premises, conclusion, critical questions."""

    id: str = Field(min_length=1)
    aifdb_id: int | None = None
    aliases: list[str] = Field(default_factory=list)
    kind: Literal["support", "attack"] = "support"
    aif: bool = True
    """AIF/AIFdb has an inference scheme of this name (the AIF export writes it only then)."""
    label: str
    source: str = ""
    """Where the scheme and its questions come from."""
    premises: list[str] = Field(default_factory=list)
    conclusion: str = ""
    questions: list[CriticalQuestion] = Field(default_factory=list)

    def question(self, question_id: str) -> CriticalQuestion:
        """The critical question with this id; KeyError if there is none."""
        for q in self.questions:
            if q.id == question_id:
                return q
        raise KeyError(question_id)


class SchemeSet(Strict):
    """A file of schemes (resources/schemes/*.json)."""

    format: Literal["argmap-schemes"]
    version: int = 1
    name: str = ""
    note: str = ""
    schemes: list[Scheme]


class Schemes:
    """All loaded schemes, looked up by id or by any alias, ignoring case, spaces and "Argument from"."""

    def __init__(self, sets: list[SchemeSet]) -> None:
        self.sets = sets
        self.all: list[Scheme] = [s for st in sets for s in st.schemes]
        self._by_key: dict[str, Scheme] = {}
        for s in self.all:
            for name in (s.id, *s.aliases):
                self._by_key.setdefault(_key(name), s)

    def find(self, name: str) -> Scheme | None:
        """The scheme called `name` (id or alias), or None."""
        return self._by_key.get(_key(name)) if name else None

    def for_relation(self, relation: Relation) -> list[Scheme]:
        """Schemes that fit a support or an attack, for the scheme picker."""
        return [s for s in self.all if s.kind == relation.value]


def _key(name: str) -> str:
    k = re.sub(r"[^a-z0-9]", "", name.lower())
    return k.removeprefix("argumentfrom")


def load_scheme_file(path: Path) -> SchemeSet:
    """One scheme file; LoadError naming the file and place if it is malformed."""
    data = read_limited(path, LIMITS.map_file_bytes)
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise LoadError(path, f"is not a JSON scheme file ({e})") from None
    try:
        return SchemeSet.model_validate(doc)
    except ValidationError as e:
        err = e.errors()[0]
        place = ".".join(str(x) for x in err.get("loc", ()))
        raise LoadError(path, str(err.get("msg", "invalid")), place) from None


@cache
def load_schemes(folder: Path | None = None) -> Schemes:
    """Every scheme file in `folder` (default resources/schemes), in file-name order."""
    where = folder or resource("schemes")
    return Schemes([load_scheme_file(p) for p in sorted(where.glob("*.json"))])


def objection_op(
    m: ArgumentMap, schemes: Schemes, argument_id: str, question_id: str, text: str | None = None
) -> Op:
    """The edit for giving a critical question its doubt-raising answer: add the matching objection, record the answer.

    A "premise" question attacks the argument's premise at the scheme's premise index
    (the last premise when the argument has fewer); an "undercut" question attacks
    the argument itself. `text` is the objection's wording (default: the suggestion).
    """
    try:
        arg: Argument = m.argument(argument_id)
    except KeyError:
        raise OpError(f"no argument with id {argument_id!r}") from None
    scheme = schemes.find(arg.scheme or "")
    if scheme is None:
        raise OpError(f"argument {argument_id!r} has no known scheme")
    try:
        q = scheme.question(question_id)
    except KeyError:
        raise OpError(f"scheme {scheme.id!r} has no critical question {question_id!r}") from None
    claim_id = m.new_id("c")
    wording = text or q.suggestion or q.text
    claim = Claim(id=claim_id, text=wording, role=Role.OBJECTION, note=f"{scheme.label}: {q.text}")
    target = arg.id if q.objection == "undercut" else arg.premises[min(q.premise, len(arg.premises) - 1)]
    attack = Argument(
        id=m.new_id("a", {claim_id}), premises=[claim_id], relation=Relation.ATTACK, target=target
    )
    answers = {**arg.answers, q.id: Answer(q.doubt)}
    return Batch(
        [AddClaim(claim), AddArgument(attack), EditArgument(arg.id, {"answers": answers})],
        "Add objection from critical question",
    )
