"""Box sizes counted from word widths equal the sizes QTextLayout gives, for real and generated wording."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from argmap.io.formats import read_map
from argmap.model import ArgumentMap, Claim, Role, Tag
from bench.maps import make_map
from ui.map.measure import Measurer, shown_text
from ui.map.style import set_text_scale
from ui.map.wrap_words import lines_at, piece_lines_at

ROOT = Path(__file__).resolve().parents[2]
CORPORA = ROOT.parent / "shared" / "corpora"


def _maps_under(folder: Path) -> Iterator[tuple[str, ArgumentMap]]:
    """Every file under `folder` that argmap's own importers read as a map with claims."""
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        try:
            m = read_map(path).map
        except Exception:  # not a map (an article, a licence, a deliberately broken fixture)
            continue
        if m.claims:
            yield str(path.relative_to(folder)), m


def _differences(m: ArgumentMap) -> list[tuple[str, str, tuple[float, float], tuple[float, float]]]:
    """Claims whose fast size differs from the QTextLayout size: (file-free id, wording, fast, exact)."""
    fast = Measurer()
    exact = Measurer(exact=True)
    a, b = fast.map_sizes(m), exact.map_sizes(m)
    text = {c.id: shown_text(c)[:60] for c in m.claims}
    return [(cid, text[cid], a[cid], b[cid]) for cid in b if a[cid] != b[cid]]


def test_every_corpus_claim_gets_the_size_qt_gives(qapp):
    if not CORPORA.is_dir():
        pytest.skip("../shared/corpora is not here")
    maps = list(_maps_under(CORPORA))
    assert len(maps) >= 5, "the corpora should hold several maps argmap reads"
    claims = 0
    for name, m in maps:
        assert _differences(m) == [], name
        claims += len(m.claims)
    assert claims >= 1000


def test_every_fixture_and_seed_claim_gets_the_size_qt_gives(qapp):
    maps = [*_maps_under(ROOT / "tests" / "fixtures"), *_maps_under(ROOT / "seeds")]
    assert any(name.endswith("open-source-ai.argmap.json") for name, _m in maps)
    for name, m in maps:
        assert _differences(m) == [], name


_PLAIN = [
    "open",
    "models",
    "get",
    "safer",
    "a",
    "I",
    "risk",
    "staff",
    "off",
    "Wohlfahrtsstaat",
    "naïve",
    "€5,",
]
_ODD = [
    "well-known",  # a hyphen breaks inside a word
    "and/or",
    "pro–con",
    "a|b",
    "what?no",
    "wow!such",
    "soft\u00adhyphen",
    "zero\u200bwidth",
    "tab\tbed",
    "line\u2028break",
    "开源模型让更多研究者",  # CJK: font fallback, breaks anywhere
    "مرحبا",
    "👍🏽",
    "Ελλάδα",
    "Москва",
    "https://example.org/a/b",
    "W" * 30,
    "\u00a0",
    "«quoted»",
    "“curly”",
    "(paren)",
    "k",
    "",
]
_GAPS = st.sampled_from([" "] * 12 + ["  ", "   " * 4, "\n", "-"])


@st.composite
def wordings(draw: st.DrawFn) -> str:
    """Wording near line boundaries: plain words, odd words, long words, mixed scripts, runs of spaces."""
    pool = draw(st.sampled_from(["plain", "odd", "letters"]))
    parts: list[str] = []
    for _ in range(draw(st.integers(1, 45))):
        if pool == "letters":
            word = draw(st.text(st.sampled_from("iIlWMmae.,"), min_size=1, max_size=14))
        elif pool == "odd" and draw(st.booleans()):
            word = draw(st.sampled_from(_ODD))
        else:
            word = draw(st.sampled_from(_PLAIN))
        parts.append(word + draw(_GAPS))
    return "".join(parts).strip() or "x"  # as the box shows it (`shown_text` strips)


@settings(max_examples=300, deadline=None)
@given(
    text=wordings(),
    role=st.sampled_from(list(Role)),
    chips=st.sampled_from([(), ("tag",), ("a long tag name",)]),
)
@example(text="Open models get safer " * 9, role=Role.PREMISE, chips=())
@example(text="risk " * 40, role=Role.NONE, chips=())
def test_generated_wording_gets_the_size_qt_gives(qapp, text, role, chips):
    claim = Claim(id="c", text=text, role=role)
    assert Measurer().size(claim, chips) == Measurer(exact=True).size(claim, chips)


def test_a_big_map_measured_fast_equals_qt_and_mostly_skips_qt(qapp):
    m = make_map(2000, "tree", seed=2000)
    m.tags.append(Tag(id="t1", name="evidence", color="#56B4E9"))
    m.claims[1].tags.append("t1")
    assert _differences(m) == []
    fast = Measurer()
    fast.map_sizes(m)
    assert fast.asked_qt < 0.05 * len(m.claims)


