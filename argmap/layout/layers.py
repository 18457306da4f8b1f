"""The layered graph of a map that is not a tree: its rows of claims and junctions, with a virtual node per row a long line crosses.

The rows are the tidy layout's (claims on even rows, junctions on the odd rows
between them). Every drawn line (premise -> junction, junction -> target) joins
nodes on adjacent rows only: a line that spans several rows gets a virtual node on
each row between its ends, as in Sugiyama's method and Graphviz dot, so ordering
the rows orders the lines too and a long line can be kept straight.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import NamedTuple

from argmap.layout.structure import Structure

VIRTUAL = "\x01"
"""Prefix of the virtual nodes a long line passes through."""

W_PREMISE = 4.0
"""Pull between a junction and its premises (the junction sits over them)."""
W_LINE = 2.0
"""Pull along a long line at its real ends."""
W_STRAIGHT = 8.0
"""Pull between two virtual nodes of one long line (it stays straight)."""
W_TARGET = 1.0
"""Pull between a junction and its target."""


class Line(NamedTuple):
    """One drawn connector and the nodes it passes, from its source to its target."""

    source: str
    target: str
    argument: str
    kind: str
    path: tuple[str, ...]


@dataclass
class Layers:
    """Rows of nodes (left to right once ordered), their neighbours one row up and down, and the lines."""

    rows: list[list[str]] = field(default_factory=list)
    row: dict[str, int] = field(default_factory=dict)
    up: dict[str, list[str]] = field(default_factory=dict)
    """Node -> its neighbours on the row above (one entry per line piece)."""
    down: dict[str, list[str]] = field(default_factory=dict)
    """Node -> its neighbours on the row below."""
    weight: dict[tuple[str, str], float] = field(default_factory=dict)
    """(upper, lower) -> how strongly the two ends of a line piece pull together."""
    lines: list[Line] = field(default_factory=list)


def sink_conclusions(s: Structure) -> Structure:
    """`s` with each conclusion whose reasons' premises all sit rows further down moved down to them.

    A conclusion that backs nothing has lines below it only; as in dot's ranking, which
    keeps lines short, it moves down (claims stay on even rows) until one of its
    reasons' premises is right under its junction. Conclusions with undercut reasons stay.
    """
    row = s.row
    backs = {p for ps in s.premises.values() for p in ps}
    reasons: dict[str, list[str]] = {}
    for a in s.args:
        reasons.setdefault(s.target[a], []).append(a)
    new: dict[str, int] | None = None
    for r in s.claims:
        rs = reasons.get(r)
        if r in backs or not rs or any(a in reasons for a in rs):
            continue
        slack = min(row[p] - row[a] - 1 for a in rs for p in s.premises[a])
        shift = slack - slack % 2
        if shift > 0:
            if new is None:
                new = dict(row)
            new[r] += shift
            for a in rs:
                new[a] += shift
    return s if new is None else replace(s, row=new)


def build_layers(s: Structure) -> Layers:
    """The layered graph of the shown part of `s` (tray claims are not in it)."""
    lay = Layers()
    row = lay.row
    for c in s.claims:
        if c in s.row:
            row[c] = s.row[c]
    for a in s.args:
        row[a] = s.row[a]
    count = 0
    for a in s.args:
        for p in s.premises[a]:
            count = _line(lay, Line(p, a, a, "premise", ()), count, W_PREMISE)
        count = _line(lay, Line(a, s.target[a], a, s.relation[a], ()), count, W_TARGET)
    rows: list[list[str]] = [[] for _ in range(max(row.values(), default=-1) + 1)]
    for n, r in row.items():
        rows[r].append(n)
    lay.rows = rows
    return lay


def _line(lay: Layers, line: Line, count: int, w: float) -> int:
    """Add `line` with a virtual node on every row between its ends; returns the virtual nodes made so far."""
    row = lay.row
    r0, r1 = row[line.source], row[line.target]
    step = -1 if r0 > r1 else 1
    path = [line.source]
    for r in range(r0 + step, r1, step):
        v = f"{VIRTUAL}{count}"
        count += 1
        row[v] = r
        path.append(v)
    path.append(line.target)
    lay.lines.append(line._replace(path=tuple(path)))
    last = len(path) - 2
    for i in range(len(path) - 1):
        a, b = path[i], path[i + 1]
        upper, lower = (b, a) if row[a] > row[b] else (a, b)
        lay.down.setdefault(upper, []).append(lower)
        lay.up.setdefault(lower, []).append(upper)
        inner = (i > 0) + (i < last)
        pull = w if inner == 0 else (W_STRAIGHT if inner == 2 else W_LINE)
        key = (upper, lower)
        lay.weight[key] = lay.weight.get(key, 0.0) + pull
    return count
