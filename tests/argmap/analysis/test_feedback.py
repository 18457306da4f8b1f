"""The feedback report (HTML, Qt-free): lines, missed claims quoted from the article, escaping."""

from __future__ import annotations

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
    assert "Units found (span F1)" in html and "Total: " in html
    # c6 is missed: its wording and its sentence, highlighted, from the article
    assert "Open models drive ecosystem-wide innovation." in html
    assert "<b style='background:#ffe08a'>they drive ecosystem-wide innovation</b>" in html
    # the extra claim is listed, escaped; nothing the student typed becomes markup
    assert "An extra &lt;script&gt;claim&lt;/script&gt;" in html
    assert "<script>" not in html


def test_a_perfect_map_gets_a_report_with_nothing_missed(sample_map):
    html = feedback_html(sample_map, sample_map, map_match(sample_map, sample_map), "Bo")
    assert "None: you found every claim of the reference." in html
    assert "Total: 100%" in html
