"""Trees are laid out exactly as before the layered layout for maps that are not trees (golden layout exports)."""

from pathlib import Path

import pytest

from argmap.layout import LayoutOptions, layout_map
from argmap.layout.export import dump_layout, layout_file
from argmap.layout.structure import build_structure
from tests.argmap.layout.tree_maps import cases

GOLDEN = Path("tests/fixtures/layout")
CANVAS = LayoutOptions(gap_x=28.0, gap_y=96.0, forest_gap=96.0)


@pytest.mark.parametrize("name", sorted(cases()))
def test_a_trees_layout_is_byte_for_byte_the_tidy_trees(name):
    m, sizes = cases()[name]
    assert not build_structure(m).cross, "a golden case must be a tree"
    got = dump_layout(layout_file(m, layout_map(m, sizes, CANVAS)))
    assert got == (GOLDEN / f"{name}.layout.json").read_text()
