from argmap.layout.navigation import Neighbours
from argmap.model import Direction


def test_arrows_travel_parent_children_siblings(sample_map):
    nav = Neighbours(sample_map)
    td = Direction.TOP_DOWN
    assert nav.step("c1", "down", td) == "c2"
    assert nav.step("c2", "up", td) == "c1"
    assert nav.step("c2", "right", td) == "c5"
    assert nav.step("c5", "left", td) == "c2"
    assert nav.step("c3", "right", td) == "c4"  # linked premises are siblings
    assert nav.step("c1", "up", td) is None


def test_left_right_layout_turns_the_keys(sample_map):
    nav = Neighbours(sample_map)
    lr = Direction.LEFT_RIGHT
    assert nav.step("c1", "right", lr) == "c2"
    assert nav.step("c2", "left", lr) == "c1"
    assert nav.step("c2", "down", lr) == "c5"


def test_undercutter_hangs_under_the_reasons_target(sample_map):
    nav = Neighbours(sample_map)
    assert nav.parent("c9") == "c1"
