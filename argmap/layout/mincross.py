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

import random
from bisect import bisect_left
from collections import deque
from collections.abc import Mapping, Sequence

from argmap.layout.layers import Layers

ROUNDS = 24
"""Down-and-up sweep pairs from each starting order, on small graphs."""
PATIENCE = 8
"""Sweeps in a row that may fail to beat the best order before the search from one start stops."""
WORK = 8_000
"""Node visits the sweeps may cost in all: bigger graphs get fewer rounds, the biggest none (the best start is kept)."""
SIFT_WORK = 200_000
"""Pairs of nodes one sifting pass may compare: on big graphs a node looks fewer places either way."""
SIFT_MAX = 6_000
"""Orders with more nodes on crossings than this are not sifted."""
SIFT_PASSES = 3
"""Sifting passes over all rows at most (each stops the search when it removes nothing)."""
TRANSPOSE_PASSES = 4
"""Passes of neighbour swaps on one row per sweep."""
SMALL = 400
"""Graphs up to this many nodes are searched from every start and its mirror image, each sifted."""
TINY = 80
"""Graphs up to this many nodes also start from SHUFFLES shuffled orders."""
SHUFFLES = 40
BIG = 12_000
"""Graphs with more nodes start from the tidy tree's order or a depth-first one only."""


