"""Generated maps for scene tests: a tree of n claims with realistic wording."""

from __future__ import annotations

from argmap.model import Argument, ArgumentMap, Claim, Relation, Role

WORDS = [
    "open",
    "models",
    "safety",
    "audit",
    "research",
    "community",
    "bugs",
    "risks",
    "fixed",
    "quickly",
    "misuse",
    "incentive",
]


def tree_map(n: int, fan: int = 4) -> ArgumentMap:
    """A map of `n` claims: claim i is a reason (every fifth an objection) for claim (i - 1) // fan."""
    claims = [
        Claim(
            id=f"c{i}",
            text=" ".join(WORDS[(i * 7 + k) % len(WORDS)] for k in range(6 + i % 14)),
            role=Role.CONCLUSION if i == 0 else (Role.OBJECTION if i % 5 == 0 else Role.PREMISE),
        )
        for i in range(n)
    ]
    args = [
        Argument(
            id=f"a{i}",
            premises=[f"c{i}"],
            relation=Relation.ATTACK if i % 5 == 0 else Relation.SUPPORT,
            target=f"c{(i - 1) // fan}",
        )
        for i in range(1, n)
    ]
    return ArgumentMap(title="big", claims=claims, arguments=args)