@settings(max_examples=60, deadline=None)
@given(text=wordings())
@example(text=("Open models get safer and cheaper for everyone who works on risk " * 3).strip())
def test_line_counts_from_word_widths_match_qt_at_every_width_where_a_line_could_end(qapp, text):
    """Just past the margin either side of each width where some run of words exactly fills a line, a
    count worked out in Python is the count QTextLayout gives; plain wording is mostly worked out in Python."""
    measurer = Measurer()
    table = measurer._table
    words = text.split(" ")
    line_ends = table.ends(words)
    overhangs = [table.overhang[w] for w in words]
    critical = {
        round(line_ends[j] - line_ends[i] - table.space + overhangs[j - 1] + d, 6)
        for i in range(len(words))
        for j in range(i + 1, len(words) + 1 if i == 0 else min(len(words), i + 12) + 1)
        for d in (-1.0, -0.5, -4 / 64, 4 / 64, 0.5, 1.0)  # 4/64 px: just outside NEAR
    }
    answered = 0
    widths = sorted(w for w in critical if 20 < w <= 600)
    for width in widths:
        count = lines_at(line_ends, table.space, width, overhangs if table.special & set(words) else ())
        if count:
            answered += 1
            assert (count, count * table.line_height) == measurer._lay_out(text, width), (text, width)
    if not table.special & set(words):
        assert answered >= len(widths) // 2, (answered, len(widths))


@pytest.mark.parametrize("scale", [0.75, 1.6])
def test_at_another_text_size_the_sizes_are_still_the_ones_qt_gives(qapp, sample_map, scale):
    set_text_scale(scale)  # the text-size preference (put back by the ui conftest)
    m = make_map(300, "tree", seed=3)
    m.claims.extend(c.model_copy(update={"id": f"s{c.id}"}) for c in sample_map.claims)
    assert _differences(m) == []
    fast = Measurer()
    fast.map_sizes(m)
    assert fast.asked_qt < 0.1 * len(m.claims)  # and the word widths still answer for most of them


def test_every_character_measured_in_python_keeps_the_one_line_height(qapp):
    from PySide6.QtGui import QTextLayout

    from ui.map.style import text_font

    table = Measurer()._table
    assert len(table._safe) > 300  # ASCII, Latin-1, Latin Extended-A, quotes and dashes in DejaVu Sans
    for ch in sorted(table._safe):
        layout = QTextLayout(f"a{ch}a", text_font())
        layout.beginLayout()
        line = layout.createLine()
        line.setLeadingIncluded(True)
        line.setLineWidth(1000)
        layout.endLayout()
        assert line.height() == table.line_height, ch


@pytest.mark.parametrize(
    "odd", ["soft\u00adhyphen", "zero\u200bwidth", "tab\tbed", "a\nb", "开源模型", "👍🏽", "a  b"]
)
def test_wording_qt_could_break_differently_is_laid_out_by_qt(qapp, odd):
    plain = "Open models get safer and cheaper for everyone"
    measurer = Measurer()
    measurer.size(Claim(id="p", text=plain))
    assert measurer.asked_qt == 0
    claim = Claim(id="c", text=f"{plain} {odd} {plain}")
    assert measurer.size(claim) == Measurer(exact=True).size(claim)
    assert measurer.asked_qt == 1


@pytest.mark.parametrize(
    "cut",
    [
        "well-known",
        "and/or",
        "pro–con",
        "Windows-Computer",
        "spatio-temporal",
        "Bachelor-Arbeit",
        "hands-off",
    ],
)
def test_words_with_a_hyphen_slash_or_dash_are_counted_in_pieces_as_qt_breaks_them(qapp, cut):
    plain = "Open models get safer and cheaper for everyone"
    for k in range(1, 12):  # the cut word at every place on a line
        measurer = Measurer()
        claim = Claim(id="c", text=f"{plain[: 4 * k]} {cut} {plain}")
        assert measurer.size(claim) == Measurer(exact=True).size(claim), claim.text
    assert measurer.asked_qt == 0


_CUT = [
    "well-known",
    "and/or",
    "pro–con",
    "Windows-Computer",
    "risk-taking",
    "hands-off",
    "work-risk",
    "a-b-c-d",
]


@settings(max_examples=60, deadline=None)
@given(text=st.lists(st.sampled_from(_PLAIN + _CUT * 2), min_size=1, max_size=40).map(" ".join))
@example(text="Deswegen sollte jeder ein Antivirenprogramm auf seinem Windows-Computer haben.")
def test_piece_counts_match_qt_at_every_width_where_a_line_could_end(qapp, text):
    """As for whole words: just past the margin either side of each width a run of pieces fills."""
    measurer = Measurer()
    table = measurer._table
    words = text.split(" ")
    table.ends(words)
    pieces = table.pieces(words)
    assert pieces is not None
    starts, stops, overs = pieces
    critical = {
        round(stops[j] + overs[j] - starts[i] + d, 6)
        for i in range(len(starts))
        for j in range(i, len(stops) if i == 0 else min(len(stops), i + 12))
        for d in (-1.0, -0.5, -4 / 64, 4 / 64, 0.5, 1.0)
    }
    answered = 0
    widths = sorted(w for w in critical if 20 < w <= 600)
    for width in widths:
        count = piece_lines_at(starts, stops, overs, width)
        if count:
            answered += 1
            assert (count, count * table.line_height) == measurer._lay_out(text, width), (text, width)
    assert answered >= len(widths) // 3, (answered, len(widths))
