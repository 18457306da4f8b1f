"""OVA's HTML text: plain text and anchors survive a write and a read, whatever the characters."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from argmap.io.ova_text import html_to_text, text_to_html


@st.composite
def text_and_nested_anchors(draw: st.DrawFn) -> tuple[str, list[tuple[str, int, int]]]:
    text = draw(st.text(alphabet=st.sampled_from("ab <>&;\"'\n\u00a0é"), max_size=60))
    anchors: list[tuple[str, int, int]] = []
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=6, unique=True)))
    for k in range(0, len(cuts) - 1, 2):
        if cuts[k] < cuts[k + 1]:
            anchors.append((f"n{k}", cuts[k], cuts[k + 1]))
    if anchors and draw(st.booleans()):
        e = anchors[0][2]
        anchors.append(("outer", 0, max(e, len(text))))
    return text, anchors


@given(text_and_nested_anchors())
def test_write_then_read_gives_the_same_text_and_anchors(
    case: tuple[str, list[tuple[str, int, int]]],
) -> None:
    text, anchors = case
    html, dropped = text_to_html(text, anchors)
    assert dropped == 0
    back, found = html_to_text(html)
    assert back == text
    assert sorted(found) == sorted(anchors)


def test_overlapping_anchors_are_counted_not_written() -> None:
    html, dropped = text_to_html("abcdef", [("x", 0, 4), ("y", 2, 6)])
    assert dropped == 1 and html.count("<span") == 1


def test_real_ova_markup() -> None:
    text, anchors = html_to_text(
        '<p><span id="node3_1" class="highlighted">A &amp; B</span> because '
        "<span id='node16'>C<br/>D</span></p><!-- note --><div>x &lt; y</div>"
    )
    assert text == "A & B because C\nD\nx < y\n"
    assert anchors == [("3_1", 0, 5), ("16", 14, 17)]
