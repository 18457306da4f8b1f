"""The feedback report (HTML, Qt-free): lines, missed claims quoted from the article, escaping."""

from __future__ import annotations

import re

from argmap.analysis.feedback import feedback_html
from argmap.analysis.map_match import map_match
from argmap.ops import RemoveClaim


def test_report_shows_total_lines_and_the_missed_claim_in_its_sentence(sample_map):
    student = sample_map.model_copy(deep=True)
    RemoveClaim("c6").apply(student)
    student.claims.append(
        student.claims[0].model_copy(
            update={"id": "x1", "text": "An extra <script>claim</script>", "spans": []}
        )
    )
    html = feedback_html(sample_map, student, map_match(sample_map, student), "Ada <3")
    assert "Feedback for Ada &lt;3" in html
    assert "Claims found" in html and "Total: " in html
    # c6 is missed: its wording and its sentence, highlighted, from the article
    assert "Open models drive ecosystem-wide innovation." in html
    assert "<b style='background:#ffe08a'>they drive ecosystem-wide innovation</b>" in html
    # the extra claim is listed, escaped; nothing the student typed becomes markup
    assert "An extra &lt;script&gt;claim&lt;/script&gt;" in html
    assert "<script>" not in html


def test_a_perfect_map_gets_a_report_with_nothing_missed(sample_map):
    html = feedback_html(sample_map, sample_map, map_match(sample_map, sample_map), "Bo")
    assert "Nothing: you found every claim in your teacher's map." in html
    assert "Total: 100%" in html


JARGON = ("F1", "precision", "recall", "linked premise", "span", "n/a", "reference")


def test_feedback_of_every_fixture_student_is_plain_and_never_contradicts_itself():
    from pathlib import Path

    from argmap.classroom.assignment import load_reference
    from argmap.io.native import load

    here = Path(__file__).parents[2] / "fixtures" / "classroom"
    ref, weights, _ = load_reference(here / "teacher.argmap-assignment.json")
    ids = {c.id for c in ref.claims}
    for f in sorted((here / "class").glob("*.argmap.json")):
        stu = load(f)
        result = map_match(ref, stu, weights)
        html = feedback_html(ref, stu, result, "Sam")
        body = html.split("<body", 1)[1]
        for word in JARGON:
            assert word not in body.replace("<span", ""), (f.name, word)
        for i in ids | {c.id for c in stu.claims}:
            assert f"“{i}”" not in body and f" {i} " not in body, (f.name, i)
        # a box is never both "on a missed passage" and "not in your teacher's map"
        extras = body.split("not in your teacher's map</h2>", 1)[1] if "map</h2>" in body else ""
        listed = set(re.findall(r"<li>(.*?)</li>", extras))
        near = set(re.findall(r"Your box “(.*?)” is on this passage", body))
        assert not listed & near, f.name


def test_an_empty_map_gets_one_short_page(sample_map):
    from argmap.model import ArgumentMap

    empty = ArgumentMap(article=sample_map.article)
    html = feedback_html(sample_map, empty, map_match(sample_map, empty), "Lea")
    assert "Nothing to grade yet" in html
    assert "Total" not in html and "Open models" not in html


def test_quotes_are_cut_on_word_boundaries_within_their_paragraph():
    from argmap.analysis.feedback import excerpt

    text = "Heading line\nalpha beta gamma delta " + "word " * 40 + "TARGET sentence here. " + "more " * 40
    start = text.index("TARGET")
    shown = excerpt(text, start, start + len("TARGET sentence here."))
    assert "Heading" not in shown
    plain = shown.replace("<b style='background:#ffe08a'>", "").replace("</b>", "")
    assert plain.startswith("… word ") and plain.endswith("more …")
