"""Map Match in the app: the teacher overrides a pairing and changes the weights; marks and scores follow."""

from __future__ import annotations

from pathlib import Path

from argmap.analysis.map_match import Weights
from argmap.classroom.assignment import load_assignment, load_reference, new_assignment, save_assignment
from argmap.model import Argument, ArgumentMap, Claim, Relation, Role
from tests.conftest import SAMPLE_MAP
from tests.ui.evaluation.maps import attacked_conclusion
from ui.compare.compare_window import CompareWindow


def _student() -> ArgumentMap:
    """The reference's three claims, same wording, ids s1..s3 (no article: wording decides the match)."""
    return ArgumentMap(
        claims=[
            Claim(id="s1", text="Cities should ban cars downtown.", role=Role.CONCLUSION),
            Claim(id="s2", text="Cars pollute the air.", role=Role.PREMISE),
            Claim(id="s3", text="Shops would lose customers.", role=Role.OBJECTION),
        ],
        arguments=[
            Argument(id="a1", premises=["s2"], relation=Relation.SUPPORT, target="s1"),
            Argument(id="a2", premises=["s3"], relation=Relation.ATTACK, target="s1"),
        ],
    )


def _window(qtbot) -> CompareWindow:  # type: ignore[no-untyped-def]
    cmp = CompareWindow(_student(), attacked_conclusion(), Weights())
    qtbot.addWidget(cmp)
    return cmp


def _choose(cmp: CompareWindow, ref_id: str, student_id: str) -> None:
    cmp.pairing.ref_combo.setCurrentIndex(cmp.pairing.ref_combo.findData(ref_id))
    cmp.pairing.student_combo.setCurrentIndex(cmp.pairing.student_combo.findData(student_id))


def test_automatic_alignment_pairs_same_wording(qtbot) -> None:  # type: ignore[no-untyped-def]
    cmp = _window(qtbot)
    student_marks, reference_marks = cmp.marks()
    assert set(reference_marks.values()) == set(student_marks.values()) == {"✓ matched"}
    assert dict(cmp.lines())["Total"] == "100%"
    assert cmp.pairing.list.count() == 3
    assert not cmp.pairing.reset_button.isEnabled()  # nothing to reset yet


def test_pair_these_rescores_marks_and_total(qtbot) -> None:  # type: ignore[no-untyped-def]
    cmp = _window(qtbot)
    _choose(cmp, "c2", "s3")
    assert cmp.reference_view.selected_claims() == ["c2"]  # the teacher sees which boxes were picked
    assert cmp.student_view.selected_claims() == ["s3"]
    cmp.pairing.pair_button.click()
    # by hand: c2<->s3 (teacher), c1<->s1 (wording); c3's only candidate s3 is taken -> c3 missing,
    # s2 extra. conclusion 1; units p = r = 2/3, F1 = 2/3 -> 67%; polarity: c2 is pro in the
    # reference, s3 con in the student -> 0 of 1; attachment: reference edges (c2,c1,support),
    # (c3,c1,attack); student's as reference ids (s2?,c1,support), (c2,c1,attack): 0 shared -> 0;
    # linked: nothing linked, left out. total = (0.2*1 + 0.3*2/3 + 0.15*0 + 0.25*0) / 0.9 = 0.444
    student_marks, reference_marks = cmp.marks()
    assert reference_marks == {"c1": "✓ matched", "c2": "✓ matched", "c3": "✗ missing"}
    assert student_marks == {"s1": "✓ matched", "s3": "✓ matched", "s2": "+ extra"}
    assert cmp.summary.text() == "2 matched · 1 missing from your map · 1 extra in your map"
    lines = dict(cmp.lines())
    assert lines["Main conclusion"] == "100%"
    assert lines["Claims found"] == "67%"
    assert lines["For or against"] == "0%"
    assert lines["Arrows"] == "0%"
    assert lines["Reasons that work together"] == "n/a"
    assert lines["Total"] == "44%"
    shown = [cmp.pairing.list.item(i).text() for i in range(cmp.pairing.list.count())]
    assert "c2 ↔ s3  (set by you)" in shown
    # reset to automatic: back to three matches and 100%
    assert cmp.pairing.reset_button.isEnabled()
    cmp.pairing.reset_button.click()
    assert set(cmp.marks()[1].values()) == {"✓ matched"}
    assert dict(cmp.lines())["Total"] == "100%"


