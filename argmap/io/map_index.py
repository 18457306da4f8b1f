"""Dictionaries over a map for the exporters, so lookups stay constant-time on maps of 100,000 claims."""

from __future__ import annotations

from argmap.model import Argument, ArgumentMap, Claim, Tag


class MapIndex:
    """Claims, arguments and tags by id, and each node's reasons in document order."""

    def __init__(self, m: ArgumentMap) -> None:
        self.claims: dict[str, Claim] = {c.id: c for c in m.claims}
        self.arguments: dict[str, Argument] = {a.id: a for a in m.arguments}
        self.tags: dict[str, Tag] = {t.id: t for t in m.tags}
        self._reasons: dict[str, list[Argument]] = {}
        for a in m.arguments:
            self._reasons.setdefault(a.target, []).append(a)

    def claim(self, claim_id: str) -> Claim:
        """The claim with this id; KeyError if there is none."""
        return self.claims[claim_id]

    def node(self, node_id: str) -> Claim | Argument:
        """A claim or an argument by id."""
        return self.claims[node_id] if node_id in self.claims else self.arguments[node_id]

    def reasons_for(self, target_id: str) -> list[Argument]:
        """Arguments whose target is this claim or argument, in document order."""
        return self._reasons.get(target_id, [])
