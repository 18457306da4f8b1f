"""Markdown outline export: a nested pro/con list under each conclusion, with the quoted spans."""

from __future__ import annotations

from argmap.io.map_index import MapIndex
from argmap.io.results import ExportResult
from argmap.limits import LIMITS
from argmap.model import Argument, ArgumentMap, Relation


def sniff(head: bytes, path: str) -> bool:
    """Outlines are written, never read."""
    return False


def _inline(text: str) -> str:
    return " ".join(text.split())


class _Outline:
    def __init__(self, m: ArgumentMap) -> None:
        self.m = m
        self.ix = MapIndex(m)
        self.lines: list[str] = []
        self.seen: set[str] = set()
        self.cut = False

    def claim(self, claim_id: str, depth: int, label: str) -> None:
        c = self.ix.claim(claim_id)
        pad = "  " * depth
        bullet = f"{pad}- {label}{_inline(c.text)}"
        if claim_id in self.seen:
            self.lines.append(bullet + " *(see above)*")
            return
        if depth > LIMITS.nesting_depth:
            self.lines.append(bullet + " *(deeper levels cut)*")
            self.cut = True
            return
        self.seen.add(claim_id)
        self.lines.append(bullet)
        for s in c.spans:
            self.lines.append(f"{pad}  > “{_inline(s.quote)}”")
        for a in self.ix.reasons_for(claim_id):
            self.reason(a, depth + 1)

    def reason(self, a: Argument, depth: int) -> None:
        word = "Pro" if a.relation is Relation.SUPPORT else "Con"
        if len(a.premises) == 1 and not self.ix.reasons_for(a.id):
            self.claim(a.premises[0], depth, f"**{word}:** ")
            return
        if a.id in self.seen:
            return
        self.seen.add(a.id)
        together = " (together)" if len(a.premises) > 1 else ""
        self.lines.append(f"{'  ' * depth}- **{word}{together}:**")
        for p in a.premises:
            self.claim(p, depth + 1, "")
        for b in self.ix.reasons_for(a.id):
            word_b = "Supports the inference" if b.relation is Relation.SUPPORT else "Undercut"
            self.lines.append(f"{'  ' * (depth + 1)}- **{word_b}:**")
            for p in b.premises:
                self.claim(p, depth + 2, "")


def write(m: ArgumentMap) -> ExportResult:
    """Conclusions at the top; a claim reached twice is written once and then marked (see above)."""
    o = _Outline(m)
    o.lines.append(f"# {_inline(m.title) or 'Argument map'}")
    for c in m.roots():
        o.lines.append("")
        o.claim(c.id, 0, "")
    for c in m.claims:
        if c.id not in o.seen:
            o.lines.append("")
            o.claim(c.id, 0, "")
    losses: list[str] = []
    if o.cut:
        losses.append(f"chains of reasons deeper than {LIMITS.nesting_depth} levels were cut")
    if any(c.note for c in m.claims):
        losses.append("claim notes (the outline shows wording and quotes)")
    return ExportResult(("\n".join(o.lines) + "\n").encode("utf-8"), losses)
