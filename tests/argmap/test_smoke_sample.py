from argmap.analysis.findings import validate


def test_sample_map_is_valid(sample_map):
    assert len(sample_map.claims) == 10
    assert validate(sample_map) == []
