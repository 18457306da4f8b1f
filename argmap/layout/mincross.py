"""Fewer crossings: order the rows of a layered graph by median sweeps with adjacent transpositions (as dot's mincross).

Several starting orders are tried (the tidy tree's first, then a depth-first one);
from each, sweeps go down and up the rows, sorting every row by the median place of
each node's neighbours on the row just ordered, then swapping neighbours while that
removes crossings. Crossings are counted exactly between each pair of adjacent
rows (Barth, Junger and Mutzel's accumulator), and the order with the fewest wins
(the earlier one on a tie, so the tidy tree's order is kept unless it is beaten).
Rounds are capped by the graph's size, so the cost stays near-linear.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from argmap.layout.layers import Layers

ROUNDS = 8
"""Down-and-up sweep pairs from each starting order, on small graphs."""
WORK = 400_000
"""Node visits the sweeps may cost in all: bigger graphs get fewer rounds (at least one)."""
TRANSPOSE_PASSES = 4
"""Passes of neighbour swaps on one row per sweep."""


def order_rows(lay: Layers, starts: Sequence[Mapping[str, float]]) -> int:
    """Order `lay.rows` in place for few crossings, starting from each of `starts` (node -> x); the crossings left."""
    size = sum(len(r) for r in lay.rows) + 1
    rounds = max(1, min(ROUNDS, WORK // (size * max(1, len(starts)))))
    best: list[list[str]] | None = None
    best_n = -1
    for start in [*starts, _dfs_order(lay)]:
        rows = [sorted(r, key=lambda n: start.get(n, 0.0)) for r in lay.rows]
        got, n = _sweeps(lay, rows, rounds)
        if best is None or n < best_n:
            best, best_n = got, n
        if best_n == 0:
            break
    if best is not None:
        lay.rows = best
    return max(best_n, 0)


def crossings(lay: Layers, rows: Sequence[Sequence[str]]) -> int:
    """Crossings of straight line pieces between every pair of adjacent rows."""
    pos = _positions(rows)
    return sum(_between(rows[r], len(rows[r + 1]), lay.down, pos) for r in range(len(rows) - 1))


def _positions(rows: Sequence[Sequence[str]]) -> dict[str, int]:
    return {n: i for r in rows for i, n in enumerate(r)}


def _between(upper: Sequence[str], n_lower: int, down: Mapping[str, list[str]], pos: Mapping[str, int]) -> int:
    """Crossings between one row and the next: inversions of the lower ends, upper ends in order."""
    seq: list[int] = []
    for u in upper:
        ds = down.get(u)
        if ds:
            seq.extend(sorted([pos[d] for d in ds]))
    if len(seq) < 2:
        return 0
    tree = [0] * (n_lower + 1)
    total = 0
    seen = 0
    for v in seq:
        i = v + 1  # how many seen so far are <= v
        le = 0
        while i > 0:
            le += tree[i]
            i -= i & -i
        total += seen - le
        seen += 1
        i = v + 1
        while i <= n_lower:
            tree[i] += 1
            i += i & -i
    return total


def _sweeps(lay: Layers, rows: list[list[str]], rounds: int) -> tuple[list[list[str]], int]:
    """Median sweeps down and up with transpositions; the best order seen and its crossings."""
    pos = _positions(rows)
    best = [list(r) for r in rows]
    best_n = crossings(lay, rows)
    up, down = lay.up, lay.down
    for _ in range(rounds):
        if best_n == 0:
            break
        for r in range(1, len(rows)):
            _sort_row(rows[r], up, pos)
            _transpose(rows, r, up, down, pos)
        for r in range(len(rows) - 2, -1, -1):
            _sort_row(rows[r], down, pos)
            _transpose(rows, r, up, down, pos)
        n = crossings(lay, rows)
        if n < best_n:
            best, best_n = [list(r) for r in rows], n
        else:
            break
    return best, best_n


def _sort_row(row: list[str], nbrs: Mapping[str, list[str]], pos: dict[str, int]) -> None:
    """Sort one row by the median place of each node's neighbours; nodes without any keep their place."""
    keyed: list[tuple[float, int, str]] = []
    for i, n in enumerate(row):
        ns = nbrs.get(n)
        keyed.append((_median(sorted([pos[m] for m in ns])) if ns else float(i), i, n))
    keyed.sort()
    for i, (_, _, n) in enumerate(keyed):
        row[i] = n
        pos[n] = i


def _median(ps: list[int]) -> float:
    """Graphviz's weighted median: the middle place, or between the two middle ones weighted by spread."""
    k = len(ps)
    m = k // 2
    if k % 2:
        return float(ps[m])
    if k == 2:
        return (ps[0] + ps[1]) / 2
    left = ps[m - 1] - ps[0]
    right = ps[-1] - ps[m]
    if left + right == 0:
        return (ps[m - 1] + ps[m]) / 2
    return (ps[m - 1] * right + ps[m] * left) / (left + right)


def _pair(a: list[str] | None, b: list[str] | None, pos: Mapping[str, int]) -> int:
    """Crossings between the pieces of a (left) and of b (right) towards one row."""
    if not a or not b:
        return 0
    n = 0
    for x in a:
        px = pos[x]
        for y in b:
            if pos[y] < px:
                n += 1
    return n


def _transpose(
    rows: list[list[str]],
    r: int,
    up: Mapping[str, list[str]],
    down: Mapping[str, list[str]],
    pos: dict[str, int],
) -> None:
    """Swap neighbours on row r while a swap removes crossings with the rows above and below."""
    row = rows[r]
    for _ in range(TRANSPOSE_PASSES):
        better = False
        for i in range(len(row) - 1):
            v, w = row[i], row[i + 1]
            uv, uw, dv, dw = up.get(v), up.get(w), down.get(v), down.get(w)
            now = _pair(uv, uw, pos) + _pair(dv, dw, pos)
            if now == 0:
                continue
            if _pair(uw, uv, pos) + _pair(dw, dv, pos) < now:
                row[i], row[i + 1] = w, v
                pos[v], pos[w] = i + 1, i
                better = True
        if not better:
            break


def _dfs_order(lay: Layers) -> dict[str, float]:
    """dot's starting order: nodes in the order a depth-first walk down from the top rows meets them."""
    out: dict[str, float] = {}
    count = [0] * len(lay.rows)
    down = lay.down
    for top in lay.rows:
        for n in top:
            if n in out:
                continue
            stack = [n]
            while stack:
                x = stack.pop()
                if x in out:
                    continue
                r = lay.row[x]
                out[x] = float(count[r])
                count[r] += 1
                stack.extend(reversed([d for d in down.get(x, ()) if d not in out]))
    return out
