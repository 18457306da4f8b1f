"""Where each node of the ordered rows goes along its row: near its neighbours, never closer than its gaps allow.

Each row in turn (down, then up, a few times) is placed as close as the gaps allow
to where its line pieces pull it: a node wants the weighted mean of its neighbours
on the rows above and below (a junction over its premises, a parent over its
reasons, a long line straight). With the order fixed, the best places under the
minimum gaps are a weighted isotonic regression, solved exactly in linear time by
pooling adjacent violators, so every sweep is linear in the graph's size.
"""

from __future__ import annotations

import itertools
from collections.abc import Container, Mapping, Sequence

from argmap.layout.layers import Layers

SWEEPS = 6
"""Down-and-up placement sweeps on small graphs."""
WORK = 30_000
"""Node visits the sweeps may cost in all: bigger graphs get fewer sweeps (at least one)."""


def place_rows(
    lay: Layers,
    start: Mapping[str, float],
    width: Mapping[str, float],
    boxes: Container[str],
    gaps: tuple[float, float, float],
) -> dict[str, float]:
    """Centre x of every node, starting from `start`.

    `width` is each node's room along its row; `gaps` the least gap between two boxes,
    a box and a line (junction or virtual node), and two lines.
    """
    rows = lay.rows
    sep = [_separations(r, width, boxes, gaps) for r in rows]
    index = {n: i for i, n in enumerate(n for r in rows for n in r)}
    xs = [0.0] * len(index)
    pulls: list[
        list[tuple[list[tuple[int, float]], float]]
    ] = []  # per row, per node: (neighbour, weight), total
    up, down, weight = lay.up, lay.down, lay.weight
    for r, ns in enumerate(rows):
        got = _fit(ns, [start.get(n, 0.0) for n in ns], [1.0] * len(ns), sep[r])
        pull_r = []
        for n, v in zip(ns, got, strict=True):
            xs[index[n]] = v
            nb = [(index[m], weight[(m, n)]) for m in up.get(n, ())]
            nb += [(index[m], weight[(n, m)]) for m in down.get(n, ())]
            pull_r.append((nb, sum(w for _, w in nb)))
        pulls.append(pull_r)
    size = len(index) + 1
    sweeps = max(1, min(SWEEPS, WORK // size))
    order = list(range(len(rows))) + list(range(len(rows) - 2, 0, -1))
    for _ in range(sweeps):
        for r in order:
            ns = rows[r]
            want: list[float] = []
            ws: list[float] = []
            for n, (nb, tot) in zip(ns, pulls[r], strict=True):
                if tot:
                    want.append(sum([w * xs[j] for j, w in nb]) / tot)
                    ws.append(tot)
                else:
                    want.append(xs[index[n]])
                    ws.append(0.01)
            for n, v in zip(ns, _fit(ns, want, ws, sep[r]), strict=True):
                xs[index[n]] = v
    return {n: xs[i] for n, i in index.items()}


def _separations(
    ns: Sequence[str], width: Mapping[str, float], boxes: Container[str], gaps: tuple[float, float, float]
) -> list[float]:
    """The least distance between the centres of each node and the next."""
    out: list[float] = []
    for a, b in itertools.pairwise(ns):
        out.append((width[a] + width[b]) / 2 + gaps[2 - (a in boxes) - (b in boxes)])
    return out


def _fit(ns: Sequence[str], want: Sequence[float], w: Sequence[float], sep: Sequence[float]) -> list[float]:
    """Places for `ns` in order, each at least `sep` from the last, nearest `want` in weighted squares."""
    # with offsets o_i (the running sum of the gaps), y_i = x_i - o_i must not decrease: isotonic regression
    blocks: list[list[float]] = []  # [mean, weight, count]
    off = 0.0
    offs: list[float] = []
    for i, d in enumerate(want):
        if i:
            off += sep[i - 1]
        offs.append(off)
        mean, wt, cnt = d - off, w[i], 1.0
        while blocks and blocks[-1][0] >= mean:
            pm, pw, pc = blocks.pop()
            mean = (pm * pw + mean * wt) / (pw + wt)
            wt += pw
            cnt += pc
        blocks.append([mean, wt, cnt])
    out: list[float] = []
    for mean, _, cnt in blocks:
        k = len(out)
        out += [mean + offs[i] for i in range(k, k + int(cnt))]
    return out
