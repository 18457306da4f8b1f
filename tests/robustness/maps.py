"""Synthetic maps for robustness tests: a large, valid map built deterministically from a seed."""

from __future__ import annotations

import random
from datetime import UTC, datetime

from argmap.model import Argument, ArgumentMap, Article, Claim, Meta, Relation, Role, Span, Tag

_WORDS = [
    "open",
    "source",
    "models",
    "safety",
    "power",
    "cost",
    "developers",
    "control",
    "community",
    "trust",
    "risk",
    "data",
    "weights",
    "release",
    "closed",
    "frontier",
    "research",
    "policy",
    "innovation",
    "security",
    "ecosystem",
]


_FIXED = datetime(2026, 1, 1, tzinfo=UTC)


def large_map(n_claims: int, seed: int = 0) -> ArgumentMap:
    """A valid tree-shaped map: one article, `n_claims` anchored claims, one argument per non-root claim."""
    rng = random.Random(seed)
    sentences = [
        " ".join(rng.choice(_WORDS) for _ in range(rng.randint(5, 25))) + "." for _ in range(n_claims)
    ]
    text = " ".join(sentences)
    claims: list[Claim] = []
    arguments: list[Argument] = []
    tags = [Tag(id="t1", name="key", color="#aa3300"), Tag(id="t2", name="check", color="#0033aa")]
    pos = 0
    for i, sentence in enumerate(sentences):
        span = Span.of(text, pos, pos + len(sentence))
        pos += len(sentence) + 1
        role = Role.CONCLUSION if i == 0 else rng.choice([Role.PREMISE, Role.OBJECTION, Role.REBUTTAL])
        claims.append(
            Claim(id=f"c{i + 1}", text=sentence, spans=[span], role=role, tags=["t1"] if i % 7 == 0 else [])
        )
        if i:
            target = f"c{rng.randint(1, i)}"
            relation = Relation.ATTACK if role is Role.OBJECTION else Relation.SUPPORT
            arguments.append(Argument(id=f"a{i}", premises=[f"c{i + 1}"], relation=relation, target=target))
    return ArgumentMap(
        title=f"synthetic map {seed}",
        article=Article(text=text, title="synthetic", source="synthetic.txt"),
        claims=claims,
        arguments=arguments,
        tags=tags,
        meta=Meta(created=_FIXED, modified=_FIXED),
    )
