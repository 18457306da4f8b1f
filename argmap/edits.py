"""Qt-free builders that turn a user's intent (tag this text, connect these claims) into ops."""

from __future__ import annotations

import re
from collections.abc import Sequence

from argmap.limits import LIMITS
from argmap.model import Argument, ArgumentMap, Claim, Relation, Role, Span, Tag
from argmap.ops import (
    AddArgument,
    AddClaim,
    AddTag,
    Batch,
    EditClaim,
    EditTag,
    Op,
    OpError,
    RemoveClaim,
    RemoveTag,
)

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
    claim = m.claim(claim_id)
    if any(sp.start == s and sp.end == e for sp in claim.spans):
        raise OpError("the claim is already anchored to this text")
    if len(claim.spans) >= LIMITS.spans_per_claim:
        raise OpError(f"a claim can have at most {LIMITS.spans_per_claim:,} spans")
    spans = sorted([*claim.spans, Span.of(text, s, e)], key=lambda sp: (sp.start, sp.end))
    return EditClaim(claim_id, {"spans": spans})


def remove_span(m: ArgumentMap, claim_id: str, index: int) -> Op:
    """Take one anchor off a claim (the claim itself stays)."""
    claim = m.claim(claim_id)
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


def set_role(m: ArgumentMap, claim_id: str, role: Role) -> Op:
    """Retag a claim: conclusion, premise, objection, rebuttal or plain claim."""
    m.claim(claim_id)
    return EditClaim(claim_id, {"role": role})


def set_wording(m: ArgumentMap, claim_id: str, text: str) -> Op | None:
    """Change a claim's wording; None when nothing changes."""
    text = " ".join(text.split())[: LIMITS.claim_chars]
    if not text:
        raise OpError("a claim needs some wording")
    return None if m.claim(claim_id).text == text else EditClaim(claim_id, {"text": text})


def set_note(m: ArgumentMap, claim_id: str, note: str) -> Op | None:
    """Change a claim's note; None when nothing changes."""
    note = note[: LIMITS.claim_chars]
    return None if m.claim(claim_id).note == note else EditClaim(claim_id, {"note": note})


def connect(
    m: ArgumentMap,
    premises: Sequence[str],
    target: str,
    relation: Relation = Relation.SUPPORT,
    *,
    linked: bool = False,
) -> Op:
    """Premises support or attack a target: one argument per premise, or one linked argument."""
    premise_ids = [p for p in dict.fromkeys(premises) if p != target]
    if not premise_ids:
        raise OpError("select at least two claims: the reasons, then the claim they are about")
    groups = [premise_ids] if linked else [[p] for p in premise_ids]
    existing = {(tuple(a.premises), a.target, a.relation) for a in m.arguments}
    steps: list[Op] = []
    used = m.ids()
    n = len(used) + 1
    for group in groups:
        if (tuple(group), target, relation) in existing:
            continue
        while f"a{n}" in used:
            n += 1
        arg_id = f"a{n}"
        used.add(arg_id)
        steps.append(AddArgument(Argument(id=arg_id, premises=group, relation=relation, target=target)))
    if not steps:
        raise OpError("these claims are already connected that way")
    name = "Connect" if relation is Relation.SUPPORT else "Connect as attack"
    return steps[0] if len(steps) == 1 else Batch(steps, name)


def remove_claims(claim_ids: Sequence[str]) -> Op:
    """Delete claims with their relations, as one undo step."""
    ops: list[Op] = [RemoveClaim(cid) for cid in dict.fromkeys(claim_ids)]
    return ops[0] if len(ops) == 1 else Batch(ops, f"Remove {len(ops)} claims")


# --- user tags --------------------------------------------------------------


def new_tag(m: ArgumentMap, name: str, color: str, assign_to: Sequence[str] = ()) -> tuple[Op, str]:
    """Create a tag (the name must be new, ignoring case), put on `assign_to` claims in the same step."""
    name = name.strip()
    if not name:
        raise OpError("a tag needs a name")
    if any(t.name.casefold() == name.casefold() for t in m.tags):
        raise OpError(f"there is already a tag called “{name}”")
    tag_id = m.new_id("t")
    add: Op = AddTag(Tag(id=tag_id, name=name, color=color))
    claims = [m.claim(cid) for cid in dict.fromkeys(assign_to)]
    if not claims:
        return add, tag_id
    steps = [add] + [EditClaim(c.id, {"tags": [*c.tags, tag_id]}) for c in claims]
    return Batch(steps, f"Add tag “{name}”"), tag_id


def rename_tag(m: ArgumentMap, tag_id: str, name: str) -> Op:
    """Rename a tag, keeping names unique."""
    name = name.strip()
    if not name:
        raise OpError("a tag needs a name")
    if any(t.id != tag_id and t.name.casefold() == name.casefold() for t in m.tags):
        raise OpError(f"there is already a tag called “{name}”")
    m.tag(tag_id)
    return EditTag(tag_id, {"name": name})


def recolour_tag(m: ArgumentMap, tag_id: str, color: str) -> Op:
    """Give a tag another colour (#rrggbb)."""
    m.tag(tag_id)
    return EditTag(tag_id, {"color": color.lower()})


def delete_tag(m: ArgumentMap, tag_id: str) -> Op:
    """Delete a tag and take it off every claim."""
    m.tag(tag_id)
    return RemoveTag(tag_id)


def set_tag(m: ArgumentMap, claim_ids: Sequence[str], tag_id: str, on: bool) -> Op | None:
    """Assign a tag to claims (or take it off); None when nothing changes."""
    m.tag(tag_id)
    steps: list[Op] = []
    for cid in claim_ids:
        tags = m.claim(cid).tags
        if on and tag_id not in tags:
            steps.append(EditClaim(cid, {"tags": [*tags, tag_id]}))
        elif not on and tag_id in tags:
            steps.append(EditClaim(cid, {"tags": [t for t in tags if t != tag_id]}))
    if not steps:
        return None
    return steps[0] if len(steps) == 1 else Batch(steps, "Change tags")
