"""Tagged spans as non-overlapping segments, each with the claims covering it, innermost first."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from argmap.model import ArgumentMap


@dataclass(frozen=True)
class Segment:
    """A stretch `[start, end)` of the article (code points) and the claims whose spans cover it."""

    start: int
    end: int
    claims: tuple[str, ...]
    """Covering claim ids, the innermost (shortest span) first."""


def segments(m: ArgumentMap, only: set[str] | None = None) -> list[Segment]:
    """Cut the tagged parts of the article into segments where the set of covering claims is constant.

    Spans whose offsets fall outside the article are left out. `only` limits the
    claims shown (a tag filter).
    """
    text_len = len(m.article.text) if m.article is not None else 0
    spans: list[tuple[int, int, str]] = []
    for c in m.claims:
        if only is not None and c.id not in only:
            continue
        for sp in c.spans:
            if sp.start < sp.end <= text_len:
                spans.append((sp.start, sp.end, c.id))
    if not spans:
        return []
    cuts = sorted({p for s, e, _ in spans for p in (s, e)})
    starts: dict[int, list[tuple[int, int, str]]] = {}
    for s, e, cid in spans:
        starts.setdefault(s, []).append((s, e, cid))
    active: list[tuple[int, int, str]] = []
    out: list[Segment] = []
    for a, b in pairwise(cuts):
        active = [x for x in active if x[1] > a] + starts.get(a, [])
        if active:
            ordered = sorted(active, key=lambda x: (x[1] - x[0], x[2]))
            ids = tuple(dict.fromkeys(cid for _, _, cid in ordered))
            out.append(Segment(a, b, ids))
    return out
