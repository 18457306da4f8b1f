"""AIF holds an attack on an argument's premises as a conflict with its premise I nodes, not with its RA node."""

import json

from argmap.io.aif_read import read as read_aif
from argmap.io.aif_write import write_aifdb
from argmap.io.argdown_read import read as read_argdown

DOC = b"""[s]: Schools should ban phones.
  + <Distraction>: Phones distract pupils.
    - <Selective>: Those studies picked bad schools.
    <_ <Other causes>: Lower marks have other causes.
"""


def test_premise_attack_is_a_conflict_with_the_premise_and_an_undercut_with_the_inference() -> None:
    m = read_argdown(DOC, "x.argdown").map
    doc = json.loads(write_aifdb(m).data)
    nodes = {n["nodeID"]: n for n in doc["nodes"]}
    text = {i: n["text"] for i, n in nodes.items()}
    into = {(e["fromID"], e["toID"]) for e in doc["edges"]}

    def conflict_from(wording: str) -> str:
        source = next(i for i, t in text.items() if t == wording)
        return next(b for a, b in into if a == source and nodes[b]["type"] == "CA")

    premise = next(i for i, t in text.items() if t == "Phones distract pupils.")
    ra = next(b for a, b in into if a == premise and nodes[b]["type"] == "RA")
    selective, other = (
        conflict_from("Those studies picked bad schools."),
        conflict_from("Lower marks have other causes."),
    )
    assert (selective, premise) in into and (selective, ra) not in into
    assert (other, ra) in into and (other, premise) not in into


def test_aif_round_trip_keeps_the_aim() -> None:
    m = read_argdown(DOC, "x.argdown").map
    again = read_aif(write_aifdb(m).data, "x.json").map
    aims = sorted(
        (a.relation.value, a.aim.value)
        for a in again.arguments
        if a.target not in {c.id for c in again.claims}
    )
    assert aims == [("attack", "inference"), ("attack", "premises")]
