import pytest
from hypothesis import given
from hypothesis import strategies as st

from argmap.layout import Layouter, LayoutOptions, layout_map
from argmap.model import Argument, ArgumentMap, Claim, Relation
from argmap.ops import AddArgument, AddClaim, Batch, EditArgument, MoveClaim, Op, SetCollapsed
from tests.strategies import box_sizes, shaped_maps

sizes_st = st.tuples(st.integers(40, 320), st.integers(20, 180)).map(lambda t: (float(t[0]), float(t[1])))


@st.composite
def edit(draw: st.DrawFn, m, n: int) -> Op:
    ids = [c.id for c in m.claims] + [a.id for a in m.arguments]
    kind = draw(st.integers(0, 9))
    cid, aid = f"n{n}", f"na{n}"
    if kind <= 5 and ids:
        k = draw(st.integers(1, 2))
        claims = [Claim(id=f"{cid}_{i}", text="new") for i in range(k)]
        arg = Argument(
            id=aid,
            premises=[c.id for c in claims],
            relation=draw(st.sampled_from(Relation)),
            target=draw(st.sampled_from(ids)),
        )
        at = draw(st.integers(0, len(m.claims)))
        steps: list[Op] = [AddClaim(c, at) for c in claims]
        return Batch([*steps, AddArgument(arg, draw(st.integers(0, len(m.arguments))))])
    if kind == 6:
        return AddClaim(Claim(id=cid, text="alone"), draw(st.integers(0, len(m.claims))))
    if kind == 7 and m.claims:
        return SetCollapsed(draw(st.sampled_from([c.id for c in m.claims])), draw(st.booleans()))
    if kind == 8 and m.arguments:
        a = draw(st.sampled_from(m.arguments))
        return EditArgument(
            a.id, {"relation": Relation.ATTACK if a.relation is Relation.SUPPORT else Relation.SUPPORT}
        )
    if m.claims:
        return MoveClaim(draw(st.sampled_from([c.id for c in m.claims])), draw(st.integers(0, len(m.claims))))
    return AddClaim(Claim(id=cid, text="alone"))


@given(st.data(), st.booleans())
def test_incremental_layout_after_edits_and_undos_equals_a_fresh_layout(data, pro_con):
    m = data.draw(shaped_maps(data.draw(st.sampled_from(["tree", "forest", "dag", "cyclic"]))))
    sizes = data.draw(box_sizes(m))
    options = LayoutOptions(group_pro_con=pro_con)
    lay = Layouter(options)
    lay.update(m, sizes)
    undo: list[Op] = []
    for n in range(data.draw(st.integers(1, 6))):
        if undo and data.draw(st.booleans()):
            undo.pop().apply(m)
        else:
            undo.append(data.draw(edit(m, n)).apply(m))
        for c in m.claims:
            if c.id not in sizes or data.draw(st.integers(0, 20)) == 0:
                sizes[c.id] = data.draw(sizes_st)
        assert lay.update(m, sizes) == layout_map(m, sizes, options)


def test_adding_and_undoing_a_reason_places_only_the_path_to_the_root():
    claims = [Claim(id=f"c{i}", text="x") for i in range(200)]
    args = [
        Argument(id=f"a{i}", premises=[f"c{i}"], relation=Relation.SUPPORT, target=f"c{(i - 1) // 4}")
        for i in range(1, 200)
    ]
    m = ArgumentMap(claims=claims, arguments=args)
    lay = Layouter()
    lay.update(m, {})
    op = Batch(
        [
            AddClaim(Claim(id="n", text="n")),
            AddArgument(Argument(id="an", premises=["n"], relation=Relation.ATTACK, target="c150")),
        ]
    )
    inverse = op.apply(m)
    assert lay.update(m, {}) == layout_map(m, {})
    assert lay.reused
    inverse.apply(m)
    assert lay.update(m, {}) == layout_map(m, {})
    assert lay.reused


@given(st.data())
def test_any_map_and_any_edit_sequence_lay_out_like_a_fresh_layout(data):
    from tests.strategies import argument_maps, ops_for

    m = data.draw(argument_maps())
    lay = Layouter()
    first = lay.update(m, {})
    assert set(first.boxes) | first.hidden == {c.id for c in m.claims}
    for c, p in m.layout.pins.items():
        if c in first.boxes:
            assert first.boxes[c].center == pytest.approx((p.x, p.y), abs=1e-6)
    for _ in range(data.draw(st.integers(1, 5))):
        try:
            data.draw(ops_for(m)).apply(m)
        except ValueError:
            continue
        assert lay.update(m, {}) == layout_map(m, {})
