"""Essay outline: connectives follow the map (because / however / therefore), Markdown and .docx agree."""

from __future__ import annotations

from pathlib import Path

import docx

from argmap.classroom.essay import essay_outline, outline_markdown, write_outline_docx
from argmap.model import Argument, ArgumentMap, Article, Claim, Relation, Role


def _map() -> ArgumentMap:
    text = "Cities should plant trees. Trees cool streets. Shade saves energy. Trees cost money. Costs fall later."
    text += " Running costs, shade and cities matter."  # seen in lower case: ordinary words
    claims = [
        Claim(id="c1", text="Cities should plant trees"),
        Claim(id="c2", text="Trees cool streets."),
        Claim(id="c3", text="Shade saves energy."),
        Claim(id="c4", text="Trees cost money."),
        Claim(id="c5", text="Costs fall later."),
        Claim(id="c6", text="Mark Smith says so."),
        Claim(id="c7", text="Smith sells trees."),
        Claim(id="c8", text="Parks are popular."),
    ]
    arguments = [
        Argument(id="a1", premises=["c2", "c3"], relation=Relation.SUPPORT, target="c1"),
        Argument(id="a2", premises=["c4"], relation=Relation.ATTACK, target="c1"),
        Argument(id="a3", premises=["c5"], relation=Relation.ATTACK, target="c4"),
        Argument(id="a4", premises=["c6"], relation=Relation.SUPPORT, target="c1"),
        Argument(id="a5", premises=["c7"], relation=Relation.ATTACK, target="a4"),
    ]
    return ArgumentMap(title="Trees", article=Article(text=text), claims=claims, arguments=arguments)


def test_outline_follows_the_structure_with_connectives() -> None:
    md = outline_markdown(essay_outline(_map()))
    assert md.splitlines() == [
        "# Essay outline: Trees",
        "",
        "## 1. Cities should plant trees.",
        "",
        "- **Because** trees cool streets and shade saves energy.",  # linked premises: one reason
        "- **However,** trees cost money.",
        "  - **However,** costs fall later.",  # the objection's rebuttal sits under it
        "- **Because** Mark Smith says so.",  # a name keeps its capital
        "  - **However, that reasoning fails if** Smith sells trees.",  # undercut of the reasoning
        "- **Therefore,** cities should plant trees.",
        "",
        "## Points not yet connected",
        "",
        "- Parks are popular.",
    ]


def test_docx_has_the_same_lines_with_bold_connectives(tmp_path: Path) -> None:
    path = tmp_path / "essay.docx"
    write_outline_docx(essay_outline(_map()), path)
    paragraphs = docx.Document(str(path)).paragraphs
    lines = [(p.style.name if p.style is not None else "", p.text) for p in paragraphs]
    assert lines[1] == ("Heading 1", "1. Cities should plant trees.")
    assert ("List Bullet 2", "However, costs fall later.") in lines
    assert lines[-3] == ("List Bullet", "Therefore, cities should plant trees.")
    assert lines[-1] == ("List Bullet", "Parks are popular.")
    because = paragraphs[2]
    assert because.runs[0].text == "Because" and because.runs[0].bold


def test_a_support_cycle_does_not_loop_and_each_claim_appears_once() -> None:
    m = _map()
    m.arguments.append(Argument(id="a6", premises=["c1"], relation=Relation.SUPPORT, target="c2"))
    m.claims[0].role = Role.CONCLUSION
    md = outline_markdown(essay_outline(m))
    assert md.count("rees cool streets") == 1
    assert "## 1. Cities should plant trees." in md  # the tagged conclusion leads, though it is in a cycle
