"""Re-anchoring spans when a map's article is replaced by a corrected version of the text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from argmap.analysis.findings import Level, validate
from argmap.anchoring import reanchor
from argmap.articles import article_from_text
from argmap.io.native import load
from argmap.model import ArgumentMap, Article, Claim, Span
from tests.conftest import SAMPLE_MAP

AUDIT = "Open models, Zuckerberg argues, allow for global safety auditing."


def _sample() -> ArgumentMap:
    return load(SAMPLE_MAP)


def _span_count(m: ArgumentMap) -> int:
    return sum(len(c.spans) for c in m.claims)


def _assert_spans_valid(m: ArgumentMap) -> None:
    assert m.article is not None
    for c in m.claims:
        for s in c.spans:
            assert s.matches(m.article.text), (c.id, s)
    assert not [f for f in validate(m) if f.level is Level.ERROR]


def test_same_text_keeps_every_span() -> None:
    m = _sample()
    assert m.article is not None
    result = reanchor(m, m.article.model_copy())
    assert (result.kept, result.moved, result.lost) == (_span_count(m), [], [])


def test_corrected_file_moves_spans_and_lists_the_lost_one() -> None:
    m = _sample()
    assert m.article is not None
    before = m.model_dump()
    text = m.article.text
    new_text = (
        "Editor's note: this version corrects a quotation.\n\n"
        + text.replace("“open source wins.”", "“open-source wins.”").replace(AUDIT + " ", "")
    ).replace("\n", "\n\n")
    result = reanchor(m, article_from_text(new_text, title="corrected"))
    assert [(cid, s.quote) for cid, s in result.lost] == [("c3", AUDIT)]
    assert result.kept == 0
    assert len(result.moved) == _span_count(m) - 1
    reworded = [mv for mv in result.moved if mv.how == "reworded"]
    assert [mv.new.quote for mv in reworded] == [
        "According to Zuckerberg, this direction aligns with a belief that “open-source wins.”"
    ]
    assert m.model_dump() == before, "reanchor only plans; the op does the change"

    undo = result.op.apply(m)
    assert m.article is not None and m.article.title == "corrected"
    _assert_spans_valid(m)
    assert m.claim("c3").spans == []
    undo.apply(m)
    assert m.model_dump() == before


def test_rewrapped_quote_is_found_across_new_line_breaks() -> None:
    text = "Intro. The first premise is that open models are audited by many people. End."
    quote = "open models are audited by many people"
    start = text.index(quote)
    m = ArgumentMap(
        article=Article(text=text),
        claims=[Claim(id="c1", text="x", spans=[Span.of(text, start, start + len(quote))])],
    )
    new = Article(text="Intro.\n\nThe first premise is that open models\nare audited by   many people.\nEnd.")
    result = reanchor(m, new)
    assert [mv.how for mv in result.moved] == ["reworded"]
    assert result.moved[0].new.quote == "open models\nare audited by   many people"


def test_repeated_quote_goes_to_the_occurrence_with_the_same_context() -> None:
    text = "Cats: it is true. Dogs: it is true. Birds: it is true."
    start = text.index("it is true", text.index("Dogs"))
    m = ArgumentMap(
        article=Article(text=text),
        claims=[Claim(id="c1", text="x", spans=[Span.of(text, start, start + len("it is true"))])],
    )
    new_text = "Birds: it is true. Cats: it is true. Dogs: it is true."
    result = reanchor(m, Article(text=new_text))
    new = result.moved[0].new
    assert new_text[new.start - 6 : new.start] == "Dogs: "


@given(
    prefix=st.text(alphabet="abc .\n", max_size=300),
    suffix=st.text(alphabet="abc .\n", max_size=300),
)
def test_text_added_around_the_article_keeps_every_quote(prefix: str, suffix: str) -> None:
    m = _sample()
    assert m.article is not None
    new = Article(text=prefix + m.article.text + suffix)
    result = reanchor(m, new)
    assert result.lost == []
    result.op.apply(m)
    _assert_spans_valid(m)


def test_repeated_paragraphs_keep_their_own_spans_after_a_long_insertion() -> None:
    pad = "and so on and so forth, again and again, "
    para = f"{pad}The claim is true. {pad}"
    text = f"Intro.\n\n{para}\n\nMiddle.\n\n{para}\n\nEnd."
    first = text.index("The claim is true.")
    second = text.index("The claim is true.", first + 1)
    n = len("The claim is true.")
    m = ArgumentMap(
        article=Article(text=text),
        claims=[
            Claim(id="c1", text="first", spans=[Span.of(text, first, first + n)]),
            Claim(id="c2", text="second", spans=[Span.of(text, second, second + n)]),
        ],
    )
    inserted = "A long new preface. " * 200
    new_text = f"{inserted}\n\n{text}"
    result = reanchor(m, Article(text=new_text))
    result.op.apply(m)
    assert m.claim("c1").spans[0].start == len(inserted) + 2 + first
    assert m.claim("c2").spans[0].start == len(inserted) + 2 + second
