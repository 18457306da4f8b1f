"""Small hand-built maps for the analysis tests: a text with numbered sentences and claims on them."""

from __future__ import annotations

from argmap.model import Argument, ArgumentMap, Article, Claim, Relation, Role, Span, Strength

SENTENCES = [f"Sentence number {i} says something." for i in range(10)]
TEXT = " ".join(SENTENCES)


def sentence(i: int) -> tuple[int, int]:
    """Start and end of sentence i in TEXT (each is 33 characters, one space between)."""
    start = sum(len(s) + 1 for s in SENTENCES[:i])
    return start, start + len(SENTENCES[i])


def claim(
    cid: str,
    *sentences: int,
    role: Role = Role.NONE,
    strength: Strength | None = None,
    text: str = "",
    span: tuple[int, int] | None = None,
    implicit: bool = False,
) -> Claim:
    """A claim anchored on the given sentences (or on an explicit [start, end) range)."""
    ranges = [span] if span else [sentence(i) for i in sentences]
    return Claim(
        id=cid,
        text=text or f"claim {cid * 3}",
        spans=[Span.of(TEXT, s, e) for s, e in ranges],
        role=role,
        strength=strength,
        implicit=implicit,
    )


def arg(
    aid: str, premises: list[str], relation: str, target: str, relevance: float | None = None
) -> Argument:
    """An argument; relation "support" or "attack"."""
    return Argument(
        id=aid, premises=premises, relation=Relation(relation), target=target, relevance=relevance
    )


def make(claims: list[Claim], arguments: list[Argument], text: str = TEXT) -> ArgumentMap:
    """A map over TEXT (or another text) with these claims and arguments."""
    return ArgumentMap(article=Article(text=text), claims=claims, arguments=arguments)
