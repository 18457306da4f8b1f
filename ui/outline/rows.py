"""The outline's rows as plain tuples, built from the map: what the tree should show, diffable."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from argmap.model import Aim, Argument, ArgumentMap, Claim, Relation
from ui.look.palette import role_label

MAX_DEPTH = 60
"""Deeper branches (or circular reasoning) are cut: the tree is for reading, not for proof."""

Path = tuple[str, ...]
"""A row's place in the tree: the keys of the rows from the top one down to it."""
STEP = 5_000
"""Claims or arguments indexed in one step of a big map's first listing (about 10 ms)."""

_new = tuple.__new__  # builds a Row without NamedTuple's Python-level __new__ (thousands per edit)


class Row(NamedTuple):
    """One row and its subtree; equal rows show exactly the same thing (text, spoken text, children)."""

    key: str
    text: str
    spoken: str
    tooltip: str
    role: str  # "" for a "together:" row, which has no colour mark
    enabled: bool
    folded: bool  # it has rows below it that are not made yet (made when it is opened)
    children: tuple[Row, ...]


class MapIndex:
    """What the rows are made from, indexed once per map version: claims, reasons by target, roots."""

    def __init__(self, m: ArgumentMap, *, later: bool = False) -> None:
        self.claims: dict[str, Claim] = {}
        self.arguments: dict[str, Argument] = {}
        self.reasons: dict[str, list[Argument]] = {}
        self.premise_of: dict[str, Argument] = {}
        """Each claim's first argument it is a premise of (the way up to a main conclusion)."""
        self.roots: list[str] = []
        steps = self._index(m)
        self.steps: Iterator[None] | None = steps if later else None
        """With `later`: the indexing still to do, in steps of `STEP` claims or arguments (run it out)."""
        if not later:
            for _ in steps:
                pass

    def _index(self, m: ArgumentMap) -> Iterator[None]:
        claims, arguments = m.claims, m.arguments
        for i in range(0, len(claims), STEP):
            self.claims.update((c.id, c) for c in claims[i : i + STEP])
            yield
        for i in range(0, len(arguments), STEP):
            for a in arguments[i : i + STEP]:
                self.arguments[a.id] = a
                self.reasons.setdefault(a.target, []).append(a)
                for p in a.premises:
                    self.premise_of.setdefault(p, a)
            yield
        used = self.premise_of
        self.roots = [c.id for c in claims if c.id not in used]

    def path_to(self, claim_id: str) -> Path | None:
        """The keys from a top row down to one row of this claim (None when it has none)."""
        if claim_id not in self.claims:
            return None
        up = [claim_id]
        seen: set[str] = set()
        a = self.premise_of.get(claim_id)
        while a is not None and a.id not in seen and len(up) <= 2 * MAX_DEPTH:
            seen.add(a.id)
            if len(a.premises) > 1:
                up.append(a.id)  # the "together:" row above linked premises
            target = self.arguments.get(a.target)
            if target is None:  # a claim
                up.append(a.target)
                a = self.premise_of.get(a.target)
            else:  # an undercut hangs under the row of the reason it questions
                if len(target.premises) == 1:
                    up.append(target.premises[0])
                a = target
        return tuple(reversed(up)) if up[-1] in self.roots else None


def _relation_word(a: Argument, index: MapIndex) -> tuple[str, str]:
    """(mark shown, words read by a screen reader) for an argument's relation, in a student's words."""
    aimed = index.arguments.get(a.target)
    if aimed is not None and a.aim is Aim.INFERENCE:  # a reason about the step from a reason to its claim
        does = "supports it" if aimed.relation is Relation.SUPPORT else "counts against it"
        if a.relation is Relation.SUPPORT:
            return f"+ shows why this {does}:", f"which shows why this {does}:"
        return f"− questions whether this {does}:", f"which questions whether this {does}:"
    if a.relation is Relation.SUPPORT:
        return "+", "supported because"
    return "−", "objected to by"


