"""Properties of the evaluation on random maps: labels are a complete labelling, strengths stay in [0, 1],
a map matched against itself scores full marks, and the coach never crashes."""

from __future__ import annotations

import re

from hypothesis import given

from argmap.analysis.coach import coach
from argmap.analysis.dfquad import dfquad
from argmap.analysis.dung import Label, grounded_map
from argmap.analysis.map_match import map_match
from argmap.model import Relation
from tests.strategies import argument_maps

_WORD = re.compile(r"\w{3,}")


@given(argument_maps())
def test_grounded_labels_are_a_complete_labelling(m):
    g = grounded_map(m)
    for node, label in g.labels.items():
        attackers = [g.labels[a] for a in g.attackers.get(node, ())]
        premises = [g.labels[p] for p in g.premises.get(node, ())]
        if label is Label.IN:
            assert all(x is Label.OUT for x in attackers) and all(p is Label.IN for p in premises)
        elif label is Label.OUT:
            assert Label.IN in attackers or Label.OUT in premises
        else:
            assert Label.IN not in attackers and Label.OUT not in premises
        assert g.explain(node)


@given(argument_maps())
def test_strengths_stay_between_0_and_1(m):
    r = dfquad(m)
    assert all(-1e-9 <= v <= 1 + 1e-9 for v in r.strength.values())
    for node in r.strength:
        assert r.working(node)


@given(argument_maps())
def test_a_map_against_itself_gets_every_applicable_line_in_full(m):
    # A claim with no span and no word of 3+ letters cannot be aligned: give those a word.
    for c in m.claims:
        if not any(sp.end > sp.start for sp in c.spans) and not _WORD.search(c.text):
            c.text = f"unanchored {c.id}"
    r = map_match(m, m.model_copy(deep=True))
    assert all(x.score in (None, 1.0) for x in r.lines if x.key != "conclusion")
    assert r.line("units").score in (None, 1.0)
    coach(m)
    assert all(a.relation in (Relation.SUPPORT, Relation.ATTACK) for a in m.arguments)


def test_words_that_change_length_when_lowercased_still_align():
    # Found by hypothesis: "İ".lower() is two code points, which split the word in two.
    from argmap.analysis.align import _words

    assert _words("0İ0 İstanbul") == {"0i̇0", "i̇stanbul"}
