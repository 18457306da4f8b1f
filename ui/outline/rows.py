"""The outline's rows as plain tuples, built from the map: what the tree should show, diffable."""

from __future__ import annotations

from typing import NamedTuple

from argmap.model import Aim, Argument, ArgumentMap, Claim, Relation
from ui.look.palette import role_label

MAX_DEPTH = 60
"""Deeper branches (or circular reasoning) are cut: the tree is for reading, not for proof."""


_new = tuple.__new__  # builds a Row without NamedTuple's Python-level __new__ (thousands per edit)


class Row(NamedTuple):
    """One row and its subtree; equal rows show exactly the same thing (text, spoken text, children)."""

    key: str
    text: str
    spoken: str
    tooltip: str
    role: str  # "" for a "together:" row, which has no colour mark
    enabled: bool
    children: tuple[Row, ...]


def _relation_word(a: Argument, claims: dict[str, Claim]) -> tuple[str, str]:
    """(mark shown, words read by a screen reader) for an argument's relation."""
    if a.relation is Relation.SUPPORT:
        return "+", "supported because"
    if a.target not in claims and a.aim is Aim.INFERENCE:
        return "− undercut:", "undercut by"
    return "−", "objected to by"


class RowBuilder:
    """Turns a map (and an optional filter) into the tuple of top-level rows."""

    def __init__(self, m: ArgumentMap, only: set[str] | None) -> None:
        self._only = only
        self._claims = {c.id: c for c in m.claims}
        self._reasons: dict[str, list[Argument]] = {}
        for a in m.arguments:
            self._reasons.setdefault(a.target, []).append(a)
        self._labels: dict[str, str] = {}
        self._roots = m.roots()

    def build(self) -> tuple[Row, ...]:
        """The top-level rows: every root claim (with a filter: those whose branch holds a shown claim)."""
        return tuple(
            self._claim(r.id, "", "", 0, set(), True)
            for r in self._roots
            if self._only is None or self._visible_branch(r.id, set())
        )

    def _visible_branch(self, cid: str, seen: set[str]) -> bool:
        assert self._only is not None
        if cid in self._only:
            return True
        if cid in seen:
            return False
        seen.add(cid)
        return any(self._visible_branch(p, seen) for a in self._reasons.get(cid, []) for p in a.premises)

    def _label(self, claim: Claim) -> str:
        role = str(claim.role)
        word = self._labels.get(role)
        if word is None:
            word = self._labels[role] = role_label(claim.role)
        label = f"{word}: {claim.text}"
        if not claim.spans and not claim.implicit:
            label += "  (not in the article)"
        return label

    def _claim(self, cid: str, mark: str, spoken: str, depth: int, path: set[str], on: bool) -> Row:
        """A claim's row; `on` is False under a greyed row (Qt greys the rows below a disabled one)."""
        claim = self._claims[cid]
        label = self._label(claim)
        on = on and (self._only is None or cid in self._only)
        children: tuple[Row, ...] = ()
        reasons = self._reasons.get(cid)
        if reasons and depth < MAX_DEPTH and cid not in path:
            path.add(cid)  # the claims above this one, to cut circular reasoning
            children = tuple([self._argument(a, depth + 1, path, on) for a in reasons])
            path.discard(cid)
        text = f"{mark} {label}" if mark else label
        return _new(
            Row, (cid, text, f"{spoken} {label}" if spoken else label, claim.text, claim.role, on, children)
        )

    def _argument(self, a: Argument, depth: int, path: set[str], on: bool) -> Row:
        mark, spoken = _relation_word(a, self._claims)
        undercuts: tuple[Row, ...] = ()
        cuts = self._reasons.get(a.id)
        if cuts and depth < MAX_DEPTH:
            undercuts = tuple([self._argument(u, depth + 1, path, on) for u in cuts])
        if len(a.premises) == 1:
            row = self._claim(a.premises[0], mark, spoken, depth, path, on)
            return row._replace(children=row.children + undercuts) if undercuts else row
        premises = tuple([self._claim(p, "", "", depth, path, on) for p in a.premises])
        return _new(
            Row, (a.id, f"{mark} together:", f"{spoken} these together", "", "", on, premises + undercuts)
        )
