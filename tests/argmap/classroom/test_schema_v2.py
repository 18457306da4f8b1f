"""Schema 2: the classroom block (assignment id, student, reference flag) and the 1 -> 2 migration."""

from pathlib import Path

from argmap.io.native import dumps, load, loads
from argmap.model import SCHEMA_VERSION, Classroom
from argmap.ops import SetClassroom

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
V1 = FIXTURES / "native" / "v1-open-source-ai.argmap.json"


def test_a_version_1_file_loads_and_is_written_as_version_2_with_no_classroom_block():
    assert '"schema_version": 1' in V1.read_text(encoding="utf-8")
    m = load(V1)
    assert m.schema_version == SCHEMA_VERSION
    assert m.classroom is None
    assert len(m.claims) == 10
    assert '"schema_version": 2' in dumps(m)


def test_the_classroom_block_survives_a_save_and_load(sample_map):
    sample_map.classroom = Classroom(assignment_id="asg-1", student="Ada Lovelace", reference=False)
    again = loads(dumps(sample_map))
    assert again.classroom == Classroom(assignment_id="asg-1", student="Ada Lovelace")


def test_set_classroom_then_its_inverse_restores_the_map(sample_map):
    before = dumps(sample_map)
    inverse = SetClassroom(Classroom(assignment_id="x", student="Bo", reference=True)).apply(sample_map)
    assert sample_map.classroom is not None and sample_map.classroom.reference
    inverse.apply(sample_map)
    assert dumps(sample_map) == before
