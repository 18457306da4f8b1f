"""The classroom round trip, headless: `argmap assign`, then `argmap grade` against the teacher's copy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from argmap.articles.loader import load_article
from argmap.classroom.assignment import load_assignment, start_map
from argmap.cli import main
from argmap.io.native import load, save
from argmap.model import Argument, ArgumentMap, Claim, Relation, Role, Span

ROOT = Path(__file__).resolve().parents[3]
SEED = ROOT / "seeds" / "open-source-ai.argmap.json"
FIXTURES = ROOT / "tests" / "fixtures" / "classroom"


def assign(tmp_path: Path, *extra: str) -> tuple[Path, Path]:
    out = tmp_path / "out"
    assert main(["assign", str(SEED), "-o", str(out), *extra]) == 0
    teacher = next(out.glob("* - teacher.argmap-assignment.json"))
    students = next(out.glob("* - students.argmap-assignment.json"))
    return teacher, students


def test_assign_writes_both_copies_with_one_id_and_the_articles_title(tmp_path, capsys):
    notes = tmp_path / "notes.txt"
    notes.write_text("Find the thesis and every reason.\n", encoding="utf-8")
    teacher, students = assign(tmp_path, "--instructions", str(notes))
    t, s = load_assignment(teacher), load_assignment(students)
    assert t.id == s.id
    assert t.reference is not None and s.reference is None
    # the map's title states the answer; the assignment is named after the article
    answer = load(SEED).title
    assert t.title == s.title == load(SEED).article.title  # type: ignore[union-attr]
    assert answer not in students.read_text(encoding="utf-8")
    assert s.instructions == "Find the thesis and every reason."
    assert "hand this one out" in capsys.readouterr().out


def test_assign_refuses_to_overwrite_without_force(tmp_path, capsys):
    assign(tmp_path, "--title", "Week 3")
    assert main(["assign", str(SEED), "-o", str(tmp_path / "out"), "--title", "Week 3"]) == 2
    assert "exists" in capsys.readouterr().err
    assert main(["assign", str(SEED), "-o", str(tmp_path / "out"), "--title", "Week 3", "--force"]) == 0


def _tag(m: ArgumentMap, cid: str, quote: str, role: Role) -> None:
    assert m.article is not None
    start = m.article.text.index(quote)
    m.claims.append(
        Claim(id=cid, text=quote, spans=[Span.of(m.article.text, start, start + len(quote))], role=role)
    )


def test_a_students_map_grades_against_the_teachers_copy_with_no_warning(tmp_path, capsys):
    teacher, students = assign(tmp_path)
    capsys.readouterr()
    m = start_map(load_assignment(students), "Ada")
    _tag(
        m,
        "s1",
        "According to Zuckerberg, this direction aligns with a belief that “open source wins.”",
        Role.CONCLUSION,
    )
    _tag(m, "s2", "Open models get safer faster", Role.PREMISE)
    m.arguments.append(Argument(id="b1", premises=["s2"], relation=Relation.SUPPORT, target="s1"))
    save(m, tmp_path / "ada.argmap.json", backup=False)
    assert main(["grade", str(teacher), str(tmp_path / "ada.argmap.json"), "--json"]) == 0
    captured = capsys.readouterr()
    assert "warning" not in captured.err
    row = json.loads(captured.out)["students"][0]
    assert row["student"] == "Ada"
    assert row["lines"]["conclusion"] == 1.0
    assert "You found the main conclusion" in row["explanations"]["conclusion"]
    assert {"id": "c6", "text": "Open models drive ecosystem-wide innovation."} in row["missing"]
    assert row["extra"] == []


def test_the_students_copy_is_not_a_reference(tmp_path, capsys):
    _teacher, students = assign(tmp_path)
    assert main(["grade", str(students), str(SEED)]) == 2
    assert "grade against the teacher's copy" in capsys.readouterr().err


def test_a_map_made_from_the_markdown_version_is_re_anchored_not_refused(tmp_path, capsys):
    """The same article as Markdown: a title line apart, other paragraph and line breaks."""
    m = ArgumentMap(article=load_article(FIXTURES / "article.md"))
    assert m.article is not None and "\n\n" in m.article.text
    _tag(m, "s1", "Open models, Zuckerberg argues, allow for global safety auditing.", Role.PREMISE)
    _tag(m, "s2", "Yet, Zuckerberg claims the collaborative gains outweigh the risks.", Role.PREMISE)
    save(m, tmp_path / "md.argmap.json", backup=False)
    assert main(["grade", str(SEED), str(tmp_path / "md.argmap.json"), "--json"]) == 0
    captured = capsys.readouterr()
    assert "another copy of the same article: 2 of its 2 selections found again" in captured.err
    row = json.loads(captured.out)["students"][0]
    assert {x["id"] for x in row["missing"]} == {f"c{i}" for i in (1, 2, 4, 5, 6, 7, 9, 10)}


def test_a_map_with_error_level_findings_is_graded_with_a_warning_naming_them(tmp_path, capsys):
    m = load(SEED)
    m.claims[1].tags.append("no-such-tag")
    save(m, tmp_path / "broken.argmap.json", backup=False)
    assert main(["grade", str(SEED), str(tmp_path / "broken.argmap.json")]) == 0
    err = capsys.readouterr().err
    assert "graded although `argmap validate` finds 1 error:" in err
    assert "'no-such-tag', which is not defined" in err


def test_folders_are_searched_recursively_and_same_names_get_their_own_pdfs(tmp_path, capsys):
    for who in ("ada", "bo"):
        (tmp_path / "class" / who).mkdir(parents=True)
        m = load(SEED)
        save(m, tmp_path / "class" / who / "map.argmap.json", backup=False)
    written: list[Path] = []
    from argmap.classroom.grade_command import run_grade
    from argmap.cli import build_parser

    args = build_parser().parse_args(
        ["grade", str(SEED), str(tmp_path / "class"), "--pdf-dir", str(tmp_path / "pdf")]
    )
    assert run_grade(args, render_pdf=lambda _html, path: written.append(path)) == 0
    assert sorted(p.name for p in written) == ["ada - map.feedback.pdf", "bo - map.feedback.pdf"]


@pytest.mark.parametrize(
    "bad", ["units=nan", "units=inf", "units=-1", "conclusion=0,units=0,polarity=0,attachment=0,linked=0"]
)
def test_bad_weights_are_refused_with_one_message(bad, capsys):
    assert main(["grade", str(SEED), str(SEED), "--weights", bad]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: --weights:")
