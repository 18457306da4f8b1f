"""Small subtrees between two big ones are spread evenly (Walker), not packed against the left one."""

import pytest

from argmap.layout import LayoutOptions, layout_map
from argmap.layout.tidy import place
from argmap.model import Argument, ArgumentMap, Claim, Relation
from tests.argmap.layout.checks import overlapping_pairs


def test_two_leaves_between_two_wide_subtrees_stand_evenly_apart():
    # Leaves 10 wide, gap 10. A big subtree has 5 leaves under it: its second row spans -45..45.
    # Packed left to right the two small leaves sit at 20 and 40 and the second big one at 60,
    # but its second row must clear the first one's: 45 + 10 + 45 = 100, a push of 40.
    # Walker spreads that push: the small ones move by 40/3 and 80/3, to 100/3 and 200/3.
    leaf = place(10.0, (), 10.0)
    big = place(10.0, (leaf,) * 5, 10.0)
    top = place(10.0, (big, leaf, leaf, big), 10.0)
    xs = [o - top.offsets[0] for o in top.offsets]
    assert xs == pytest.approx([0.0, 100 / 3, 200 / 3, 100.0])
    assert top.offsets[0] == -top.offsets[-1]  # the parent stays centred over its first and last child


def test_a_small_subtree_next_to_a_big_one_is_still_packed_tight():
    leaf = place(10.0, (), 10.0)
    big = place(10.0, (leaf,) * 5, 10.0)
    top = place(10.0, (big, leaf, leaf), 10.0)
    assert [o - top.offsets[0] for o in top.offsets] == [0.0, 20.0, 40.0]


def test_claims_between_two_big_branches_have_equal_gaps_on_screen():
    # c0 has four reasons: c1 (with six reasons of its own), c2, c3, c4 (with six reasons).
    claims = [Claim(id=f"c{i}", text=f"claim {i}") for i in range(17)]
    args = [
        Argument(id=f"a{i}", premises=[f"c{i + 1}"], relation=Relation.SUPPORT, target="c0") for i in range(4)
    ]
    for n, (parent, first) in enumerate((("c1", 5), ("c4", 11))):
        args += [
            Argument(id=f"b{n}{k}", premises=[f"c{first + k}"], relation=Relation.SUPPORT, target=parent)
            for k in range(6)
        ]
    m = ArgumentMap(claims=claims, arguments=args)
    lay = layout_map(m, {})
    b = [lay.boxes[f"c{i}"] for i in range(1, 5)]
    gaps = [b[k + 1].x - b[k].right for k in range(3)]
    assert gaps[0] == pytest.approx(gaps[1]) and gaps[1] == pytest.approx(gaps[2])
    assert gaps[0] > LayoutOptions().gap_x  # there was room to spread into
    assert overlapping_pairs(lay.boxes) == []
