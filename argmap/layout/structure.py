"""From an argument map to the tree the tidy layout places: rows, tree children, extra edges, tray, cycles.

Claims sit on even rows, argument junctions on the odd rows between them. Each
claim hangs under one argument (the deepest one it is a premise of); its other
arguments reach it by extra, routed edges. An undercut hangs under a column node
(`DUMMY` + its id) on the premises' row, so its line has a free way up to the
junction it attacks. Support that runs in a circle is cut at the edge that closes
the circle (depth-first, in the user's order) and the circle is reported.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field

from argmap.model import ArgumentMap, Relation

_Kids = Callable[[str], list[str]]

DUMMY = "\x00"
"""Prefix of the column node that carries an undercut's line through the premises' row."""


@dataclass
class Structure:
    """The map as a layered tree of visible claims, junctions and undercut columns."""

    roots: list[str] = field(default_factory=list)
    """Tree roots (conclusions), left to right."""
    children: dict[str, list[str]] = field(default_factory=dict)
    """Tree node -> its tree children, in the user's order."""
    row: dict[str, int] = field(default_factory=dict)
    """Tree node -> row; claims and columns on even rows, junctions on odd rows."""
    claims: list[str] = field(default_factory=list)
    """Visible, connected claims in document order."""
    args: list[str] = field(default_factory=list)
    """Visible arguments in document order."""
    premises: dict[str, list[str]] = field(default_factory=dict)
    """Argument -> its premises (existing claims, without repeats), in order."""
    target: dict[str, str] = field(default_factory=dict)
    relation: dict[str, str] = field(default_factory=dict)
    tree_parent: dict[str, str] = field(default_factory=dict)
    """Claim -> the argument it hangs under in the tree."""
    tray: list[str] = field(default_factory=list)
    hidden: set[str] = field(default_factory=set)
    collapsed: set[str] = field(default_factory=set)
    """Collapsed claims that are shown (their reasons are not)."""
    shared: set[str] = field(default_factory=set)
    """Claims that are premises of more than one argument."""
    cross: set[str] = field(default_factory=set)
    """Arguments with a premise that hangs elsewhere in the tree (shared, or a cut circle): routed lines."""
    refs: set[str] = field(default_factory=set)
    """Every id an argument names as premise or target (existing or not)."""
    cycles: list[list[str]] = field(default_factory=list)


def build_structure(
    m: ArgumentMap,
    *,
    group_pro_con: bool = False,
    root_key: Mapping[str, float] | None = None,
    ids: tuple[list[str], list[str]] | None = None,
) -> Structure:
    """The layered tree of `m`; `root_key` (claim -> number) orders the conclusions when all have one.

    `ids`: the ids of the map's claims and arguments, in order, when the caller has them already.
    """
    s = Structure()
    claim_ids, arg_ids = ids if ids is not None else ([c.id for c in m.claims], [a.id for a in m.arguments])
    claim_set = set(claim_ids)
    reasons, counts = _reasons(m, s, claim_set, arg_ids)
    if group_pro_con:
        _group_pro_con(s, reasons, claim_set)
    roots: list[str] = []
    for c in claim_ids:
        if c not in counts:
            (roots if c in reasons else s.tray).append(c)
    if root_key is not None and all(r in root_key for r in roots):
        roots.sort(key=lambda r: root_key[r])
    s.collapsed = set(m.layout.collapsed) & claim_set
    back: set[tuple[str, str]] = set()
    starts = roots
    if not _topological_rows(s, roots, reasons, counts):  # support or attack runs in a circle
        s.row.clear()
        starts, topo, back = _cut_circles(s, roots, reasons, counts, claim_ids, claim_set)
        _rows(s, starts, topo, reasons, back)
    row = s.row
    s.claims = [c for c in claim_ids if c in row]
    if len(s.claims) + len(s.tray) < len(claim_ids):  # some claims are neither shown nor in the tray
        s.hidden = {c for c in claim_ids if c not in row and (c in counts or c in reasons)}
    s.args = [a for a in arg_ids if a in row]
    if (
        s.collapsed
    ):  # a premise reached only through a collapsed branch stays hidden, even beside a shown reason
        _prune_collapsed(s)
    _tree_parents(s, back)
    _children(s, reasons)
    s.roots = [r for r in starts if r not in s.tree_parent]
    return s


