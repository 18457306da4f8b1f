from argmap.analysis.findings import validate


def test_sample_map_is_valid(sample_map):
    assert len(sample_map.claims) == 10
    assert validate(sample_map) == []


def test_every_sample_claims_wording_is_supported_by_its_span(sample_map):
    """The sample is an exemplary reading: most of a claim's words are in the passages it is anchored to."""
    import re

    def stems(text: str) -> set[str]:
        return {w.lower()[:5] for w in re.findall(r"\w+", text) if len(w) > 3}

    for c in sample_map.claims:
        words = stems(c.text)
        quoted = set().union(*(stems(s.quote) for s in c.spans))
        assert c.spans and len(words & quoted) >= len(words) / 2, (c.id, words - quoted)
