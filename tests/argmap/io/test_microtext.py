"""Argumentative microtexts: segments become the article, every unit is anchored, edges map to arguments."""

from __future__ import annotations

from pathlib import Path

import pytest

from argmap.io.errors import LoadError
from argmap.io.microtext import read
from argmap.model import Relation, Role

B001 = """<?xml version='1.0' encoding='UTF-8'?>
<arggraph id="micro_b001" topic_id="waste_separation" stance="pro">
  <edu id="e1"><![CDATA[Yes, it's annoying and cumbersome to separate your rubbish properly all the time.]]></edu>
  <edu id="e2"><![CDATA[Three different bin bags stink away in the kitchen and have to be sorted into different wheelie bins.]]></edu>
  <edu id="e3"><![CDATA[But still Germany produces way too much rubbish]]></edu>
  <edu id="e4"><![CDATA[and too many resources are lost when what actually should be separated and recycled is burnt.]]></edu>
  <edu id="e5"><![CDATA[We Berliners should take the chance and become pioneers in waste separation!]]></edu>
  <adu id="a1" type="opp"/>
  <adu id="a2" type="opp"/>
  <adu id="a3" type="pro"/>
  <adu id="a4" type="pro"/>
  <adu id="a5" type="pro"/>
  <edge id="c6" src="e1" trg="a1" type="seg"/>
  <edge id="c7" src="e2" trg="a2" type="seg"/>
  <edge id="c8" src="e3" trg="a3" type="seg"/>
  <edge id="c9" src="e4" trg="a4" type="seg"/>
  <edge id="c10" src="e5" trg="a5" type="seg"/>
  <edge id="c1" src="a1" trg="a5" type="reb"/>
  <edge id="c2" src="a2" trg="a1" type="sup"/>
  <edge id="c3" src="a3" trg="c1" type="und"/>
  <edge id="c4" src="a4" trg="c3" type="add"/>
</arggraph>
"""


def test_b001_is_a_fully_anchored_map() -> None:
    m = read(B001.encode(), "micro_b001.xml").map
    assert m.article is not None
    assert m.article.text.startswith("Yes, it's annoying") and m.article.text.endswith("waste separation!")
    assert all(len(c.spans) == 1 and c.spans[0].matches(m.article.text) for c in m.claims)
    assert m.claim("a5").role is Role.CONCLUSION and m.claim("a1").role is Role.OBJECTION
    rebut, support, undercut = m.argument("c1"), m.argument("c2"), m.argument("c3")
    assert (rebut.relation, rebut.target) == (Relation.ATTACK, "a5")
    assert (support.relation, support.target) == (Relation.SUPPORT, "a1")
    assert undercut.relation is Relation.ATTACK and undercut.target == "c1"
    assert undercut.premises == ["a3", "a4"], "the add edge joins a4 to the undercut as a linked premise"


def test_corpus_texts_match_their_plain_text_files(shared_dir: Path) -> None:
    folder = shared_dir / "corpora" / "arg-microtexts" / "corpus" / "en"
    for xml in sorted(folder.glob("micro_*.xml"))[:40]:
        m = read(xml.read_bytes(), str(xml)).map
        plain = " ".join(xml.with_suffix(".txt").read_text(encoding="utf-8").split())
        assert m.article is not None and m.article.text == plain, xml.name
        assert sum(c.role is Role.CONCLUSION for c in m.claims) == 1, xml.name


@pytest.mark.parametrize(
    "xml",
    [
        '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "xxxxxxxxxx"><!ENTITY y "&x;&x;&x;&x;">]><arggraph>&y;</arggraph>',
        '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><arggraph>&x;</arggraph>',
        "<arggraph><edu id='e1'>unclosed</arggraph>",
        "<graph/>",
    ],
)
def test_hostile_or_wrong_xml_is_refused_cleanly(xml: str) -> None:
    with pytest.raises(LoadError, match=r"^bad\.xml: "):
        read(xml.encode(), "bad.xml")


def test_edges_to_missing_units_are_left_out_with_a_warning() -> None:
    xml = B001.replace('trg="a5" type="reb"', 'trg="a9" type="reb"')
    result = read(xml.encode(), "x.xml")
    ids = {a.id for a in result.map.arguments}
    assert "c1" not in ids and "c3" not in ids, "the undercut of a dropped edge goes too"
    assert any("not in the file" in w for w in result.warnings)