def _reasons(
    m: ArgumentMap, s: Structure, claim_set: set[str], arg_ids: list[str]
) -> tuple[dict[str, list[str]], dict[str, int]]:
    """Fill target, relation, premises and refs; returns target -> its reasons, and premise -> how many it backs."""
    arguments = m.arguments
    node_set = claim_set.union(arg_ids)
    reasons: dict[str, list[str]] = {}
    backing: list[str] = []  # every shown premise, once per argument it backs
    refs = s.refs
    target, relation, premises = s.target, s.relation, s.premises
    value = {r: r.value for r in Relation}
    for aid, arg in zip(arg_ids, arguments, strict=True):
        t = arg.target
        given = arg.premises
        refs.add(t)
        refs.update(given)
        if t not in node_set or t == aid:
            continue
        if len(given) == 1:
            if given[0] not in claim_set:
                continue
            ps = given[:]
        else:
            ps = [p for p in dict.fromkeys(given) if p in claim_set]
            if not ps:
                continue
        target[aid] = t
        relation[aid] = value[arg.relation]
        premises[aid] = ps
        mine = reasons.get(t)
        if mine is None:
            reasons[t] = [aid]
        else:
            mine.append(aid)
        backing.extend(ps)
    counts = Counter(backing)
    s.shared = {p for p, k in counts.items() if k > 1} if len(counts) < len(backing) else set()
    return reasons, counts


def _group_pro_con(s: Structure, reasons: dict[str, list[str]], claim_set: set[str]) -> None:
    """Each claim's reasons: supports first, then attacks (stable)."""
    support = Relation.SUPPORT.value
    for t, rs in reasons.items():
        if t in claim_set:
            rs.sort(key=lambda a: s.relation[a] != support)


def _cut_circles(
    s: Structure,
    roots: list[str],
    reasons: dict[str, list[str]],
    counts: dict[str, int],
    claim_ids: list[str],
    claim_set: set[str],
) -> tuple[list[str], list[str], set[tuple[str, str]]]:
    """Where the rows start, every node after what it backs, and the edges cut to break circles.

    Support or attack runs in a circle: it is cut depth-first, in the user's order.
    """
    back: set[tuple[str, str]] = set()

    def kids(node: str) -> list[str]:
        if node in claim_set:
            return reasons.get(node, [])
        return s.premises[node] + reasons.get(node, [])

    post: list[str] = []
    starts: list[str] = []
    done: set[str] = set()
    for start in roots + [c for c in claim_ids if c in counts]:
        if start not in done:
            starts.append(start)
            _dfs(start, kids, done, post, back, s, claim_set)
    return starts, post[::-1], back


def _rows(
    s: Structure,
    starts: list[str],
    topo: list[str],
    reasons: dict[str, list[str]],
    back: set[tuple[str, str]],
) -> None:
    """The row of every shown node: a premise below the deepest reason it backs, nothing below a collapsed claim."""
    row = s.row
    collapsed = s.collapsed
    premises = s.premises
    for start in starts:
        row[start] = 0
    for n in topo:
        r = row.get(n)
        if r is None:  # below a collapsed claim
            continue
        got = premises.get(n)
        if got is None:
            if n not in collapsed:
                for a in reasons.get(n, ()):
                    row[a] = r + 1
            continue
        for p in got:
            if back and (p, n) in back:
                continue
            if row.get(p, -1) <= r:
                row[p] = r + 1
        for u in reasons.get(n, ()):
            row[u] = r + 2


def _prune_collapsed(s: Structure) -> None:
    """Drop premises that are hidden under a collapsed claim from the shown reasons."""
    row = s.row
    for a in s.args:
        ps = s.premises[a]
        if any(p not in row for p in ps):
            s.premises[a] = [p for p in ps if p in row]


