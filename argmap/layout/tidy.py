"""Tidy tree placement (Reingold-Tilford) with variable widths and contours shared between subtrees.

A placed subtree is summarised by its left and right contours: one cell per row,
linked downwards, each link carrying the shift between the two rows' frames. Cells
are immutable tuples, so a parent shares the tails of its children's contours and
building one costs time in the shorter of two neighbours only (linear overall). A
placed subtree is reused as is while its width and its children's placements are
the same objects, so after an edit only the path from the edit to the root is redone.
Small subtrees between two big ones are spread evenly between them (Walker, in
linear time as Buchheim, Junger and Leipert), not packed against the left one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

Changes = tuple[Iterable[str], Callable[[str], "str | None"], Mapping[str, int]]
"""(changed nodes, node -> tree parent or None, node -> row): what to place again."""

Cell = tuple[float, Any, float]
"""(edge of this row in this row's frame, next row's cell or None, next frame - this frame)."""


class Subtree:
    """A placed subtree: contours, height in rows, and its children's offsets from its centre."""

    __slots__ = ("height", "kids", "left", "offsets", "right", "width")

    def __init__(
        self,
        width: float,
        kids: tuple[Subtree, ...],
        left: Cell,
        right: Cell,
        height: int,
        offsets: tuple[float, ...],
    ) -> None:
        self.width = width
        self.kids = kids
        self.left = left
        self.right = right
        self.height = height
        self.offsets = offsets


_LEAVES: dict[float, Subtree] = {}
"""One shared placement per leaf width (leaves are most of a map)."""


def place(width: float, kids: tuple[Subtree, ...], gap: float) -> Subtree:
    """Pack the child subtrees left to right, `gap` apart on every row, and centre a node of `width` over them."""
    half = width / 2
    if not kids:
        leaf = _LEAVES.get(width)
        if leaf is None:
            if len(_LEAVES) > 4096:
                _LEAVES.clear()
            leaf = _LEAVES[width] = Subtree(width, kids, (-half, None, 0.0), (half, None, 0.0), 1, ())
        return leaf
    first = kids[0]
    if len(kids) == 1:
        return Subtree(
            width, kids, (-half, first.left, 0.0), (half, first.right, 0.0), first.height + 1, (0.0,)
        )
    lh: Cell = first.left
    lo = 0.0
    rh: Cell = first.right
    ro = 0.0
    h = first.height
    offs = [0.0]
    owners = [(0, h)]  # who draws the right contour: (kid, rows down to), the shallowest last
    moves: list[tuple[int, int, float]] = []
    for i in range(1, len(kids)):
        k = kids[i]
        kh = k.height
        d = float("-inf")
        a: Any = rh
        fa = ro
        b: Any = k.left
        fb = 0.0
        p = len(owners) - 1
        for r in range(h if h < kh else kh):
            v = a[0] + fa - b[0] - fb
            if v > d:
                if r:  # pushed further by a row of an earlier kid: spread the push over the kids between
                    while owners[p][1] <= r:
                        p -= 1
                    j = owners[p][0]
                    if j < i - 1:
                        moves.append((j, i, v - d))
                d = v
            fa += a[2]
            fb += b[2]
            a = a[1]
            b = b[1]
        d += gap
        if kh > h:
            lh, lo = _splice(lh, lo, h, k.left, d)
            rh, ro = k.right, d
            h = kh
        elif kh < h:
            rh, ro = _splice(k.right, d, kh, rh, ro)
        else:
            rh, ro = k.right, d
        offs.append(d)
        while owners and owners[-1][1] <= kh:
            owners.pop()
        owners.append((i, kh))
    if moves:
        _spread(offs, moves)
    centre = offs[-1] / 2
    return Subtree(
        width,
        kids,
        (-half, lh, lo - centre),
        (half, rh, ro - centre),
        h + 1,
        tuple(o - centre for o in offs),
    )


def _spread(offs: list[float], moves: list[tuple[int, int, float]]) -> None:
    """Walker's spreading, in linear time as Buchheim, Junger and Leipert do it.

    A move (j, i, s) says kid i was pushed s further right by a row of kid j: the
    kids between, smaller than both, move by s * (m - j) / (i - j) so that they
    stand evenly between the two instead of packed against j.
    """
    n = len(offs)
    shift = [0.0] * n
    change = [0.0] * n
    for j, i, s in moves:
        q = s / (i - j)
        shift[i] += s
        change[i] -= q
        change[j] += q
    acc = 0.0
    ch = 0.0
    for m in range(n - 1, min(j for j, _, _ in moves), -1):  # the kids left of every move stay put
        offs[m] += acc
        ch += change[m]
        acc += shift[m] + ch


def _splice(head: Cell, off: float, n: int, tail: Cell, tail_off: float) -> tuple[Cell, float]:
    """The first `n` rows of one contour followed by the rows below `n` of another, in frame 0."""
    vals: list[float] = []
    c: Any = head
    f = off
    for _ in range(n):
        vals.append(c[0] + f)
        f += c[2]
        c = c[1]
    t: Any = tail
    tf = tail_off
    for _ in range(n):
        tf += t[2]
        t = t[1]
    nxt: Any = t
    delta = tf
    for v in reversed(vals):
        nxt = (v, nxt, delta)
        delta = 0.0
    return nxt, 0.0


