"""Evaluation of reasons aimed at an argument: an attack on its premises and an undercut both defeat it, each named as what it is."""

from argmap.analysis.dfquad import dfquad
from argmap.analysis.dung import Label, grounded_map
from argmap.classroom.essay import HOWEVER, UNDERCUT, essay_outline, outline_markdown
from argmap.io.argdown_read import read
from argmap.model import Aim, ArgumentMap
from argmap.ops import EditArgument

DOC = b"""[s]: Schools should ban phones.
  + <Distraction>: Phones distract pupils.
    - <Selective>: Those studies picked bad schools.

[t]: Homework should be short.
  + <Tired>: Pupils are tired.
    <_ <Other causes>: Tiredness has other causes.
"""


def _by_title(m: ArgumentMap) -> dict[str, str]:
    return {a.origin.id: a.id for a in m.arguments if a.origin is not None and a.origin.id}


def test_an_attack_on_the_premises_defeats_the_argument_and_says_so() -> None:
    m = read(DOC, "x.argdown").map
    ids = _by_title(m)
    result = grounded_map(m)
    assert result.labels[ids["Distraction"]] is Label.OUT
    assert result.explain(ids["Distraction"]).startswith("OUT because the attack on its premises ")
    assert result.labels[ids["Tired"]] is Label.OUT
    assert result.explain(ids["Tired"]).startswith("OUT because the undercut ")
    conclusions = {c.text: c.id for c in m.claims}
    assert result.labels[conclusions["Schools should ban phones."]] is Label.IN


def test_both_weaken_the_argument_alike_in_dfquad() -> None:
    m = read(DOC, "x.argdown").map
    ids = _by_title(m)
    s = dfquad(m)
    assert s.strength[ids["Distraction"]] == s.strength[ids["Tired"]] == 0.25
    assert ids["Selective"] in s.working(ids["Distraction"])


def test_turning_an_undercut_into_an_attack_on_the_premises_is_one_undoable_edit() -> None:
    m = read(DOC, "x.argdown").map
    ids = _by_title(m)
    undo = EditArgument(ids["Other causes"], {"aim": Aim.PREMISES}).apply(m)
    assert grounded_map(m).explain(ids["Tired"]).startswith("OUT because the attack on its premises ")
    undo.apply(m)
    assert m.argument(ids["Other causes"]).aim is Aim.INFERENCE
    assert grounded_map(m).explain(ids["Tired"]).startswith("OUT because the undercut ")


def test_the_essay_outline_calls_only_the_undercut_a_failed_reasoning() -> None:
    text = outline_markdown(essay_outline(read(DOC, "x.argdown").map))
    assert f"**{HOWEVER}** those studies picked bad schools." in text
    assert f"**{UNDERCUT}** Tiredness has other causes." in text
    assert f"**{UNDERCUT}** those studies" not in text
