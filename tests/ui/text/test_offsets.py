from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ui.text.offsets import Utf16Offsets, qt_to_text


def _u16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def test_emoji_before_a_span_shifts_qt_positions_by_one() -> None:
    text = "I 😀 think open source wins."
    off = Utf16Offsets(text)
    start = text.index("open")
    assert off.to_qt(start) == start + 1
    assert off.from_qt(start + 1) == start
    assert off.from_qt(3) == 2  # the middle of the surrogate pair snaps to the emoji


@given(st.text(alphabet=st.sampled_from(["a", " ", "é", "😀", "𝔸", "\n"]), max_size=30), st.data())
def test_round_trip_and_agrees_with_utf16(text: str, data: st.DataObject) -> None:
    off = Utf16Offsets(text)
    cp = data.draw(st.integers(0, len(text)))
    assert off.to_qt(cp) == _u16_len(text[:cp])
    assert off.from_qt(off.to_qt(cp)) == cp


def test_paragraph_separators_become_newlines() -> None:
    assert qt_to_text("a\u2029b") == "a\nb"
