"""Tagging the article: snap a selection to words, make an anchored claim, add or remove a span."""

from __future__ import annotations

import re

from argmap.edits import lookup
from argmap.limits import LIMITS
from argmap.model import ArgumentMap, Claim, Role, Span
from argmap.ops import AddClaim, EditClaim, Op, OpError

_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s|$)|\n")
_WORD_CHAR = re.compile(r"[\w’'\-]")
_SENTENCE_PUNCT = ".!?…"
_CLOSING = '"”»)]'

ROLE_LABELS = {
    Role.CONCLUSION: "Conclusion",
    Role.PREMISE: "Premise",
    Role.OBJECTION: "Objection",
    Role.REBUTTAL: "Rebuttal",
    Role.NONE: "Claim",
}


def _is_word(ch: str) -> bool:
    return bool(_WORD_CHAR.match(ch))


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen `[start, end)` to whole words and trim the white space at its ends.

    A range that touches half a word takes the whole word; a range of only white
    space comes back empty (`start == end`).
    """
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return start, start
    while start > 0 and _is_word(text[start - 1]) and _is_word(text[start]):
        start -= 1
    while end < len(text) and _is_word(text[end]) and _is_word(text[end - 1]):
        end += 1
    if end < len(text) and text[end] in _SENTENCE_PUNCT:
        while end < len(text) and text[end] in _SENTENCE_PUNCT:
            end += 1
        while end < len(text) and text[end] in _CLOSING:
            end += 1
    return start, end


def sentence_at(text: str, pos: int) -> tuple[int, int]:
    """The `[start, end)` of the sentence (or heading line) around `pos`, without outer white space."""
    pos = max(0, min(pos, len(text)))
    start = 0
    for match in _SENTENCE_END.finditer(text, 0, pos):
        start = match.end()
    found = _SENTENCE_END.search(text, pos)
    end = len(text)
    if found is not None:
        end = found.start() if found.group() == "\n" else found.end()
    return snap_to_words(text, start, end)


def wording_from(text: str) -> str:
    """A claim's wording made from quoted text: one line, first letter capitalised, no trailing `,;:` or dash."""
    words = " ".join(text.split()).rstrip(",;:-–— ")
    if not words:
        return words
    return words[0].upper() + words[1:]


def _article_text(m: ArgumentMap) -> str:
    if m.article is None:
        raise OpError("this map has no article to tag")
    return m.article.text


def tag_span(m: ArgumentMap, start: int, end: int, role: Role) -> tuple[Op, str]:
    """A new claim anchored to the selected text, and its id.

    The range snaps to whole words; an empty range (a caret) takes the whole
    sentence around it. The wording is the quoted text, tidied to one line.
    """
    text = _article_text(m)
    s, e = snap_to_words(text, start, end)
    if s == e:
        s, e = sentence_at(text, s)
    if s == e and s > 0:  # a caret at the end of a line: the sentence it ends
        s, e = sentence_at(text, s - 1)
    if s == e:
        raise OpError("there is no text here to tag")
    claim_id = m.new_id("c")
    wording = wording_from(text[s:e])[: LIMITS.claim_chars]
    claim = Claim(id=claim_id, text=wording, spans=[Span.of(text, s, e)], role=role)
    return AddClaim(claim), claim_id


def add_span(m: ArgumentMap, claim_id: str, start: int, end: int) -> Op:
    """Anchor an existing claim to one more piece of the article (snapped to words)."""
    text = _article_text(m)
    s, e = snap_to_words(text, start, end)
    if s == e:
        raise OpError("select some words of the article first")
    claim = lookup.claim(m, claim_id)
    if any(sp.start == s and sp.end == e for sp in claim.spans):
        raise OpError("the claim is already anchored to this text")
    if len(claim.spans) >= LIMITS.spans_per_claim:
        raise OpError(f"a claim can have at most {LIMITS.spans_per_claim:,} spans")
    spans = sorted([*claim.spans, Span.of(text, s, e)], key=lambda sp: (sp.start, sp.end))
    return EditClaim(claim_id, {"spans": spans})


def remove_span(m: ArgumentMap, claim_id: str, index: int) -> Op:
    """Take one anchor off a claim (the claim itself stays)."""
    claim = lookup.claim(m, claim_id)
    if not 0 <= index < len(claim.spans):
        raise OpError(f"the claim has no span number {index + 1}")
    return EditClaim(claim_id, {"spans": [sp for i, sp in enumerate(claim.spans) if i != index]})


def claims_at(m: ArgumentMap, pos: int) -> list[str]:
    """Ids of the claims with a span covering code point `pos`, shortest span first."""
    hits: list[tuple[int, int, str]] = []
    for order, c in enumerate(m.claims):
        for sp in c.spans:
            if sp.start <= pos < sp.end:
                hits.append((sp.end - sp.start, order, c.id))
                break
    return [cid for _, _, cid in sorted(hits)]