def _tree_parents(s: Structure, back: set[tuple[str, str]]) -> None:
    """Each claim hangs under the first reason one row above it; reasons with premises elsewhere are routed."""
    premises = s.premises
    if not back and not s.shared:  # a tree: every premise sits one row below its only reason
        s.tree_parent = {p: a for a in s.args for p in premises[a]}
        return
    row = s.row
    tree_parent = s.tree_parent
    for a in s.args:
        ra = row[a] + 1
        for p in premises[a]:
            if p not in tree_parent and row[p] == ra and not (back and (p, a) in back):
                tree_parent[p] = a
    s.cross = {a for a in s.args for p in premises[a] if tree_parent.get(p) != a}


def _children(s: Structure, reasons: dict[str, list[str]]) -> None:
    """Tree children: a claim's shown reasons; a reason's tree premises, then a column per undercut."""
    row = s.row
    collapsed = s.collapsed
    tree_parent = s.tree_parent
    if collapsed:
        children = s.children
        for c in s.claims:
            if c in collapsed:
                children[c] = []
            else:
                children[c] = [a for a in reasons.get(c, ()) if a in row]
    else:
        children = s.children = {c: reasons.get(c) or [] for c in s.claims}
    cross, premises = s.cross, s.premises
    for a in s.args:
        ks = [p for p in premises[a] if tree_parent.get(p) == a] if cross else premises[a][:]
        undercuts = reasons.get(a)
        if undercuts:
            for u in undercuts:
                if u in row:
                    ks.append(DUMMY + u)
                    children[DUMMY + u] = [u]
                    row[DUMMY + u] = row[a] + 1
        children[a] = ks


def _dfs(
    start: str,
    kids: _Kids,
    done: set[str],
    post: list[str],
    back: set[tuple[str, str]],
    s: Structure,
    claim_set: set[str],
) -> None:
    """Depth-first from `start`: post-order into `post`, cycle-closing edges into `back`."""
    on_path: dict[str, int] = {start: 0}
    path = [start]
    stack: list[tuple[str, Iterator[str]]] = [(start, iter(kids(start)))]
    while stack:
        node, it = stack[-1]
        for child in it:
            if child in done:
                continue
            if child in on_path:
                back.add((child, node))
                loop = path[on_path[child] :]
                if all(s.relation.get(n, "support") == "support" for n in loop):
                    s.cycles.append([n for n in loop if n in claim_set])
                continue
            on_path[child] = len(path)
            path.append(child)
            stack.append((child, iter(kids(child))))
            break
        else:
            stack.pop()
            path.pop()
            del on_path[node]
            done.add(node)
            post.append(node)


def _topological_rows(
    s: Structure, roots: list[str], reasons: dict[str, list[str]], counts: dict[str, int]
) -> bool:
    """The rows, visiting every node after everything it backs (Kahn); False when something runs in a circle.

    The same rows as `_rows` over a topological order (with no edge cut), found in the
    same walk: a node's row is final when the walk reaches it. When no claim backs two
    arguments, a premise is ready as soon as its argument is reached.
    """
    premises, collapsed = s.premises, s.collapsed
    row = s.row
    for root in roots:
        row[root] = 0
    waiting = dict(counts) if s.shared else None
    order = list(roots)
    for n in order:  # grows as it is read
        r = row.get(n)  # None below a collapsed claim
        got = premises.get(n)
        rs = reasons.get(n)
        if got is None:  # a claim
            if rs:
                order.extend(rs)
                if r is not None and n not in collapsed:
                    for a in rs:
                        row[a] = r + 1
            continue
        if waiting is None:
            order.extend(got)
            if r is not None:
                for p in got:
                    row[p] = r + 1
        else:
            for p in got:
                left = waiting[p] - 1
                waiting[p] = left
                if left == 0:
                    order.append(p)
                if r is not None and row.get(p, -1) <= r:
                    row[p] = r + 1
        if rs:
            order.extend(rs)
            if r is not None:
                for u in rs:
                    row[u] = r + 2
    return len(order) == len(roots) + len(counts) + len(premises)
