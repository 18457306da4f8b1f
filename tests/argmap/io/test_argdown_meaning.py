"""Argdown read as Argdown means it (issue 16's thirteen classes), and written back with the same relations."""

from __future__ import annotations

import pytest

from argmap.io.argdown_read import read
from argmap.io.argdown_write import write
from argmap.model import Aim, ArgumentMap, Relation

Rel = tuple[str, str, str]


def _load(doc: str) -> ArgumentMap:
    return read(doc.encode(), "x.argdown").map


def _name(m: ArgumentMap, node_id: str) -> str:
    """A claim by its Argdown title (an argument's description claim: `<title>`), an argument by its target."""
    by_id = {c.id: c for c in m.claims}
    if node_id in by_id:
        o = by_id[node_id].origin
        if o is not None and isinstance(o.data.get("gist_of"), str):
            return f"<{o.data['gist_of']}>"
        if o is not None and o.data.get("argument") is True:
            return f"<{o.id}>"
        return f"[{o.id}]" if o is not None and o.id else by_id[node_id].text
    a = m.argument(node_id)
    return "(" + "+".join(sorted(_name(m, p) for p in a.premises)) + f" => {_name(m, a.target)})"


def relations(m: ArgumentMap) -> set[Rel]:
    """Each reason as (premises, kind, target), kind being support / attack / undercut / premise-attack."""
    out: set[Rel] = set()
    claims = {c.id for c in m.claims}
    for a in m.arguments:
        kind = a.relation.value
        if a.target not in claims:
            kind = {Aim.INFERENCE: "undercut", Aim.PREMISES: f"premise-{kind}"}[a.aim]
            kind = "support" if kind == "undercut" and a.relation is Relation.SUPPORT else kind
        if a.origin is not None and a.origin.data.get("undercut") is True:
            kind = "undercut"
        out.add(("+".join(sorted(_name(m, p) for p in a.premises)), kind, _name(m, a.target)))
    return out


def round_trip(m: ArgumentMap) -> ArgumentMap:
    return read(write(m).data, "again.argdown").map


