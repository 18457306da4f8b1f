"""Validation findings: what is wrong with a map (errors) or worth a look (warnings)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum

from argmap.graph import support_cycles
from argmap.model import ArgumentMap, text_hash
from argmap.wording import counted


class Level(StrEnum):
    """How serious a finding is: errors make a map unusable as it stands."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    """One problem, with the ids of the elements concerned."""

    level: Level
    code: str
    message: str
    ids: tuple[str, ...] = field(default=())

    def __str__(self) -> str:
        return f"{self.level.value}: {self.message} [{self.code}]"


def validate(m: ArgumentMap) -> list[Finding]:
    """Every finding for `m`: errors first, then warnings, each in document order."""
    errors = _reference_errors(m) + _span_errors(m)
    warnings = _span_warnings(m) + _structure_warnings(m)
    return errors + warnings


def has_errors(findings: list[Finding]) -> bool:
    """True when any finding is an error."""
    return any(f.level is Level.ERROR for f in findings)


def _err(code: str, message: str, *ids: str) -> Finding:
    return Finding(Level.ERROR, code, message, ids)


def _warn(code: str, message: str, *ids: str) -> Finding:
    return Finding(Level.WARNING, code, message, ids)


def _reference_errors(m: ArgumentMap) -> list[Finding]:
    out: list[Finding] = []
    counts = Counter([c.id for c in m.claims] + [a.id for a in m.arguments] + [t.id for t in m.tags])
    for dup, n in counts.items():
        if n > 1:
            out.append(_err("duplicate-id", f"id {dup!r} is used {n} times", dup))
    claims = {c.id for c in m.claims}
    nodes = claims | {a.id for a in m.arguments}
    tags = {t.id for t in m.tags}
    for a in m.arguments:
        for p in a.premises:
            if p not in claims:
                out.append(
                    _err(
                        "missing-premise", f"argument {a.id!r} has premise {p!r}, which is not a claim", a.id
                    )
                )
        if a.target not in nodes:
            out.append(
                _err(
                    "missing-target", f"argument {a.id!r} targets {a.target!r}, which is not in the map", a.id
                )
            )
        if a.target in a.premises:
            out.append(
                _err(
                    "self-premise",
                    f"argument {a.id!r} has its own target {a.target!r} among its premises",
                    a.id,
                )
            )
        if a.target == a.id:
            out.append(_err("self-target", f"argument {a.id!r} targets itself", a.id))
        if len(set(a.premises)) != len(a.premises):
            out.append(_err("repeated-premise", f"argument {a.id!r} lists a premise twice", a.id))
    for c in m.claims:
        for t in c.tags:
            if t not in tags:
                out.append(
                    _err("missing-tag", f"claim {c.id!r} carries tag {t!r}, which is not defined", c.id)
                )
    for node_id in list(m.layout.pins) + m.layout.collapsed:
        if node_id not in nodes:
            out.append(
                _err("missing-layout-node", f"layout refers to {node_id!r}, which is not in the map", node_id)
            )
    return out


def _span_errors(m: ArgumentMap) -> list[Finding]:
    out: list[Finding] = []
    spanned = [c for c in m.claims if c.spans]
    if m.article is None:
        for c in spanned:
            out.append(
                _err("span-without-article", f"claim {c.id!r} has spans but the map has no article", c.id)
            )
        return out
    n = len(m.article.text)
    for c in spanned:
        for s in c.spans:
            if s.end > n:
                out.append(
                    _err(
                        "span-out-of-range",
                        f"claim {c.id!r} has span [{s.start}, {s.end}) past the article's end ({counted(n, 'character')})",
                        c.id,
                    )
                )
    return out


def _span_warnings(m: ArgumentMap) -> list[Finding]:
    out: list[Finding] = []
    art = m.article
    if art is not None and art.sha256 != text_hash(art.text):
        out.append(
            _warn(
                "article-hash", "the article text does not match its recorded hash (edited outside argmap?)"
            )
        )
    for c in m.claims:
        if art is not None:
            for s in c.spans:
                if s.end <= len(art.text) and not s.matches(art.text):
                    out.append(
                        _warn(
                            "quote-mismatch",
                            f"claim {c.id!r}: the quote “{s.quote[:40]}” no longer matches the text at [{s.start}, {s.end})",
                            c.id,
                        )
                    )
        if not c.spans and not c.implicit and art is not None:
            out.append(_warn("no-span", f"claim {c.id!r} is not anchored to the article", c.id))
    return out


def _structure_warnings(m: ArgumentMap) -> list[Finding]:
    out: list[Finding] = []
    for cycle in support_cycles(m):
        out.append(_warn("circular-support", "circular support: " + " -> ".join(cycle + cycle[:1]), *cycle))
    return out


def require_usable(m: ArgumentMap, source: str) -> ArgumentMap:
    """`m` itself, or a LoadError naming the first error-level finding.

    The app opens only maps without errors (references to missing claims, duplicate
    ids, spans past the text): every view can then trust the map. `argmap validate`
    lists all the findings.
    """
    from argmap.io.errors import LoadError

    # the errors only: the warnings (circular support, loose quotes) cost time and do not stop an open
    errors = [f for f in _reference_errors(m) + _span_errors(m) if f.level is Level.ERROR]
    if errors:
        more = f" (and {len(errors) - 1} more; see `argmap validate`)" if len(errors) > 1 else ""
        raise LoadError(source, f"the map is inconsistent: {errors[0].message}{more}")
    return m
