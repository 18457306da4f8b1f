"""The evaluation overlay in one call: per box, its grounded label, DF-QuAD strength and explanations.

For the canvas (badges) and the details panel. Everything is "given the map as drawn".

    ov = evaluate(m)
    b = ov.badges["c1"]
    b.label          # Label.IN / OUT / UNDECIDED
    b.strength       # 0..1 (DF-QuAD)
    ov.because("c1") # 'IN because its only attack (a7 “…”) is OUT' (built on demand)
    ov.working("c1") # the DF-QuAD arithmetic, shown on demand
    ov.hints         # structure-coach hints (coach.py), minus the dismissed ones
    ov.hints_for("c2")

For the side-by-side Map Match view use `match_marks(result)`: the status of every
claim on each side (matched / missing / extra), keyed by id.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Literal

from argmap.analysis.coach import Hint, coach
from argmap.analysis.dfquad import Strengths, dfquad
from argmap.analysis.dung import Label, MapLabelling, grounded_map
from argmap.analysis.map_match import MatchResult
from argmap.model import ArgumentMap

GIVEN_AS_DRAWN = "given the map as drawn"
"""The qualifier every evaluation result is shown with."""


@dataclass(frozen=True)
class Badge:
    """What the overlay shows on one claim or argument."""

    label: Label
    strength: float


@dataclass(frozen=True)
class Overlay:
    """Badges for every claim and argument, and the coach's hints."""

    badges: Mapping[str, Badge]
    hints: list[Hint]
    labelling: MapLabelling
    strengths: Strengths

    def because(self, node_id: str) -> str:
        """Why the box has its label (one sentence)."""
        return self.labelling.explain(node_id)

    def working(self, node_id: str) -> str:
        """The DF-QuAD arithmetic behind the box's strength."""
        return self.strengths.working(node_id)

    def hints_for(self, node_id: str) -> list[Hint]:
        """Hints that point at this box."""
        return [h for h in self.hints if node_id in h.ids]


def evaluate(m: ArgumentMap, dismissed: Collection[str] = ()) -> Overlay:
    """Grounded labels, DF-QuAD strengths and coach hints for `m`."""
    g = grounded_map(m)
    s = dfquad(m)
    badges = {node: Badge(label, s.strength.get(node, 0.0)) for node, label in g.labels.items()}
    return Overlay(badges, coach(m, dismissed), g, s)


Mark = Literal["matched", "missing", "extra"]


def match_marks(result: MatchResult) -> tuple[dict[str, Mark], dict[str, Mark]]:
    """(reference claim id -> matched/missing, student claim id -> matched/extra) for the side-by-side view."""
    al = result.alignment
    ref: dict[str, Mark] = {p.ref: "matched" for p in al.pairs}
    ref.update({i: "missing" for i in al.missing})
    stu: dict[str, Mark] = {p.student: "matched" for p in al.pairs}
    stu.update({i: "extra" for i in al.extra})
    return ref, stu
