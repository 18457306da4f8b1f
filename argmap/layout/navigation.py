"""Keyboard travel over the map: parent, children and siblings of a claim (pure, no Qt)."""

from __future__ import annotations

from argmap.model import ArgumentMap, Direction


class Neighbours:
    """Parent/children/sibling lookups for one state of a map (build once per keypress)."""

    def __init__(self, m: ArgumentMap, visible: set[str] | None = None) -> None:
        args = {a.id: a for a in m.arguments}
        claims = [c.id for c in m.claims if visible is None or c.id in visible]
        shown = set(claims)
        self._parent: dict[str, str] = {}
        self._children: dict[str, list[str]] = {}
        for a in m.arguments:
            target = a.target
            while target in args:  # an undercut hangs under the reason's target claim
                target = args[target].target
            if target not in shown:
                continue
            for p in a.premises:
                if p not in shown or p == target:
                    continue
                self._parent.setdefault(p, target)
                kids = self._children.setdefault(target, [])
                if p not in kids:
                    kids.append(p)
        self._roots = [c for c in claims if c not in self._parent]

    def parent(self, claim_id: str) -> str | None:
        """The claim this one is a reason for (the first, if several)."""
        return self._parent.get(claim_id)

    def children(self, claim_id: str) -> list[str]:
        """The claims that are reasons or objections for this one, in order."""
        return self._children.get(claim_id, [])

    def siblings(self, claim_id: str) -> list[str]:
        """The claim and its siblings in order (the roots for a root)."""
        parent = self.parent(claim_id)
        return self._roots if parent is None else self.children(parent)

    def step(self, claim_id: str, key: str, direction: Direction) -> str | None:
        """The claim reached by an arrow key ("up", "down", "left", "right") from `claim_id`."""
        if direction == Direction.LEFT_RIGHT:
            key = {"left": "up", "right": "down", "up": "left", "down": "right"}[key]
        if key == "up":
            return self.parent(claim_id)
        if key == "down":
            kids = self.children(claim_id)
            return kids[0] if kids else None
        sibs = self.siblings(claim_id)
        if claim_id not in sibs:
            return None
        i = sibs.index(claim_id) + (1 if key == "right" else -1)
        return sibs[i] if 0 <= i < len(sibs) else None
