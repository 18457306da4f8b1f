"""The same article extracted again is the same article: re-anchor a student's map onto the reference's text.

    m, note = onto_reference_article(reference, student)   # raises DifferentArticle on real differences

A student may have made their map from the .docx or .md version of the article, or an
extraction with other paragraph breaks: the words are the same, the characters are not.
When the two texts have (nearly) the same words, the student's spans are re-found in the
reference's text (`argmap.anchoring.reanchor`) and `note` says what moved and what was
lost; when the words really differ, the map is refused.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from argmap.analysis.map_match import DifferentArticle, check_same_article
from argmap.anchoring import reanchor
from argmap.model import ArgumentMap
from argmap.wording import counted

SAME_WORDS = 0.95
"""Share of words two texts must have in common (in order) to count as the same article."""

_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def word_similarity(a: str, b: str) -> float:
    """How much of the two texts' words agree, in order (0..1)."""
    wa, wb = _words(a), _words(b)
    if wa == wb:
        return 1.0
    matcher = SequenceMatcher(None, wa, wb, autojunk=False)
    if matcher.real_quick_ratio() < SAME_WORDS or matcher.quick_ratio() < SAME_WORDS:
        return matcher.quick_ratio()
    return matcher.ratio()


def onto_reference_article(reference: ArgumentMap, student: ArgumentMap) -> tuple[ArgumentMap, str]:
    """`student` over the reference's article text (a re-anchored copy when the text differs), and a note.

    The note is "" when nothing had to move. Raises DifferentArticle when the texts differ in their words.
    """
    try:
        check_same_article(reference, student)
        return student, ""
    except DifferentArticle:
        ra, sa = reference.article, student.article
        if ra is None or sa is None:
            raise
        if word_similarity(ra.text, sa.text) < SAME_WORDS:
            raise
    assert ra is not None
    copy = student.model_copy(deep=True)
    plan = reanchor(copy, ra)
    plan.op.apply(copy)
    n_spans = sum(len(c.spans) for c in student.claims)
    note = (
        f"made from another copy of the same article: {n_spans - len(plan.lost):,} of its "
        f"{counted(n_spans, 'selection')} found again in the teacher's text ({len(plan.moved):,} moved)"
    )
    if plan.lost:
        lost = ", ".join(f"“{s.quote[:40]}”" for _c, s in plan.lost[:3])
        note += f"; not found, so left out: {lost}" + (" …" if len(plan.lost) > 3 else "")
    return copy, note