def test_unpair_and_no_match(qtbot) -> None:  # type: ignore[no-untyped-def]
    cmp = _window(qtbot)
    rows = [cmp.pairing.list.item(i).text() for i in range(cmp.pairing.list.count())]
    cmp.pairing.list.setCurrentRow(rows.index("c3 ↔ s3  (same wording, 100%)"))
    cmp.pairing.unpair_button.click()
    # by hand: c3 missing, s3 extra. units p = r = 2/3 -> 67%; polarity c2/s2 pro both -> 100%;
    # attachment: (c2,c1,support) shared, (c3,c1,attack) vs (s3?,c1,attack): 1 of 2 each way -> 50%;
    # total = (0.2 + 0.3*2/3 + 0.15 + 0.25*0.5) / 0.9 = 0.675/0.9 = 0.75
    student_marks, reference_marks = cmp.marks()
    assert reference_marks["c3"] == "✗ missing"
    assert student_marks["s3"] == "+ extra"
    lines = dict(cmp.lines())
    assert (lines["Claims found"], lines["Arrows"]) == ("67%", "50%")
    assert lines["Total"] == "75%"
    # "No match" on the conclusion too: conclusion 0, units 1/3 each way -> 33%, polarity 0 (with
    # no main conclusion found, no reason is for or against it), attachment: student edges
    # (s2 -> s1?) share nothing -> 0; total = (0 + 0.1 + 0 + 0) / 0.9 = 11%
    _choose(cmp, "c1", "s1")
    cmp.pairing.no_match_button.click()
    lines = dict(cmp.lines())
    assert lines["Main conclusion"] == "0%"
    assert lines["For or against"] == "0%"
    assert lines["Total"] == "11%"
    assert cmp.summary.text() == "1 matched · 2 missing from your map · 2 extra in your map"


def test_weights_change_the_total_live(qtbot) -> None:  # type: ignore[no-untyped-def]
    cmp = _window(qtbot)
    cmp.pairing.pair("c2", "s3")  # lines as in test_pair_these: 1, 2/3, 0, 0, n/a
    assert dict(cmp.lines())["Total"] == "44%"
    cmp.weights_panel.set_weight("conclusion", 0.6)
    # by hand: (0.6*1 + 0.3*2/3 + 0 + 0) / (0.6 + 0.3 + 0.15 + 0.25) = 0.8 / 1.3 = 0.615
    assert dict(cmp.lines())["Total"] == "62%"
    cmp.weights_panel.spins["units"].setValue(0.0)
    # by hand: 0.6 / (0.6 + 0.15 + 0.25) = 0.6
    assert dict(cmp.lines())["Total"] == "60%"
    assert cmp.result.weights == Weights(conclusion=0.6, units=0.0)
    cmp.weights_panel.reset_button.click()
    assert dict(cmp.lines())["Total"] == "44%"


def test_save_weights_to_the_assignment(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ref, _w, _id = load_reference(SAMPLE_MAP)
    assert ref.article is not None
    package = tmp_path / "homework.argmap-assignment.json"
    save_assignment(new_assignment(ref.article, "Homework", reference=ref), package)
    before = load_assignment(package)
    cmp = CompareWindow(ref.model_copy(deep=True), ref, before.weights, source=package)
    qtbot.addWidget(cmp)
    assert not cmp.weights_panel.save_button.isHidden()
    cmp.weights_panel.set_weight("linked", 0.4)
    cmp.weights_panel.save_button.click()
    after = load_assignment(package)
    assert after.weights == Weights(linked=0.4)
    assert after.model_copy(update={"weights": before.weights}) == before  # nothing else changed
    # a plain map as the reference: there is nowhere to save the weights, so no button
    plain = CompareWindow(ref.model_copy(deep=True), ref, source=SAMPLE_MAP)
    qtbot.addWidget(plain)
    assert plain.weights_panel.save_button.isHidden()


def test_the_teachers_pairings_are_saved_and_used_by_grade(qtbot, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    import json

    from argmap.cli import main
    from argmap.io.native import save
    from argmap.model import Classroom

    ref, _w, _id = load_reference(SAMPLE_MAP)
    assert ref.article is not None
    package = tmp_path / "homework.argmap-assignment.json"
    save_assignment(new_assignment(ref.article, "Homework", reference=ref), package)
    student = ref.model_copy(deep=True)
    student.classroom = Classroom(student="Ada")
    cmp = CompareWindow(student, ref, source=package)
    qtbot.addWidget(cmp)
    cmp.pairing.no_match("c6")  # the teacher says Ada's c6 box is not the author's claim
    assert dict(cmp.lines())["Total"] != "100%"
    cmp.weights_panel.save_button.click()
    assert load_assignment(package).pairings == {"Ada": {"c6": None}}
    # reopened: the window starts from the saved decision
    again = CompareWindow(student, ref, source=package)
    qtbot.addWidget(again)
    assert again.pairing.overrides == {"c6": None}
    # and argmap grade uses it: c6 is missing for Ada
    save(student, tmp_path / "ada.argmap.json", backup=False)
    assert main(["grade", str(package), str(tmp_path / "ada.argmap.json"), "--json"]) == 0
    row = json.loads(capsys.readouterr().out)["students"][0]
    assert [x["id"] for x in row["missing"]] == ["c6"]
