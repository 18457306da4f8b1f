"""Pinned boxes stay where the user put them; the other boxes of each row make way, keeping their order."""

from __future__ import annotations

from collections.abc import Sequence

from argmap.layout.geometry import Box, Point2
from argmap.layout.structure import DUMMY, Structure


def apply_pins(
    s: Structure,
    boxes: dict[str, Box],
    pinned: dict[str, Point2],
    tops: Sequence[float],
    bottoms: Sequence[float],
    gap: float,
) -> None:
    """Move unpinned boxes right, row by row, until none overlaps a pinned box (top-down frame)."""
    rows: list[list[Box]] = [[] for _ in tops]
    names: list[list[str]] = [[] for _ in tops]
    for c in s.claims:
        if c not in pinned:
            k = s.row[c] // 2
            rows[k].append(boxes[c])
            names[k].append(c)
    fixed = sorted((boxes[c] for c in pinned), key=lambda b: b.x)
    for k in range(len(tops)):
        if not rows[k]:
            continue
        lo, hi = tops[k], bottoms[k]
        obstacles = [b for b in fixed if b.y < hi and lo < b.y + b.h]
        if not obstacles:
            continue
        order = sorted(range(len(rows[k])), key=lambda i: rows[k][i].x)
        cursor = float("-inf")
        for i in order:
            b = rows[k][i]
            x = max(b.x, cursor)
            moved = True
            while moved:
                moved = False
                for ob in obstacles:
                    if (
                        ob.y < b.y + b.h
                        and b.y < ob.y + ob.h
                        and ob.x < x + b.w + gap
                        and x < ob.x + ob.w + gap
                    ):
                        x = ob.x + ob.w + gap
                        moved = True
            cursor = x + b.w + gap
            if x != b.x:
                boxes[names[k][i]] = b._replace(x=x)


def recentre_junctions(
    s: Structure,
    pre: Sequence[str],
    boxes: dict[str, Box],
    junctions: dict[str, Point2],
    centres: dict[str, float],
) -> None:
    """Put each junction back over its premises after boxes moved (children before parents)."""

    def cx(n: str) -> float:
        b = boxes.get(n)
        return b.x + b.w / 2 if b is not None else centres[n]

    for n in reversed(pre):
        if n in junctions:
            ks = [
                k for k in s.children[n] if not k.startswith(DUMMY)
            ]  # over its premises, not undercut columns
            if ks:
                x = (cx(ks[0]) + cx(ks[-1])) / 2
                junctions[n] = (x, junctions[n][1])
                centres[n] = x
        elif n.startswith(DUMMY):
            centres[n] = centres[s.children[n][0]]
