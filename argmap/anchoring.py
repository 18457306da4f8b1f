"""Re-anchoring: when a map's article is replaced by a new version, re-find every span by quote and context.

Each span is looked for in this order: the same quote in the new text (the occurrence
whose surrounding text and position agree best), the same words with different
spacing or line breaks, then a close variant between the old context or the quote's
first and last words (a corrected typo). Spans found nowhere are listed as lost; they
leave their claim, and the one undoable op puts them back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Literal

from argmap.model import ArgumentMap, Article, Span
from argmap.ops import Batch, EditClaim, Op, SetArticle

How = Literal["kept", "moved", "reworded"]

MIN_SIMILARITY = 0.75
"""How close a reworded quote must stay to the old one (difflib ratio) to count as found."""

_MAX_CANDIDATES = 200
_ANCHOR_CHARS = 24


@dataclass(frozen=True)
class MovedSpan:
    """A span found again at other offsets (`moved`) or with a slightly changed quote (`reworded`)."""

    claim_id: str
    old: Span
    new: Span
    how: How


@dataclass(frozen=True)
class ReanchorResult:
    """The op that swaps the article and updates spans, with what moved and what was lost."""

    op: Op
    moved: list[MovedSpan] = field(default_factory=list)
    lost: list[tuple[str, Span]] = field(default_factory=list)
    kept: int = 0
    """Spans whose quote stands at the same offsets in the new text."""


def reanchor(m: ArgumentMap, new_article: Article) -> ReanchorResult:
    """Plan replacing `m.article` by `new_article`; apply `result.op` to do it (one undo step)."""
    old_len = len(m.article.text) if m.article is not None else len(new_article.text)
    text = new_article.text
    ops: list[Op] = [SetArticle(new_article)]
    moved: list[MovedSpan] = []
    lost: list[tuple[str, Span]] = []
    kept = 0
    for claim in m.claims:
        if not claim.spans:
            continue
        new_spans: list[Span] = []
        for span in claim.spans:
            found = find_span(span, text, old_len)
            if found is None:
                lost.append((claim.id, span))
                continue
            new, how = found
            new_spans.append(new)
            if how == "kept":
                kept += 1
            else:
                moved.append(MovedSpan(claim.id, span, new, how))
        if new_spans != claim.spans:
            ops.append(EditClaim(claim.id, {"spans": new_spans}))
    return ReanchorResult(Batch(ops, "Replace article"), moved, lost, kept)


def find_span(span: Span, text: str, old_len: int) -> tuple[Span, How] | None:
    """Where `span` (taken from a text of `old_len` characters) stands in `text`, or None."""
    expected = round(span.start * len(text) / old_len) if old_len else 0
    if span.quote:
        starts = _occurrences(text, span.quote)
        if starts:
            best = _best(span, text, [(s, s + len(span.quote)) for s in starts], expected)
            new = Span.of(text, *best)
            return new, "kept" if best == (span.start, span.end) else "moved"
        spaced = _respaced(span.quote, text)
        if spaced:
            return Span.of(text, *_best(span, text, spaced, expected)), "reworded"
    close = _close_variant(span, text, expected)
    return (Span.of(text, *close), "reworded") if close else None


def _occurrences(text: str, needle: str) -> list[int]:
    out: list[int] = []
    i = text.find(needle)
    while i >= 0 and len(out) < _MAX_CANDIDATES:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def _respaced(quote: str, text: str) -> list[tuple[int, int]]:
    """Occurrences of the quote's words with any whitespace between them."""
    words = quote.split()
    if not words:
        return []
    pattern = re.compile(r"\s+".join(map(re.escape, words)))
    out: list[tuple[int, int]] = []
    for match in pattern.finditer(text):
        out.append(match.span())
        if len(out) >= _MAX_CANDIDATES:
            break
    return out


def _best(span: Span, text: str, candidates: list[tuple[int, int]], expected: int) -> tuple[int, int]:
    """The candidate whose context agrees most with the span's, then the one nearest where it was."""

    def score(c: tuple[int, int]) -> tuple[int, int, int]:
        start, end = c
        return (_context_agreement(span, text, start, end), -abs(start - expected), -start)

    return max(candidates, key=score)


def _context_agreement(span: Span, text: str, start: int, end: int) -> int:
    before = text[max(0, start - len(span.before)) : start]
    after = text[end : end + len(span.after)]
    n = 0
    while n < min(len(before), len(span.before)) and before[-1 - n] == span.before[-1 - n]:
        n += 1
    k = 0
    while k < min(len(after), len(span.after)) and after[k] == span.after[k]:
        k += 1
    return n + k


def _close_variant(span: Span, text: str, expected: int) -> tuple[int, int] | None:
    """A stretch of `text` very like the quote, between anchors taken from the context or the quote's ends."""
    quote = span.quote
    k = min(_ANCHOR_CHARS, max(len(quote) // 3, 1))
    starts: set[int] = set()
    ends: set[int] = set()
    if len(quote) >= 12:
        starts = set(_occurrences(text, quote[:k]))
        ends = {i + k for i in _occurrences(text, quote[-k:])}
    if len(span.before) >= 8:
        starts |= {i + len(span.before) for i in _occurrences(text, span.before)}
    if len(span.after) >= 8:
        ends |= set(_occurrences(text, span.after))
    longest = 2 * len(quote) + 40
    best: tuple[float, int, tuple[int, int]] | None = None
    for s in sorted(starts):
        for e in sorted(ends):
            if not s < e <= s + longest:
                continue
            matcher = SequenceMatcher(None, quote, text[s:e], autojunk=False)
            if matcher.quick_ratio() < MIN_SIMILARITY:
                continue
            ratio = matcher.ratio()
            if ratio >= MIN_SIMILARITY and (best is None or (ratio, -abs(s - expected)) > best[:2]):
                best = (ratio, -abs(s - expected), (s, e))
    return best[2] if best else None