class RowBuilder:
    """Turns a map (and an optional filter) into the tuple of top-level rows.

    With `opened`, only the rows below those paths are made; any other row with rows
    below it is `folded` (a big map's outline makes rows as the reader opens them).
    """

    def __init__(
        self,
        m: ArgumentMap | MapIndex,
        only: set[str] | None,
        opened: set[Path] | None = None,
    ) -> None:
        self._index = m if isinstance(m, MapIndex) else MapIndex(m)
        self._only = only
        self._opened = opened
        self._claims = self._index.claims
        self._reasons = self._index.reasons
        self._labels: dict[str, str] = {}
        self.made = 0
        """Rows made by `build` (for tests and benchmarks)."""

    def build(self) -> tuple[Row, ...]:
        """The top-level rows: every root claim (with a filter: those whose branch holds a shown claim)."""
        return tuple(
            self._claim(r, "", "", 0, set(), True, (), None)
            for r in self._index.roots
            if self._only is None or self._visible_branch(r, set())
        )

    def _visible_branch(self, cid: str, seen: set[str]) -> bool:
        assert self._only is not None
        if cid in self._only:
            return True
        if cid in seen:
            return False
        seen.add(cid)
        return any(self._visible_branch(p, seen) for a in self._reasons.get(cid, []) for p in a.premises)

    def _open(self, path: Path) -> bool:
        return self._opened is None or path in self._opened

    def _label(self, claim: Claim) -> str:
        role = str(claim.role)
        word = self._labels.get(role)
        if word is None:
            word = self._labels[role] = role_label(claim.role)
        label = f"{word}: {claim.text}"
        if not claim.spans and not claim.implicit:
            label += "  (not in the article)"
        return label

    def _claim(
        self,
        cid: str,
        mark: str,
        spoken: str,
        depth: int,
        path: set[str],
        on: bool,
        at: Path,
        via: str | None,
    ) -> Row:
        """A claim's row, with the undercuts of `via` (the reason it stands for) below it.

        `on` is False under a greyed row (Qt greys the rows below a disabled one).
        """
        self.made += 1
        claim = self._claims[cid]
        label = self._label(claim)
        on = on and (self._only is None or cid in self._only)
        here = (*at, cid)
        reasons = self._reasons.get(cid) if depth < MAX_DEPTH and cid not in path else None
        cuts = self._reasons.get(via) if via is not None and depth < MAX_DEPTH else None
        children: tuple[Row, ...] = ()
        folded = False
        if (reasons or cuts) and not self._open(here):
            folded = True
        else:
            if reasons:
                path.add(cid)  # the claims above this one, to cut circular reasoning
                children = tuple([self._argument(a, depth + 1, path, on, here) for a in reasons])
                path.discard(cid)
            if cuts:
                children += tuple([self._argument(u, depth + 1, path, on, here) for u in cuts])
        text = f"{mark} {label}" if mark else label
        return _new(
            Row,
            (
                cid,
                text,
                f"{spoken} {label}" if spoken else label,
                claim.text,
                claim.role,
                on,
                folded,
                children,
            ),
        )

    def _argument(self, a: Argument, depth: int, path: set[str], on: bool, at: Path) -> Row:
        mark, spoken = _relation_word(a, self._index)
        if len(a.premises) == 1:
            return self._claim(a.premises[0], mark, spoken, depth, path, on, at, a.id)
        self.made += 1
        here = (*at, a.id)
        cuts = self._reasons.get(a.id) if depth < MAX_DEPTH else None
        children: tuple[Row, ...] = ()
        folded = not self._open(here)
        if not folded:
            children = tuple([self._claim(p, "", "", depth, path, on, here, None) for p in a.premises])
            if cuts:
                children += tuple([self._argument(u, depth + 1, path, on, here) for u in cuts])
        return _new(
            Row, (a.id, f"{mark} together:", f"{spoken} these together", "", "", on, folded, children)
        )


def opened_within(index: MapIndex, only: set[str] | None, budget: int) -> set[Path]:
    """The rows to open at first on a big map: level by level from the top while at most `budget` rows show."""
    opened: set[Path] = set()
    while True:
        rows = RowBuilder(index, only, opened).build()
        folded = _folded(rows, ())
        if not folded:
            return opened
        more = opened | set(folded)
        builder = RowBuilder(index, only, more)
        builder.build()
        if builder.made > budget:
            return opened
        opened = more


def _folded(rows: tuple[Row, ...], at: Path) -> list[Path]:
    """Paths of the folded rows at the shallowest level that has any."""
    level = [((*at, r.key), r) for r in rows]
    while level:
        found = [p for p, r in level if r.folded]
        if found:
            return found
        level = [((*p, c.key), c) for p, r in level for c in r.children]
    return []
