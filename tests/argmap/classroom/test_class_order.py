"""A class of twelve realistic student maps: the grades put them in the order a teacher gives them."""

from __future__ import annotations

from itertools import combinations
from math import sqrt
from pathlib import Path

import pytest

from argmap.analysis.map_match import map_match
from argmap.classroom.assignment import load_reference
from argmap.io.native import load

CLASS = Path(__file__).parents[2] / "fixtures" / "classroom"

TEACHER_ORDER = [
    ["near-perfect"],  # everything right, one selection shorter than the reference's
    ["all-plus-background"],  # everything right, plus two background sentences drawn as reasons
    ["missed-bias"],  # right, without the objection to Zuckerberg's authority
    ["heading-thesis", "alternative-thesis"],  # thesis on the heading; another accepted thesis
    ["wrong-polarity"],  # every claim, but the objection and its rebuttal drawn as reasons
    ["objection-unconnected"],  # reasons right, objection left hanging, linked pair drawn apart
    ["partial"],  # the thesis and three reasons
    ["no-arrows"],  # every claim, no arrows
    ["every-sentence"],  # every sentence tagged, all under the first
    ["one-box"],  # one box over a paragraph
    ["empty"],  # nothing
]
"""Best first; students in one group are tied. Written before looking at the grades."""


def kendall_tau_b(x: list[float], y: list[float]) -> float:
    """Kendall's tau-b of two rankings (ties allowed in either)."""
    concordant = discordant = tied_x = tied_y = 0
    for i, j in combinations(range(len(x)), 2):
        dx, dy = x[i] - x[j], y[i] - y[j]
        if dx == 0 and dy == 0:
            continue
        if dx == 0:
            tied_x += 1
        elif dy == 0:
            tied_y += 1
        elif (dx > 0) == (dy > 0):
            concordant += 1
        else:
            discordant += 1
    n = concordant + discordant
    return (concordant - discordant) / sqrt((n + tied_x) * (n + tied_y))


def grades() -> dict[str, float]:
    ref, weights, _ = load_reference(CLASS / "teacher.argmap-assignment.json")
    out = {}
    for f in sorted((CLASS / "class").glob("*.argmap.json")):
        out[f.name.removesuffix(".argmap.json")] = map_match(ref, load(f), weights).total
    return out


def test_the_class_is_complete():
    named = {n for group in TEACHER_ORDER for n in group}
    assert named == set(grades())
    assert len(named) >= 10


def test_every_fixture_map_is_valid():
    from argmap.analysis.findings import Level, validate

    for f in sorted((CLASS / "class").glob("*.argmap.json")):
        assert not [x for x in validate(load(f)) if x.level is Level.ERROR], f.name


def test_grades_follow_the_teachers_order():
    g = grades()
    rank = {n: -i for i, group in enumerate(TEACHER_ORDER) for n in group}
    names = sorted(g)
    tau = kendall_tau_b([rank[n] for n in names], [round(g[n], 4) for n in names])
    shown = ", ".join(f"{n} {g[n]:.0%}" for n in sorted(g, key=lambda n: -g[n]))
    assert tau >= 0.9, f"tau {tau:.3f}: {shown}"


@pytest.mark.parametrize(
    ("better", "worse"),
    [
        ("near-perfect", "wrong-polarity"),
        ("heading-thesis", "no-arrows"),
        ("alternative-thesis", "one-box"),
        ("alternative-thesis", "every-sentence"),
    ],
)
def test_the_orders_the_issue_names(better: str, worse: str):
    g = grades()
    assert g[better] > g[worse] + 0.05


def test_kendall_tau_b_by_hand():
    assert kendall_tau_b([1, 2, 3], [1, 2, 3]) == 1.0
    assert kendall_tau_b([1, 2, 3], [3, 2, 1]) == -1.0
    # one tie in x: 2 concordant, pairs untied in x: 2, in y: 3 -> 2 / sqrt(2 * 3)
    assert kendall_tau_b([1, 1, 2], [1, 2, 3]) == pytest.approx(2 / sqrt(6))