CASES: dict[str, tuple[str, set[Rel]]] = {
    "1 an attack on an argument aims at its premises, not its inference": (
        "[s]: S.\n  + <a>: A.\n    - <b>: B.\n",
        {("<a>", "support", "[s]"), ("<b>", "premise-attack", "(<a> => [s])")},
    ),
    "1 an outgoing attack on an argument too": (
        "[q]: Q.\n  -> <a>: A.\n\n[s]: S.\n  + <a>\n",
        {("<a>", "support", "[s]"), ("[q]", "premise-attack", "(<a> => [s])")},
    ),
    "2 a support of an argument stays a support": (
        "[s]: S.\n  + <a>: A.\n    + <b>: B.\n",
        {("<a>", "support", "[s]"), ("<b>", "premise-support", "(<a> => [s])")},
    ),
    "3 an undercut of an argument drawn as a box stays an undercut": (
        "<a>: A.\n  <_ <b>: B.\n",
        {("<b>", "undercut", "<a>")},
    ),
    "4 strict mode: an attack between statements is contrary, both ways": (
        "===\nmodel:\n    mode: strict\n===\n\n[a]: A.\n  - [b]: B.\n",
        {("[b]", "attack", "[a]"), ("[a]", "attack", "[b]")},
    ),
    "5 an undercut below a conclusion undercuts the inference": (
        "<a>: A.\n\n(1) [p]: P.\n----\n(2) [c]: C.\n    <_ [u]: U.\n",
        {("[p]", "support", "[c]"), ("[u]", "undercut", "([p] => [c])")},
    ),
    "6 an undercut under the inference line is no rule text": (
        "<a>: A.\n\n(1) [p]: P.\n----\n    <_ [u]: U.\n(2) [c]: C.\n",
        {("[p]", "support", "[c]"), ("[u]", "undercut", "([p] => [c])")},
    ),
    "7 a structure indented under a relation after a blank line is an argument": (
        "[s]: S.\n  + <a>: A.\n\n    (1) [p]: P.\n    (2) [q]: Q.\n    ----\n    (3) [s]\n",
        {("<a>", "support", "[s]"), ("[p]+[q]", "support", "[s]")},
    ),
    "8 list items are statements of their own": (
        "* [s]: S.\n* [t]: T.\n  - [u]: U.\n",
        {("[u]", "attack", "[t]")},
    ),
    "9 a Markdown link at a line start is no statement": (
        "[here](https://x) is a link.\n\n[s]: S.\n  + [t]: T.\n",
        {("[t]", "support", "[s]")},
    ),
    "10 YAML list lines in a data block are data, not attacks": (
        "[s]: S. {\nsources:\n    - Book A\n    - Book B\n}\n  + [t]: T.\n",
        {("[t]", "support", "[s]")},
    ),
    "11 a relation on an argument and on its conclusion is one relation": (
        "<a>: A.\n\n(1) [p]: P.\n----\n(2) [c]: C.\n\n<a>\n  +> [d]: D.\n\n[c]\n  +> [d]\n",
        {("[p]", "support", "[c]"), ("[c]", "support", "[d]")},
    ),
    "12 {uses: [1,4]} picks the premises of a step": (
        "<a>: A.\n\n(1) [p1]: P1.\n(2) [p2]: P2.\n----\n(3) [c1]: C1.\n(4) [p4]: P4.\n"
        "-- {uses: [1,4]} --\n(5) [c2]: C2.\n",
        {("[p1]+[p2]", "support", "[c1]"), ("[p1]+[p4]", "support", "[c2]")},
    ),
    "13 two statements supporting an argument are two supports, not a linked pair": (
        "[s]: S.\n  + <a>: A.\n    + [p]: P.\n    + [q]: Q.\n",
        {
            ("<a>", "support", "[s]"),
            ("[p]", "premise-support", "(<a> => [s])"),
            ("[q]", "premise-support", "(<a> => [s])"),
        },
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_snippet_reads_as_argdown_means_it(case: str) -> None:
    doc, expected = CASES[case]
    assert relations(_load(doc)) == expected


@pytest.mark.parametrize("case", sorted(CASES))
def test_snippet_round_trip_keeps_every_relation(case: str) -> None:
    m = _load(CASES[case][0])
    assert relations(round_trip(m)) == relations(m)


def test_attack_and_undercut_of_an_argument_are_written_as_argdown_writes_them() -> None:
    text = write(_load("[s]: S.\n  + <a>: A.\n    - <b>: B.\n    <_ <c>: C.\n")).data.decode()
    tree = text[text.index("[s]") :].split("\n\n")[0].splitlines()
    assert [line.split(" {")[0] for line in tree[1:]] == ["  + <a>", "    - <b>", "    <_ <c>"]


def test_contraries_are_written_once_in_strict_mode() -> None:
    text = write(_load("===\nmodel:\n    mode: strict\n===\n\n[a]: A.\n  - [b]: B.\n")).data.decode()
    assert "model:\n    mode: strict\n" in text
    assert text.count("- [") == 1


def test_contradiction_is_written_back_as_one_contradiction() -> None:
    text = write(_load("[a]: A.\n  >< [b]: B.\n")).data.decode()
    assert text.count("><") == 1 and "- [" not in text


def test_a_comment_line_does_not_end_a_relation_tree() -> None:
    m = _load("[s]: S.\n  + [t]: T.\n  // a note\n  <!-- a\n  longer note -->\n  - [u]: U.\n")
    assert relations(m) == {("[t]", "support", "[s]"), ("[u]", "attack", "[s]")}


def test_a_relation_after_a_blank_line_has_nothing_to_attach_to() -> None:
    m = _load("[v]: V.\n\n  - [w]: W.\n\n[x]: X.\n  + [y]: Y.\n")
    assert relations(m) == {("[y]", "support", "[x]")}


def test_an_inference_between_levels_joins_the_outer_list_as_argdown_does() -> None:
    m = _load("[a]: A.\n  + [b]: B.\n      - [c]: C.\n    - [d]: D.\n")
    assert ("[d]", "attack", "[a]") in relations(m)


def test_a_url_in_a_sentence_is_not_cut_off_as_a_comment() -> None:
    m = _load("[s]: See [the site](https://example.org/x) or http://example.org. #t\n  + [t]: T.\n")
    text = write(m).data.decode()
    assert "[the site](https://example.org/x)" in text and "http:\\//example.org" in text
    again = round_trip(m)
    assert [c.text for c in again.claims] == [c.text for c in m.claims]
    assert [again.tag(t).name for c in again.claims for t in c.tags] == ["t"]


def test_a_contradiction_with_an_argument_box_is_written_as_two_attacks_argdown_accepts() -> None:
    text = write(_load("[s]: S.\n  >< <a>: A.\n")).data.decode()
    assert "><" not in text and text.count("- ") == 2


def test_strict_mode_leaves_attacks_of_arguments_one_way_and_says_what_it_did() -> None:
    result = read(b"===\nmodel:\n    mode: strict\n===\n\n[a]: A.\n  - <b>: B.\n  - [c]: C.\n", "x.argdown")
    assert relations(result.map) == {
        ("<b>", "attack", "[a]"),
        ("[c]", "attack", "[a]"),
        ("[a]", "attack", "[c]"),
    }
    assert any("contrary" in w for w in result.warnings)
