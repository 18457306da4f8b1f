"""Realistic generated argument maps for the benchmarks: trees and DAGs with wrapped claim text."""

from __future__ import annotations

import random
from collections import deque
from collections.abc import Iterator
from pathlib import Path

from argmap.model import Argument, ArgumentMap, Claim, Relation

WORDS = [
    "the",
    "a",
    "of",
    "to",
    "and",
    "in",
    "that",
    "is",
    "for",
    "it",
    "as",
    "with",
    "was",
    "on",
    "be",
    "by",
    "this",
    "are",
    "or",
    "not",
    "from",
    "at",
    "have",
    "an",
    "they",
    "which",
    "but",
    "more",
    "people",
    "their",
    "would",
    "can",
    "all",
    "will",
    "one",
    "there",
    "has",
    "been",
    "if",
    "about",
    "who",
    "than",
    "so",
    "them",
    "evidence",
    "policy",
    "cost",
    "risk",
    "public",
    "research",
    "data",
    "study",
    "shows",
    "because",
    "therefore",
    "however",
    "although",
    "government",
    "market",
    "open",
    "source",
    "model",
    "safety",
    "security",
    "innovation",
    "access",
    "developers",
    "companies",
    "society",
    "benefit",
    "harm",
    "argument",
    "claim",
    "reason",
    "trust",
    "power",
    "control",
    "freedom",
    "regulation",
    "economic",
]

CHAR_PX = 6.6
LINE_PX = 17.0
WRAP_PX = 208.0
"""The canvas's full measure (ui/map/style.TEXT_WIDTH)."""
PAD = 11.0
BOX_MIN_PX = 176.0
"""The canvas's narrowest box (ui/map/box_floor: the label line and the handle buttons)."""
BOX_MAX_PX = 230.0
"""The canvas's widest box (ui/map/style.BOX_WIDTH): box width follows the text between the two."""


def claim_text(rng: random.Random) -> str:
    """A sentence of 5-40 words."""
    n = rng.randint(5, 40)
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def box_size(text: str) -> tuple[float, float]:
    """A box for `text` wrapped at the canvas's measure, as wide as its widest line (between the canvas's
    narrowest and widest box), measured the way the canvas's sans font roughly measures."""
    line = 0.0
    lines = 1
    widest = 0.0
    for word in text.split():
        w = (len(word) + 1) * CHAR_PX
        if line and line + w > WRAP_PX:
            widest = max(widest, line)
            lines += 1
            line = 0.0
        line += w
    widest = max(widest, line)
    width = (
        BOX_MAX_PX if lines > 6 else min(BOX_MAX_PX, max(BOX_MIN_PX, widest + 2 * PAD))
    )  # long: full measure
    return (round(width), round(lines * LINE_PX + 2 * PAD))


def make_map(n: int, shape: str = "tree", seed: int = 1) -> ArgumentMap:
    """A map of `n` claims: one conclusion with reasons and objections several levels deep.

    About a fifth of the arguments have 2-3 linked premises, 40% are attacks, 3% are
    undercuts; "dag" adds a second target to 5% of the claims (a premise backing two claims).
    """
    rng = random.Random(seed)
    claims = [Claim(id="c0", text=claim_text(rng))]
    args: list[Argument] = []
    frontier: deque[int] = deque([0])
    depth = {0: 0}
    on: dict[int, list[str]] = {}
    i = 1
    while i < n:
        if not frontier:
            parent = rng.randrange(i)
        else:  # mostly breadth-first, sometimes deep
            parent = frontier.pop() if rng.random() < 0.3 else frontier.popleft()
        fan = max(1, min(n - i, int(rng.expovariate(1 / 3.2)) + (6 if parent == 0 else 1)))
        for _ in range(fan):
            if i >= n:
                break
            k = min(n - i, rng.choice((1, 1, 1, 1, 2, 2, 3)))
            prem = [f"c{i + j}" for j in range(k)]
            for j in range(k):
                claims.append(Claim(id=f"c{i + j}", text=claim_text(rng)))
                depth[i + j] = depth[parent] + 1
                frontier.append(i + j)
            i += k
            mine = on.setdefault(parent, [])
            if mine and rng.random() < 0.03:
                target, rel = rng.choice(mine), Relation.ATTACK
            else:
                target = f"c{parent}"
                rel = Relation.ATTACK if rng.random() < 0.4 else Relation.SUPPORT
                mine.append(f"a{len(args)}")
            args.append(Argument(id=f"a{len(args)}", premises=prem, relation=rel, target=target))
    if shape == "dag":
        for c in range(1, n):
            if rng.random() < 0.05:
                t = rng.randrange(c)
                if depth[t] < depth[c]:
                    args.append(
                        Argument(
                            id=f"a{len(args)}", premises=[f"c{c}"], relation=Relation.SUPPORT, target=f"c{t}"
                        )
                    )
    return ArgumentMap(title=f"bench {shape} {n}", claims=claims, arguments=args)


def sizes_of(m: ArgumentMap) -> dict[str, tuple[float, float]]:
    """Box sizes of every claim, as the canvas would measure them."""
    return {c.id: box_size(c.text) for c in m.claims}


CORPORA_EXT = (".json", ".argdown", ".ad", ".xml", ".txt")
"""File endings of the shared corpora's argument maps."""


def readable_corpus_maps(root: Path) -> Iterator[tuple[str, ArgumentMap]]:
    """(path relative to `root`, map) of every corpus file argmap reads, in path order; the rest are skipped."""
    from argmap.io.errors import LoadError
    from argmap.io.formats import read_map

    for path in sorted(root.rglob("*")):
        if not path.is_file() or path.suffix.lower() not in CORPORA_EXT:
            continue
        try:
            m = read_map(path).map
        except (LoadError, ValueError):
            continue
        yield str(path.relative_to(root)), m
