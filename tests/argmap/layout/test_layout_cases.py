from argmap.layout import Box, Layouter, LayoutOptions, layout_map
from argmap.model import Argument, ArgumentMap, Claim, Direction, Point, Relation
from tests.argmap.layout.checks import centre_x, crossings, overlapping_pairs

S, A = Relation.SUPPORT, Relation.ATTACK


def make(n: int, *args: tuple[list[str], Relation, str]) -> ArgumentMap:
    claims = [Claim(id=f"c{i}", text=f"claim {i}") for i in range(n)]
    arguments = [Argument(id=f"a{j}", premises=p, relation=r, target=t) for j, (p, r, t) in enumerate(args)]
    return ArgumentMap(claims=claims, arguments=arguments)


def test_sample_map_conclusion_on_top_and_no_crossings(sample_map):
    lay = layout_map(sample_map, {})
    top = min(lay.boxes.values(), key=lambda b: b.y)
    assert lay.boxes["c1"] == top
    assert overlapping_pairs(lay.boxes) == [] and crossings(lay) == []
    assert lay.bounds.x <= min(b.x for b in lay.boxes.values())


def test_linked_premises_side_by_side_under_their_junction():
    m = make(3, (["c1", "c2"], S, "c0"))
    lay = layout_map(m, {})
    j = lay.junctions["a0"]
    b0, b1, b2 = (lay.boxes[c] for c in ("c0", "c1", "c2"))
    assert b1.y == b2.y and b1.right < b2.x
    assert b0.bottom < j[1] < b1.y
    assert b1.x < j[0] < b2.right
    kinds = sorted((e.source, e.target, e.kind) for e in lay.edges)
    assert kinds == [("a0", "c0", "support"), ("c1", "a0", "premise"), ("c2", "a0", "premise")]


def test_single_premise_arrow_passes_through_its_junction():
    m = make(2, (["c1"], A, "c0"))
    lay = layout_map(m, {})
    (pe,) = [e for e in lay.edges if e.kind == "premise"]
    (te,) = [e for e in lay.edges if e.kind == "attack"]
    assert pe.points[-1] == lay.junctions["a0"] == te.points[0]
    assert pe.points[0] == (centre_x(lay, "c1"), lay.boxes["c1"].y)
    assert te.points[-1] == (centre_x(lay, "c0"), lay.boxes["c0"].bottom)


def test_undercut_attaches_to_the_junction_it_attacks():
    m = make(3, (["c1"], S, "c0"), (["c2"], A, "a0"))
    lay = layout_map(m, {})
    (u,) = [e for e in lay.edges if e.argument == "a1" and e.kind == "attack"]
    assert u.target == "a0" and u.points[-1] == lay.junctions["a0"]
    assert lay.boxes["c2"].y > lay.boxes["c1"].y
    assert crossings(lay) == []


def test_several_conclusions_side_by_side_and_unconnected_claims_in_a_tray():
    m = make(6, (["c1"], S, "c0"), (["c3"], S, "c2"))
    lay = layout_map(m, {})
    assert lay.tray == ["c4", "c5"]
    assert lay.boxes["c0"].y == lay.boxes["c2"].y and lay.boxes["c0"].right < lay.boxes["c2"].x
    map_bottom = max(lay.boxes[c].bottom for c in ("c0", "c1", "c2", "c3"))
    assert all(lay.boxes[c].y > map_bottom for c in lay.tray)
    assert lay.bounds.bottom == max(b.bottom for b in lay.boxes.values())


def test_tray_wraps_at_the_tray_width():
    m = make(10)
    lay = layout_map(m, {c.id: (300.0, 50.0) for c in m.claims}, LayoutOptions(tray_width=1000))
    assert len({b.y for b in lay.boxes.values()}) == 4
    assert max(b.right for b in lay.boxes.values()) <= 1000


def test_support_cycle_is_broken_flagged_and_still_drawn():
    m = make(3, (["c1"], S, "c0"), (["c2"], S, "c1"), (["c0"], S, "c2"))
    lay = layout_map(m, {})
    assert lay.cycles == [["c0", "c1", "c2"]]
    assert set(lay.boxes) == {"c0", "c1", "c2"}
    assert len(lay.edges) == 6 and crossings(lay) == []


