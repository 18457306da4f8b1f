"""Kialo discussion exports: both layouts, links, multi-thesis, sources; export in the newer layout."""

from __future__ import annotations

import pytest

from argmap.io.errors import LoadError
from argmap.io.kialo import read, write
from argmap.model import ArgumentMap, Relation
from tests.argmap.io.roundtrip import compare, signature

OLDER = """Discussion Title: Should schools ban phones?

1. Schools should ban phones in class.
1.1. Pro: Phones distract pupils from lessons.
1.1.1. Con: Teachers can use phones as learning tools \\(sometimes\\).
1.2. Con: Parents need to reach their children.
1.2.1. Pro: -> See 1.1.1.
1.4. Con: -> See discussion #1234
"""

NEWER = """Discussion Name:
Should schools ban phones?

1. Thesis:
Schools should ban phones in class.

  1.1. Pro:
  Phones distract pupils
  from lessons [1].

    1.1.1. Con:
    Teachers can use phones as [learning tools](https://example.org/tools).

  1.3. Con:
  Parents need to reach their children.

    1.3.1. Pro:
    -> See 1.1.1.

Sources:
[1] https://example.org/study
"""

MULTI = """Discussion Name:
Phones at school?

1. Question:
Phones at school?

  1.1. Thesis:
  Ban them.

    1.1.1. Pro:
    They distract.

  1.2. Thesis:
  Allow them.
"""


def _relations(m: ArgumentMap) -> set[tuple[str, str, str]]:
    return {
        (m.claim(a.premises[0]).text[:12], a.relation.value, m.claim(a.target).text[:12]) for a in m.arguments
    }


def test_older_layout() -> None:
    result = read(OLDER.encode(), "old.txt")
    m = result.map
    assert m.title == "Should schools ban phones?"
    assert len(m.claims) == 5
    assert "Teachers can use phones as learning tools (sometimes)." in [c.text for c in m.claims]
    rel = _relations(m)
    assert ("Phones distr", "support", "Schools shou") in rel
    assert ("Teachers can", "support", "Parents need") in rel, "the -> See link is a second parent"
    assert "1 claim points to another Kialo discussion; kept as text" in result.warnings


def test_newer_layout_with_crlf_multiline_text_and_sources() -> None:
    m = read(NEWER.replace("\n", "\r\n").encode(), "new.txt").map
    texts = {c.origin.id: c for c in m.claims if c.origin}
    assert texts["1.1."].text == "Phones distract pupils\nfrom lessons [1]."
    assert texts["1.1."].note == "Sources:\n[1] https://example.org/study"
    assert texts["1.1.1."].text.endswith("[learning tools](https://example.org/tools).")
    assert ("Teachers can", "attack", "Phones distr") in _relations(m)
    assert ("Teachers can", "support", "Parents need") in _relations(m)


def test_multi_thesis_discussion_keeps_each_thesis_as_a_root() -> None:
    result = read(MULTI.encode(), "multi.txt")
    roots = {c.text for c in result.map.roots()}
    assert {"Ban them.", "Allow them.", "Phones at school?"} <= roots
    assert any("theses" in w for w in result.warnings)


def test_export_is_the_newer_layout_and_reads_back() -> None:
    m = read(NEWER.encode(), "new.txt").map
    out = write(m)
    text = out.data.decode()
    assert text.startswith("Discussion Name:\r\n") and "\r\n  1.1. Pro:\r\n" in text
    assert "-> See 1.1.1." in text and "Sources:\r\n[1] https://example.org/study" in text
    again = read(out.data, "again.txt").map
    assert compare(signature(m), signature(again)) == "same"


def test_export_of_the_seed_map_names_its_losses(sample_map: ArgumentMap) -> None:
    out = write(sample_map)
    assert any("linked" in x for x in out.losses) and any(
        "objection to a reasoning step" in x for x in out.losses
    )
    again = read(out.data, "seed.txt").map
    assert {c.text for c in again.claims} == {c.text for c in sample_map.claims}
    assert sum(a.relation is Relation.ATTACK for a in again.arguments) >= 2


def test_numbering_deeper_than_the_limit_is_refused() -> None:
    deep = "Discussion Title: x\n\n" + "\n".join("1." * k + " Pro: claim" for k in range(1, 260))
    with pytest.raises(LoadError, match="nests deeper"):
        read(deep.encode(), "deep.txt")


def test_multi_thesis_discussion_round_trips_with_its_question() -> None:
    m = read(MULTI.encode(), "multi.txt").map
    out = write(m)
    assert out.data.decode().count("Question:") == 1 and not out.losses
    again = read(out.data, "again.txt").map
    assert sorted(c.text for c in again.claims) == sorted(c.text for c in m.claims)
