"""The grid index answers like a plain scan of every rectangle, after a bulk fill and after changes key by key."""

from hypothesis import given
from hypothesis import strategies as st

from ui.map.grid_index import CELL, GridIndex

coord = st.floats(min_value=-20 * CELL, max_value=20 * CELL, allow_nan=False)
size = st.one_of(
    st.floats(0, CELL / 2), st.floats(0, 12 * CELL)
)  # mostly small, some lines across many cells
rects = st.tuples(coord, coord, size, size).map(lambda r: (r[0], r[1], r[0] + r[2], r[1] + r[3]))


def _meets(r, q):
    return r[0] <= q[2] and r[2] >= q[0] and r[1] <= q[3] and r[3] >= q[1]


@given(
    first=st.dictionaries(st.integers(0, 300), rects, max_size=300),
    changes=st.lists(st.tuples(st.integers(0, 330), st.one_of(st.none(), rects)), max_size=120),
    queries=st.lists(
        st.tuples(coord, coord, st.floats(1, 6 * CELL), st.floats(1, 6 * CELL)), min_size=1, max_size=6
    ),
    turned=st.booleans(),
)
def test_queries_find_exactly_the_rectangles_that_meet_the_region(first, changes, queries, turned):
    if turned:  # tall thin rectangles (a left-right map's lines): the rows become columns
        first = {k: (r[1], r[0], r[3], r[2]) for k, r in first.items()}
    index: GridIndex[int] = GridIndex()
    keys = list(first)
    index.fill(keys, *([first[k][i] for k in keys] for i in range(4)))
    truth = dict(first)
    for n, (key, rect) in enumerate(changes):
        if rect is None:
            index.drop(key)
            truth.pop(key, None)
        elif n % 3 == 0:
            index.put(key, *rect)
            truth[key] = rect
        else:
            index.put_many([(key, *rect)])
            truth[key] = rect
    assert len(index) == len(truth)
    for x, y, w, h in queries:
        q = (x, y, x + w, y + h)
        assert index.query(*q) == {k for k, r in truth.items() if _meets(r, q)}


def test_many_changes_at_once_refill_in_bulk_and_still_answer():
    index: GridIndex[str] = GridIndex()
    index.put_many((f"k{i}", i * 300.0, 0.0, i * 300.0 + 200, 80.0) for i in range(1000))
    assert index.query(0, 0, 250, 50) == {"k0"}
    index.put_many(
        (f"k{i}", i * 300.0, 5000.0, i * 300.0 + 200, 5080.0) for i in range(500)
    )  # half move down
    assert index.query(0, 0, 650, 100) == set()
    assert index.query(0, 4990, 650, 5100) == {"k0", "k1", "k2"}
    assert index.query(150000, 0, 150400, 100) == {"k500", "k501"}