def test_mutual_attack_is_laid_out_but_not_flagged_as_circular():
    m = make(2, (["c1"], A, "c0"), (["c0"], A, "c1"))
    lay = layout_map(m, {})
    assert lay.cycles == [] and set(lay.boxes) == {"c0", "c1"}


def test_collapsed_branch_is_hidden_but_shared_premise_stays():
    m = make(5, (["c1"], S, "c0"), (["c2"], S, "c1"), (["c3"], S, "c0"), (["c2"], S, "c3"))
    m.layout.collapsed = ["c1"]
    lay = layout_map(m, {})
    assert lay.hidden == set()
    assert "c2" in lay.boxes
    m.layout.collapsed = ["c1", "c3"]
    lay = layout_map(m, {})
    assert lay.hidden == {"c2"} and "c2" not in lay.boxes
    assert all("c2" not in (e.source, e.target) for e in lay.edges)


def test_shared_premise_is_below_both_claims_it_backs():
    m = make(4, (["c1"], S, "c0"), (["c2"], S, "c1"), (["c2"], S, "c0"), (["c3"], A, "c0"))
    lay = layout_map(m, {})
    c2 = lay.boxes["c2"]
    assert c2.y > lay.boxes["c1"].bottom
    assert {e.target for e in lay.edges if e.source == "c2"} == {"a1", "a2"}
    assert crossings(lay) == []


def test_left_right_grows_to_the_right():
    m = make(3, (["c1", "c2"], S, "c0"))
    lay = layout_map(m, {"c0": (200.0, 80.0)}, LayoutOptions(direction=Direction.LEFT_RIGHT))
    assert lay.boxes["c0"].w == 200.0 and lay.boxes["c0"].h == 80.0
    assert lay.boxes["c1"].x > lay.boxes["c0"].right
    assert lay.boxes["c1"].bottom < lay.boxes["c2"].y
    m.layout.direction = Direction.LEFT_RIGHT
    assert layout_map(m, {"c0": (200.0, 80.0)}) == lay


def test_pro_con_grouping_puts_pros_left_and_cons_right():
    m = make(5, (["c1"], A, "c0"), (["c2"], S, "c0"), (["c3"], A, "c0"), (["c4"], S, "c0"))
    plain = layout_map(m, {})
    assert [c for c in sorted(plain.boxes, key=lambda c: plain.boxes[c].x) if c != "c0"] == [
        "c1",
        "c2",
        "c3",
        "c4",
    ]
    grouped = layout_map(m, {}, LayoutOptions(group_pro_con=True))
    assert [c for c in sorted(grouped.boxes, key=lambda c: grouped.boxes[c].x) if c != "c0"] == [
        "c2",
        "c4",
        "c1",
        "c3",
    ]


def test_pinned_box_stays_at_its_centre_and_others_make_way():
    m = make(5, (["c1", "c2", "c3", "c4"], S, "c0"))
    free = layout_map(m, {})
    x2, y2 = free.boxes["c2"].center
    m.layout.pins["c4"] = Point(x=x2, y=y2)
    lay = layout_map(m, {})
    assert lay.boxes["c4"].center == (x2, y2)
    assert overlapping_pairs(lay.boxes) == []
    order = sorted(["c1", "c2", "c3"], key=lambda c: lay.boxes[c].x)
    assert order == ["c1", "c2", "c3"]


def test_hints_order_the_conclusions():
    m = make(4, (["c1"], S, "c0"), (["c3"], S, "c2"))
    m.layout.hints = {"c0": Point(x=500, y=0), "c2": Point(x=0, y=0)}
    lay = layout_map(m, {})
    assert lay.boxes["c2"].x < lay.boxes["c0"].x


def test_incremental_update_reuses_unchanged_subtrees():
    m = make(40, *[([f"c{i}"], S, f"c{(i - 1) // 3}") for i in range(1, 40)])
    lay = Layouter()
    lay.update(m, {})
    m.claims.append(Claim(id="n", text="n"))
    m.arguments.append(Argument(id="an", premises=["n"], relation=S, target="c30"))
    after = lay.update(m, {})
    assert after == layout_map(m, {})
    assert lay.reused


def test_empty_map():
    lay = layout_map(ArgumentMap(), {})
    assert lay.boxes == {} and lay.edges == [] and lay.bounds == Box(0, 0, 0, 0)
