"""Structure coach, the reading hints a teacher marks first: tag against arrow, flat maps, headings and ads tagged.

Hints (codes): `tag-vs-arrow` a claim tagged objection (or rebuttal) drawn as a reason,
or tagged reason drawn as an objection; `flat` many reasons all hung on one claim and
nothing deeper; `heading` a heading or a fragment tagged as a claim; `boilerplate` an
advertisement, a promoted link or site furniture tagged as a claim. Used by `coach()`.
"""

from __future__ import annotations

import re

from argmap.model import ArgumentMap, Claim, Relation, Role

FLAT_MIN = 5
"""Reasons directly under one claim, with nothing deeper, from which a map counts as flat."""
MIN_WORDS = 3
"""A selection of fewer words is a fragment, not a claim."""

_BOILERPLATE = re.compile(
    r"must[- ]read|read more|read also|see also|related:|subscribe|sign up|newsletter|advertisement|"
    r"sponsored|click here|follow us|share this|all rights reserved|cookie|©",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.?!…][\"”’')\]]*\s*$")


def _short(c: Claim) -> str:
    t = " ".join(c.text.split())
    if len(t) > 50:
        t = t[:49].rsplit(" ", 1)[0] + "…"
    return f"“{t}”"


def tag_vs_arrow(m: ArgumentMap) -> list[tuple[str, str, tuple[str, ...]]]:
    """A claim whose tag says one thing and whose arrows say the other."""
    out: list[tuple[str, str, tuple[str, ...]]] = []
    by_id = {c.id: c for c in m.claims}  # m.claim() walks the list: quadratic on a 50,000-claim map
    for a in m.arguments:
        for p in a.premises:
            c = by_id.get(p)
            if c is None:
                continue
            against = c.role in (Role.OBJECTION, Role.REBUTTAL)
            if against and a.relation is Relation.SUPPORT:
                what = "an objection" if c.role is Role.OBJECTION else "a rebuttal"
                out.append(
                    (
                        "tag-vs-arrow",
                        f"{_short(c)} is tagged as {what} but drawn as a reason for what it points at: "
                        "does the author use it for or against?",
                        (c.id, a.id),
                    )
                )
            elif c.role is Role.PREMISE and a.relation is Relation.ATTACK:
                out.append(
                    (
                        "tag-vs-arrow",
                        f"{_short(c)} is tagged as a reason but drawn as an objection: "
                        "does the author use it for or against?",
                        (c.id, a.id),
                    )
                )
    return out


def flat(m: ArgumentMap) -> list[tuple[str, str, tuple[str, ...]]]:
    """Many reasons all attached to one claim, and no reason with reasons of its own."""
    premises = {p for a in m.arguments for p in a.premises}
    if any(a.target in premises for a in m.arguments):
        return []  # something is deeper than one level
    under: dict[str, list[str]] = {}
    for a in m.arguments:
        if a.relation is Relation.SUPPORT:
            under.setdefault(a.target, []).extend(a.premises)
    out: list[tuple[str, str, tuple[str, ...]]] = []
    for target, reasons in under.items():
        if len(reasons) >= FLAT_MIN and target in {c.id for c in m.claims}:
            out.append(
                (
                    "flat",
                    f"All {len(reasons)} reasons hang directly on {_short(m.claim(target))}: does any of them "
                    "support another reason rather than the conclusion itself?",
                    (target, *reasons),
                )
            )
    return out


def _lines(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for line in text.split("\n"):
        out.append((start, start + len(line)))
        start += len(line) + 1
    return out


def _line_of(lines: list[tuple[int, int]], pos: int) -> int:
    return next((i for i, (s, e) in enumerate(lines) if s <= pos <= e), len(lines) - 1)


def headings_and_boilerplate(m: ArgumentMap) -> list[tuple[str, str, tuple[str, ...]]]:
    """Claims anchored on a heading, on a fragment, or on an advertisement or site furniture."""
    if m.article is None:
        return []
    text = m.article.text
    lines = _lines(text)
    ads = {i for i, (s, e) in enumerate(lines) if _is_boilerplate(text[s:e])}
    ads |= {i + 1 for i in ads if i + 1 < len(lines) and _promoted(text, lines[i])}
    out: list[tuple[str, str, tuple[str, ...]]] = []
    for c in m.claims:
        spans = [s for s in c.spans if s.end > s.start and s.end <= len(text)]
        if not spans:
            continue
        if any(_line_of(lines, s.start) in ads for s in spans):
            out.append(
                (
                    "boilerplate",
                    f"{_short(c)} comes from an advertisement or a link to another article, not from the "
                    "author's argument: leave it out.",
                    (c.id,),
                )
            )
            continue
        problems = [_not_a_sentence(text, lines, s.start, s.end) for s in spans]
        if all(problems) and not c.implicit:
            out.append(("heading", f"{_short(c)} {problems[0]}", (c.id,)))
    return out


def _not_a_sentence(text: str, lines: list[tuple[int, int]], start: int, end: int) -> str:
    """Why the selection [start, end) is no claim (a heading, a fragment), or "" when it is fine."""
    ls, le = lines[_line_of(lines, start)]
    line = text[ls:le].strip()
    if text[start:end].strip() == line and line and not _SENTENCE_END.search(line) and len(line) < 120:
        return "is a heading, not a sentence the author argues: select the sentence that states the claim."
    if len(re.findall(r"\w+", text[start:end])) < MIN_WORDS:
        return "is a few words, not a whole claim: select the sentence that states it."
    return ""


def _is_boilerplate(line: str) -> bool:
    stripped = line.strip()
    if not stripped:
        return False
    letters = [ch for ch in stripped if ch.isalpha()]
    shouting = len(letters) >= 8 and all(ch.isupper() for ch in letters)
    return bool(_BOILERPLATE.search(stripped)) or (shouting and stripped.endswith(":"))


def _promoted(text: str, line: tuple[int, int]) -> bool:
    """A boilerplate line that introduces a link ("ANOTHER MUST-READ ON X:"): the next line is the link."""
    return text[line[0] : line[1]].rstrip().endswith(":")
