"""Re-anchoring: when a map's article is replaced by a new version, re-find every span by quote and context.

A line diff of the old and new text first guesses where each span went (exact in
unchanged lines). Each span is then looked for in this order: the same quote where the
diff puts it; the same quote elsewhere, nearby first (the occurrence whose surrounding
text and position agree best); the same words with different spacing or line breaks;
a close variant near the guess, between the old context or the quote's first and last
words (a corrected typo). Spans found nowhere are listed as lost; they leave their
claim, and the one undoable op puts them back.
"""

from __future__ import annotations

import re
from bisect import bisect_right
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
_NEAR = 2_000
"""Characters around the diff's guess searched first, so a quote repeated in the text stays local."""


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
    text = new_article.text
    where = OffsetMap(m.article.text if m.article is not None else text, text)
    ops: list[Op] = [SetArticle(new_article)]
    moved: list[MovedSpan] = []
    lost: list[tuple[str, Span]] = []
    kept = 0
    for claim in m.claims:
        if not claim.spans:
            continue
        new_spans: list[Span] = []
        for span in claim.spans:
            found = find_span(span, text, where)
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


def find_span(span: Span, text: str, where: OffsetMap) -> tuple[Span, How] | None:
    """Where `span` stands in `text`, the new version of the text `where` maps from; None if nowhere."""
    start, end = where(span.start), where(span.end)
    if span.quote and text[start:end] == span.quote:
        return Span.of(text, start, end), "kept" if (start, end) == (span.start, span.end) else "moved"
    if span.quote:
        lo = max(0, start - _NEAR)
        starts = [lo + i for i in _occurrences(text[lo : end + _NEAR], span.quote)]
        starts = starts or _occurrences(text, span.quote)
        if starts:
            best = _best(span, text, [(s, s + len(span.quote)) for s in starts], start)
            return Span.of(text, *best), "kept" if best == (span.start, span.end) else "moved"
        spaced = _respaced(span.quote, text)
        if spaced:
            return Span.of(text, *_best(span, text, spaced, start)), "reworded"
    close = _close_variant(span, text, start, end)
    return (Span.of(text, *close), "reworded") if close else None


class OffsetMap:
    """Old text offset -> new text offset: exact in unchanged lines, proportional inside changed ones."""

    def __init__(self, old: str, new: str) -> None:
        self._old_starts = _line_starts(old)
        self._new_starts = _line_starts(new)
        self._old, self._new = old, new
        # autojunk: blank and repeated lines are not anchors (and would make the diff quadratic)
        matcher = SequenceMatcher(None, old.splitlines(True), new.splitlines(True))
        self._blocks = matcher.get_opcodes()
        self._block_firsts = [b[1] for b in self._blocks]

    def __call__(self, offset: int) -> int:
        """Where the character at `offset` of the old text is in the new text (best guess)."""
        if not self._blocks:
            return 0
        line = max(bisect_right(self._old_starts, offset) - 1, 0)
        k = max(bisect_right(self._block_firsts, line) - 1, 0)
        while k + 1 < len(self._blocks) and self._blocks[k][2] <= line:
            k += 1
        tag, i1, i2, j1, j2 = self._blocks[k]
        old_a, old_b = self._at(self._old_starts, i1, self._old), self._at(self._old_starts, i2, self._old)
        new_a, new_b = self._at(self._new_starts, j1, self._new), self._at(self._new_starts, j2, self._new)
        inside = min(max(offset - old_a, 0), old_b - old_a)
        if tag == "equal":
            return new_a + inside
        if tag == "delete" or new_a == new_b:
            return new_a
        return new_a + round(inside * (new_b - new_a) / max(old_b - old_a, 1))

    @staticmethod
    def _at(starts: list[int], line: int, text: str) -> int:
        return starts[line] if line < len(starts) else len(text)


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n" and i + 1 < len(text):
            starts.append(i + 1)
    return starts


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


def _close_variant(span: Span, text: str, start: int, end: int) -> tuple[int, int] | None:
    """A stretch of `text` very like the quote: where the diff maps it, or between nearby anchors."""
    quote = span.quote
    window = 2 * len(quote) + 400
    lo, hi = max(0, start - window), min(len(text), end + window)
    k = min(_ANCHOR_CHARS, max(len(quote) // 3, 1))
    starts: set[int] = {start}
    ends: set[int] = {end}
    if len(quote) >= 12:
        starts |= {lo + i for i in _occurrences(text[lo:hi], quote[:k])}
        ends |= {lo + i + k for i in _occurrences(text[lo:hi], quote[-k:])}
    if len(span.before) >= 8:
        starts |= {lo + i + len(span.before) for i in _occurrences(text[lo:hi], span.before)}
    if len(span.after) >= 8:
        ends |= {lo + i for i in _occurrences(text[lo:hi], span.after)}
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
            if ratio >= MIN_SIMILARITY and (best is None or (ratio, -abs(s - start)) > best[:2]):
                best = (ratio, -abs(s - start), (s, e))
    return best[2] if best else None
