"""The step every importer's map goes through: links that would make the map unusable are dropped with a warning."""

from __future__ import annotations

from argmap.analysis.findings import Level, require_usable, validate
from argmap.io.results import ImportResult
from argmap.model import Argument, ArgumentMap
from argmap.wording import agree

REPAIRABLE = {
    "self-premise",
    "self-target",
    "missing-premise",
    "missing-target",
    "repeated-premise",
    "missing-tag",
    "missing-layout-node",
    "span-without-article",
    "span-out-of-range",
}
"""Error codes an import can mend by leaving a link or a mark out (duplicate ids cannot be mended)."""


def repaired(result: ImportResult, source: str) -> ImportResult:
    """`result` with every repairable error-level finding mended and a warning for each; LoadError if any is left.

    An argument that would make a claim its own premise, or that names a premise or
    target the file does not hold, loses that premise (or is dropped when nothing is
    left); tags, pins and spans that point nowhere are dropped.
    """
    m = result.map
    errors = [f for f in validate(m) if f.level is Level.ERROR]
    if not errors:
        return result
    if any(f.code not in REPAIRABLE for f in errors):
        require_usable(m, source)  # raises LoadError naming the first error
    warnings = list(result.warnings)
    fixed = _mend(m, warnings)
    require_usable(fixed, source)
    return ImportResult(fixed, warnings)


def _where(a: Argument) -> str:
    """The argument as the file names it: its id there (a Kialo number, an AIF node) or argmap's id."""
    if a.origin is not None and a.origin.id:
        return f"{a.origin.format} {a.origin.id}"
    return f"argument {a.id}"


def _mend(m: ArgumentMap, warnings: list[str]) -> ArgumentMap:
    claims = {c.id for c in m.claims}
    nodes = claims | {a.id for a in m.arguments}
    args: list[Argument] = []
    dropped: set[str] = set()
    for a in m.arguments:
        if a.target == a.id or a.target not in nodes:
            why = "points at itself" if a.target == a.id else f"targets {a.target}, which is not in the file"
            warnings.append(f"{_where(a)} {why}; the link was dropped")
            dropped.add(a.id)
            continue
        keep = [p for p in dict.fromkeys(a.premises) if p in claims and p != a.target]
        if a.target in a.premises:
            warnings.append(f"{_where(a)} would make {a.target} its own premise; that link was dropped")
        missing = [p for p in a.premises if p not in claims]
        if missing:
            which = agree(len(missing), "a premise", "premises")
            warnings.append(f"{_where(a)} names {which} not in the file ({', '.join(missing)}); left out")
        if not keep:
            dropped.add(a.id)
            continue
        args.append(a if keep == a.premises else a.model_copy(update={"premises": keep}))
    while dropped:  # undercuts of a dropped argument go with it
        gone = {a.id for a in args if a.target in dropped}
        args = [a for a in args if a.id not in gone]
        dropped = gone
    tags = {t.id for t in m.tags}
    text_len = len(m.article.text) if m.article is not None else -1
    new_claims = []
    for c in m.claims:
        update: dict[str, object] = {}
        if any(t not in tags for t in c.tags):
            update["tags"] = [t for t in c.tags if t in tags]
        if c.spans and any(s.end > text_len for s in c.spans):
            update["spans"] = [s for s in c.spans if s.end <= text_len]
            warnings.append(f"claim {c.id}: quotes past the end of the article were left out")
        new_claims.append(c.model_copy(update=update) if update else c)
    kept = {c.id for c in new_claims} | {a.id for a in args}
    layout = m.layout.model_copy(
        update={
            "pins": {k: v for k, v in m.layout.pins.items() if k in kept},
            "collapsed": [k for k in m.layout.collapsed if k in kept],
        }
    )
    return m.model_copy(update={"arguments": args, "claims": new_claims, "layout": layout})
