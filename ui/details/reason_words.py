"""What a reason does, in a student's words: "“A” questions whether “B” supports “C”" (no ids, no jargon).

Qt-free, so the wording is tested without a window. An attack on an argument follows its
`aim`: on the inference it questions whether the reasons support the claim (an undercut,
though the word is never shown); on the premises it attacks the reasons themselves.
"""

from __future__ import annotations

from argmap.model import Aim, Argument, ArgumentMap, Relation

LONGEST = 70
"""Characters of a claim's wording quoted before it is shortened with "…"."""


def quoted(m: ArgumentMap, claim_id: str) -> str:
    """A claim's wording in curly quotes, shortened at a word (“a claim with no wording” when empty)."""
    try:
        text = " ".join(m.claim(claim_id).text.split())
    except KeyError:
        return "a claim that is no longer in the map"
    if not text:
        return "a claim with no wording yet"
    if len(text) > LONGEST:
        text = text[:LONGEST].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return f"“{text}”"


def _together(m: ArgumentMap, premises: list[str]) -> tuple[str, bool]:
    """The premises quoted and joined with "and"; True when there are several."""
    return " and ".join(quoted(m, p) for p in premises), len(premises) > 1


def _target_words(m: ArgumentMap, target_id: str) -> str:
    """What a reason aims at: a claim's wording, or (for a reason about a reason) "that reasoning"."""
    try:
        m.claim(target_id)
    except KeyError:
        return "that reasoning"
    return quoted(m, target_id)


def what_it_does(m: ArgumentMap, a: Argument) -> str:
    """One sentence (no final full stop: quotes end it) saying what the reason `a` does, following its relation and aim."""
    subject, several = _together(m, a.premises)
    try:
        aimed = m.argument(a.target)
    except KeyError:
        aimed = None
    if aimed is None:
        if a.relation is Relation.SUPPORT:
            verb = "together are a reason for" if several else "is a reason for"
        else:
            verb = "together are an objection to" if several else "is an objection to"
        return f"{subject} {verb} {_target_words(m, a.target)}"
    reasons, their_several = _together(m, aimed.premises)
    claim = _target_words(m, aimed.target)
    aimed_verb = (
        ("support" if their_several else "supports")
        if aimed.relation is Relation.SUPPORT
        else ("count against" if their_several else "counts against")
    )
    s = "" if several else "s"
    if a.aim is Aim.PREMISES:
        what = "the reasons" if their_several else "the reason"
        verb = "attack" if a.relation is Relation.ATTACK else "support"
        given = "for" if aimed.relation is Relation.SUPPORT else "against"
        return f"{subject} {'together ' if several else ''}{verb}{s} {what} {reasons} (given {given} {claim})"
    if a.relation is Relation.ATTACK:
        return f"{subject} {'together ' if several else ''}question{s} whether {reasons} {aimed_verb} {claim}"
    return f"{subject} {'together ' if several else ''}show{s} why {reasons} {aimed_verb} {claim}"


def what_it_does_for(m: ArgumentMap, claim_id: str) -> list[str]:
    """What each reason the claim is a premise of does, in map order (empty for a claim that is no premise)."""
    return [what_it_does(m, a) for a in m.arguments if claim_id in a.premises]
