"""Assignment packages: round trip, students' copy without the reference, starting a student map."""

from __future__ import annotations

import pytest

from argmap.analysis.map_match import Weights
from argmap.classroom.assignment import (
    REFERENCE_NOTICE,
    dumps_assignment,
    load_assignment,
    load_reference,
    loads_assignment,
    new_assignment,
    save_assignment,
    start_map,
    student_copy,
)
from argmap.io.errors import LoadError
from argmap.io.native import dumps, loads, save
from argmap.model import Article


def test_package_round_trips_and_flags_the_reference(sample_map, tmp_path):
    a = new_assignment(sample_map.article, "Open source AI", reference=sample_map, weights=Weights(units=1))
    path = tmp_path / "hw.argmap-assignment.json"
    save_assignment(a, path)
    b = load_assignment(path)
    assert b == a
    assert b.reference is not None and b.reference.classroom is not None
    assert b.reference.classroom.reference and b.reference.classroom.assignment_id == a.id
    assert b.weights.units == 1


def test_students_copy_leaves_the_reference_out_unless_asked(sample_map):
    a = new_assignment(sample_map.article, reference=sample_map)
    assert student_copy(a).reference is None
    assert '"c10"' not in dumps_assignment(student_copy(a))
    assert student_copy(a, include_reference=True).reference is not None
    assert "text editor" in REFERENCE_NOTICE


def test_a_student_map_keeps_assignment_id_and_name_through_save(sample_map, tmp_path):
    a = new_assignment(sample_map.article, "Homework 3")
    m = start_map(student_copy(a), "  Ada Lovelace ")
    assert m.article == sample_map.article and m.claims == [] and m.title == "Homework 3"
    path = tmp_path / "ada.argmap.json"
    save(m, path)
    again = loads(path.read_bytes())
    assert again.classroom is not None
    assert (again.classroom.assignment_id, again.classroom.student) == (a.id, "Ada Lovelace")


def test_template_and_reference_must_share_the_article(sample_map):
    other = sample_map.model_copy(deep=True)
    other.article = Article(text="something else")
    with pytest.raises(ValueError, match="reference map is not made from the assignment's article"):
        new_assignment(sample_map.article, reference=other)


def test_reference_comes_from_a_package_or_a_map(sample_map, tmp_path):
    a = new_assignment(sample_map.article, reference=sample_map, weights=Weights(linked=0))
    pkg = tmp_path / "a.argmap-assignment.json"
    save_assignment(a, pkg)
    ref, weights, aid = load_reference(pkg)
    assert dumps(ref) == dumps(a.reference) and weights.linked == 0 and aid == a.id
    save_assignment(student_copy(a), pkg)
    with pytest.raises(LoadError, match="holds no reference"):
        load_reference(pkg)
    plain = tmp_path / "ref.argmap.json"
    save(sample_map, plain)
    ref, weights, aid = load_reference(plain)
    assert len(ref.claims) == 10 and weights == Weights() and aid == ""


def test_a_broken_package_names_file_and_place(tmp_path):
    with pytest.raises(LoadError, match="not an argmap assignment"):
        loads_assignment(b'{"format": "other"}', "x.json")
    with pytest.raises(LoadError) as err:
        loads_assignment(b'{"format": "argmap-assignment", "format_version": 1}', "hw.json")
    assert "hw.json" in str(err.value) and "article" in str(err.value)
