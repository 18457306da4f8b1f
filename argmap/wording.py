"""Counts in plain English: `counted(1, "paragraph")` is "1 paragraph", `counted(3, "paragraph")` "3 paragraphs"."""

from __future__ import annotations


def counted(n: int, singular: str, plural: str | None = None) -> str:
    """`n` and the noun, singular for exactly one (thousands separated: "1,200 claims")."""
    return f"{n:,} {singular if n == 1 else plural or singular + 's'}"


def agree(n: int, one: str, many: str) -> str:
    """The word that agrees with a count: `agree(1, "was", "were")` is "was", `agree(3, "was", "were")` "were"."""
    return one if n == 1 else many