class TidyTree:
    """Places a forest and remembers each subtree's placement for the next call."""

    def __init__(self) -> None:
        self._cache: dict[str, Subtree] = {}
        self._forest: Subtree | None = None
        self._x: dict[str, float] = {}
        self._base = 0.0
        self.placed = 0
        """Subtrees placed afresh by the last call (the rest were reused)."""

    def centres(
        self,
        roots: Sequence[str],
        children: Mapping[str, Sequence[str]],
        width: Mapping[str, float],
        gap: float,
        forest_gap: float,
        changed: Changes | None = None,
    ) -> tuple[dict[str, float], list[str] | None]:
        """Centre of every node along the sibling axis (the first root at 0), and the nodes that moved.

        With `changed` (the nodes whose width or children changed since the last
        call, a way up from a node to its parent, and each node's row) only those
        nodes and their ancestors are placed again, and the second result lists the
        nodes whose centre or subtree changed. Without it every node is looked at
        and the second result is None. The returned dict is kept and updated by
        the next call: read it, do not keep it.
        """
        full = changed is None or not self._cache
        parents: list[tuple[str, Sequence[str], Subtree]] = []
        marked: set[str] = set()
        if changed is None or full:
            parents = self._place_all(breadth_first(roots, children), children, width, gap)
        else:
            marked = self._place_changed(changed, children, width, gap)
        cache = self._cache
        tops = tuple([cache[r] for r in roots])
        forest = self._forest
        if forest is None or forest.kids != tops:
            forest = place(0.0, tops, forest_gap)
            self._forest = forest
        base = forest.offsets[0] if roots else 0.0
        self._base = base
        if full:
            x: dict[str, float] = {r: o - base for r, o in zip(roots, forest.offsets, strict=True)}
            for n, kids_n, sub in parents:  # each parent before its children
                xn = x[n]
                offsets = sub.offsets
                if len(kids_n) == 1:
                    x[kids_n[0]] = xn + offsets[0]
                else:
                    for c, o in zip(kids_n, offsets, strict=True):
                        x[c] = xn + o
            self._x = x
            return x, None
        x = self._x
        moved: list[str] = []
        stack = [(r, o - base) for r, o in zip(roots, forest.offsets, strict=True)]
        while stack:
            n, xn = stack.pop()
            if n not in marked and x.get(n) == xn:
                continue  # neither moved nor changed inside: its whole subtree is as before
            x[n] = xn
            moved.append(n)
            kids_n = children[n]
            if kids_n:
                stack.extend([(c, xn + o) for c, o in zip(kids_n, cache[n].offsets, strict=True)])
        return x, moved

    def extent(self) -> tuple[float, float]:
        """Leftmost and rightmost edge of the placed forest (0, 0 when empty)."""
        forest = self._forest
        if forest is None or not forest.kids:
            return (0.0, 0.0)
        lo = _walk(forest.left, min)
        hi = _walk(forest.right, max)
        return (lo - self._base, hi - self._base)

    def _place_all(
        self, order: list[str], children: Mapping[str, Sequence[str]], width: Mapping[str, float], gap: float
    ) -> list[tuple[str, Sequence[str], Subtree]]:
        """Place every subtree of the forest whose nodes are `order` (parents first), children before parents.

        Returns every node with children, its children and its placement, parents first.
        """
        old = self._cache
        new: dict[str, Subtree] = {}
        parents: list[tuple[str, Sequence[str], Subtree]] = []
        placed = 0
        leaves = _LEAVES
        for n in reversed(order):
            ks = children[n]
            w = width[n]
            if not ks:
                sub = leaves.get(w)
                if sub is None:
                    sub = place(w, (), gap)
                new[n] = sub
                continue
            kids = (new[ks[0]],) if len(ks) == 1 else tuple([new[c] for c in ks])
            sub = old.get(n)
            if sub is None or sub.width != w or sub.kids != kids:
                sub = place(w, kids, gap)
                placed += 1
            new[n] = sub
            parents.append((n, ks, sub))
        self._cache = new
        self.placed = placed
        parents.reverse()
        return parents

    def _place_changed(
        self, changed: Changes, children: Mapping[str, Sequence[str]], width: Mapping[str, float], gap: float
    ) -> set[str]:
        nodes, parent, row = changed
        marked: set[str] = set()
        for n in nodes:
            up: str | None = n
            while up is not None and up not in marked:
                marked.add(up)
                up = parent(up)
        cache = self._cache
        for n in sorted(marked, key=row.__getitem__, reverse=True):
            ks = children[n]
            cache[n] = place(width[n], tuple([cache[c] for c in ks]) if ks else (), gap)
        self.placed = len(marked)
        return marked


def _walk(cell: Cell, pick: Callable[[float, float], float]) -> float:
    """The extreme value of a contour below its first row (the forest's own row is empty)."""
    c: Any = cell[1]
    f: float = cell[2]
    best: float = c[0] + f
    while c is not None:
        best = pick(best, c[0] + f)
        f += c[2]
        c = c[1]
    return best


def preorder(roots: Sequence[str], children: Mapping[str, Sequence[str]]) -> list[str]:
    """The nodes of the forest, each before its children."""
    pre: list[str] = []
    stack = list(reversed(roots))
    while stack:
        n = stack.pop()
        pre.append(n)
        stack.extend(reversed(children[n]))
    return pre


def breadth_first(roots: Sequence[str], children: Mapping[str, Sequence[str]]) -> list[str]:
    """The nodes of the forest, row by row: each after its parent (cheaper than `preorder`)."""
    order = list(roots)
    for n in order:  # grows as it is read
        ks = children[n]
        if ks:
            order.extend(ks)
    return order
