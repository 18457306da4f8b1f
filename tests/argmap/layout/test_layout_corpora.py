"""Real maps from ../shared/corpora (AIF/OVA, microtexts, Argdown) lay out cleanly."""

from pathlib import Path

from argmap.io.errors import LoadError
from argmap.io.formats import read_map
from argmap.layout import LayoutOptions, layout_map
from argmap.model import Direction
from tests.argmap.layout.checks import crossings, overlapping_pairs

PER_CORPUS = 40


def corpus_maps(shared: Path):
    for corpus in sorted((shared / "corpora").iterdir()):
        if not corpus.is_dir():
            continue
        taken = 0
        for path in sorted(p for p in corpus.rglob("*") if p.is_file() and p.stat().st_size < 2_000_000):
            if taken >= PER_CORPUS:
                break
            try:
                m = read_map(path).map
            except (LoadError, ValueError):
                continue
            if m.arguments:
                taken += 1
                yield path, m


def test_real_maps_have_no_overlaps_or_crossings(shared_dir):
    seen = 0
    for path, m in corpus_maps(shared_dir):
        for direction in Direction:
            lay = layout_map(m, {}, LayoutOptions(direction=direction))
            assert set(lay.boxes) | lay.hidden == {c.id for c in m.claims}, path
            assert overlapping_pairs(lay.boxes) == [], path
            if not m.layout.pins:
                assert crossings(lay) == [], path
        seen += 1
    assert seen >= 20