def order_rows(lay: Layers, starts: Sequence[Mapping[str, float]]) -> int:
    """Order `lay.rows` in place for few crossings; returns the crossings left.

    Starts from each of `starts` (node -> x) and dot's two starting orders (depth-first
    from the top, breadth-first from the bottom), and on small graphs from their mirror
    images too; the best start first, then the others while the budget lasts.
    """
    size = sum(len(r) for r in lay.rows) + 1
    orders = [*starts, _walk_order(lay, lay.down, False)]
    if size <= BIG:
        orders.append(_walk_order(lay, lay.up, True))
    tried: list[tuple[int, int, list[list[str]]]] = []
    for k, start in enumerate(orders):
        rows = [sorted(r, key=lambda n: start.get(n, 0.0)) for r in lay.rows]
        tried.append((crossings(lay, rows), k, rows))
        if size <= SMALL:
            mirror = [r[::-1] for r in rows]
            tried.append((crossings(lay, mirror), k + len(orders), mirror))
    if size <= TINY:  # a tiny graph also starts from shuffled rows (seeded: the same map, the same order)
        rng = random.Random(size)
        for k in range(SHUFFLES):
            rows = [rng.sample(r, len(r)) for r in lay.rows]
            tried.append((crossings(lay, rows), 2 * len(orders) + k, rows))
    tried.sort(key=lambda t: t[:2])
    best_n, _, first = tried[0]
    best = [list(r) for r in first]  # the search below reorders the tried rows in place
    budget = ROUNDS * size * len(tried) if size <= SMALL else WORK
    for n, _, rows in tried:
        rounds = min(ROUNDS, budget // size)
        if best_n == 0 or (rounds == 0 and rows is not first):
            break
        got, got_n = _sweeps(lay, rows, n, rounds)
        budget -= rounds * size
        if got_n and (size <= SMALL or rows is first):
            got_n = _sift(lay, got, got_n)
        if got_n < best_n:
            best, best_n = got, got_n
    lay.rows = best
    return best_n


def crossings(lay: Layers, rows: Sequence[Sequence[str]]) -> int:
    """Crossings of straight line pieces between every pair of adjacent rows."""
    pos = _positions(rows)
    return sum(_between(rows[r], len(rows[r + 1]), lay.down, pos) for r in range(len(rows) - 1))


def _positions(rows: Sequence[Sequence[str]]) -> dict[str, int]:
    return {n: i for r in rows for i, n in enumerate(r)}


def _between(
    upper: Sequence[str], n_lower: int, down: Mapping[str, list[str]], pos: Mapping[str, int]
) -> int:
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
    for seen, v in enumerate(seq):
        i = v + 1  # how many seen so far are <= v
        le = 0
        while i > 0:
            le += tree[i]
            i -= i & -i
        total += seen - le
        i = v + 1
        while i <= n_lower:
            tree[i] += 1
            i += i & -i
    return total


def _sweeps(lay: Layers, rows: list[list[str]], count: int, rounds: int) -> tuple[list[list[str]], int]:
    """Median sweeps down and up with transpositions from `rows` (with `count` crossings); the best order seen."""
    pos = _positions(rows)
    best = [list(r) for r in rows]
    best_n = count
    up, down = lay.up, lay.down
    idle = 0
    for k in range(rounds):
        if best_n == 0 or idle >= PATIENCE:
            break
        ties = k % 2 == 1
        for r in range(1, len(rows)):
            _sort_row(rows[r], up, pos)
            _transpose(rows, r, up, down, pos, ties)
        for r in range(len(rows) - 2, -1, -1):
            _sort_row(rows[r], down, pos)
            _transpose(rows, r, up, down, pos, ties)
        n = crossings(lay, rows)
        if n < best_n:
            best, best_n = [list(r) for r in rows], n
            idle = 0
        else:
            idle += 1
    return best, best_n


def _sort_row(row: list[str], nbrs: Mapping[str, list[str]], pos: dict[str, int]) -> None:
    """Sort one row by the median place of each node's neighbours; nodes without any keep their place."""
    keyed: list[tuple[float, int, str]] = []
    slots: list[int] = []
    for i, n in enumerate(row):
        ns = nbrs.get(n)
        if ns:
            keyed.append((_median(sorted([pos[m] for m in ns])), i, n))
            slots.append(i)
    keyed.sort()
    for i, (_, _, n) in zip(slots, keyed, strict=True):
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


def _sift(lay: Layers, rows: list[list[str]], count: int) -> int:
    """Move each node on a crossing, one at a time, to the place near it in its row where it crosses least.

    Returns the crossings left. A node whose lines cross nothing cannot gain by moving,
    so only the others are sifted; each looks `reach` places either way, chosen so a
    pass costs about SIFT_WORK pair counts.
    """
    pos = _positions(rows)
    up, down = lay.up, lay.down
    for _ in range(SIFT_PASSES):
        crossed = _crossed(lay, rows, pos)
        if len(crossed) > SIFT_MAX:
            break
        reach = max(4, SIFT_WORK // (2 * len(crossed) + 1))
        gain = 0
        for row in rows:
            todo = [v for v in row if v in crossed]
            if not todo:
                continue
            ups = {n: sorted([pos[m] for m in up.get(n, ())]) for n in row}
            downs = {n: sorted([pos[m] for m in down.get(n, ())]) for n in row}
            for v in todo:
                gain += _sift_one(row, v, ups, downs, pos, reach)
        count -= gain
        if not gain or not count:
            break
    return count


def _crossed(lay: Layers, rows: Sequence[Sequence[str]], pos: Mapping[str, int]) -> set[str]:
    """The nodes with a line piece that crosses another."""
    out: set[str] = set()
    down = lay.down
    for r in range(len(rows) - 1):
        pieces = [(u, d) for u in rows[r] for d in sorted(down.get(u, ()), key=pos.__getitem__)]
        if len(pieces) < 2:
            continue
        n = len(rows[r + 1])
        lows = [pos[d] for _, d in pieces]
        hit = [False] * len(pieces)
        seen_max = -1
        for k, v in enumerate(lows):  # a piece crosses one before it that ends further right
            if seen_max > v:
                hit[k] = True
            seen_max = max(seen_max, v)
        seen_min = n
        for k in range(len(lows) - 1, -1, -1):  # or one after it that ends further left
            if seen_min < lows[k]:
                hit[k] = True
            seen_min = min(seen_min, lows[k])
        for (u, d), h in zip(pieces, hit, strict=True):
            if h:
                out.add(u)
                out.add(d)
    return out


def _sift_one(
    row: list[str],
    v: str,
    ups: Mapping[str, list[int]],
    downs: Mapping[str, list[int]],
    pos: dict[str, int],
    reach: int,
) -> int:
    """Move `v` to its best place within `reach` in `row` (its own place on a tie); the crossings removed.

    `ups` and `downs` hold the places of each node's neighbours on the rows above and below, sorted.
    """
    i = pos[v]
    uv, dv = ups[v], downs[v]
    lo, hi = max(0, i - reach), min(len(row), i + reach + 1)
    d = 0
    at = {lo: 0}
    u1 = uv[0] if len(uv) == 1 else None  # the usual node: one line up, at most one down
    d1 = dv[0] if len(dv) == 1 else None
    for j in range(lo, hi):
        if j == i:
            continue
        w = row[j]
        b = ups[w]
        if uv and b:
            if u1 is not None and len(b) == 1:
                y = b[0]
                d += (y > u1) - (u1 > y)
            else:
                d += _above(b, uv) - _above(uv, b)
        b = downs[w]
        if dv and b:
            if d1 is not None and len(b) == 1:
                y = b[0]
                d += (y > d1) - (d1 > y)
            else:
                d += _above(b, dv) - _above(dv, b)
        at[j + 1 if j < i else j] = d
    here = at.get(i, 0)
    best_j, best_d = i, here
    for j, dj in at.items():
        if dj < best_d:
            best_j, best_d = j, dj
    if best_j == i:
        return 0
    row.pop(i)
    row.insert(best_j, v)
    for k in range(min(i, best_j), max(i, best_j) + 1):
        pos[row[k]] = k
    return here - best_d


def _above(a: list[int], b: list[int]) -> int:
    """Pairs (x of a, y of b) with x > y; b sorted."""
    if len(a) == 1:
        return bisect_left(b, a[0])
    n = 0
    for x in a:
        n += bisect_left(b, x)
    return n


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
    ties: bool = False,
) -> None:
    """Swap neighbours on row r while a swap removes crossings with the rows above and below.

    With `ties`, a swap that keeps the count (above zero) is made too, to leave a local minimum.
    """
    row = rows[r]
    for _ in range(TRANSPOSE_PASSES):
        better = False
        for i in range(len(row) - 1):
            v, w = row[i], row[i + 1]
            now = after = 0
            for nv, nw in ((up.get(v), up.get(w)), (down.get(v), down.get(w))):
                if not nv or not nw:
                    continue
                if len(nv) == 1 and len(nw) == 1:
                    a, b = pos[nv[0]], pos[nw[0]]
                    if a > b:
                        now += 1
                    elif b > a:
                        after += 1
                else:
                    now += _pair(nv, nw, pos)
                    after += _pair(nw, nv, pos)
            if after < now or (ties and after == now and now):
                row[i], row[i + 1] = w, v
                pos[v], pos[w] = i + 1, i
                better = after < now or better
        if not better:
            break


def _walk_order(lay: Layers, nbrs: Mapping[str, list[str]], from_bottom: bool) -> dict[str, float]:
    """One of dot's starting orders: nodes in the order a walk meets them.

    From the top rows down depth-first, or from the bottom rows up breadth-first.
    """
    out: dict[str, float] = {}
    count = [0] * len(lay.rows)
    row = lay.row
    for first in lay.rows[::-1] if from_bottom else lay.rows:
        for n in first:
            if n in out:
                continue
            todo: deque[str] = deque([n])
            while todo:
                x = todo.popleft() if from_bottom else todo.pop()
                if x in out:
                    continue
                r = row[x]
                out[x] = float(count[r])
                count[r] += 1
                nxt = [d for d in nbrs.get(x, ()) if d not in out]
                todo.extend(nxt if from_bottom else reversed(nxt))
    return out
