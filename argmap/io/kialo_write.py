"""Kialo export in the newer layout: a tree of Pro and Con claims under one thesis (or a question)."""

from __future__ import annotations

import re

from argmap.io.map_index import MapIndex
from argmap.io.results import ExportResult
from argmap.model import Aim, ArgumentMap, Relation
from argmap.wording import agree, counted

_ESCAPE = re.compile(r"([()\[\]])")


def _text(m: MapIndex, claim_id: str) -> str:
    c = m.claim(claim_id)
    raw = c.origin.data.get("raw") if c.origin and c.origin.format == "kialo" else None
    if isinstance(raw, str) and re.sub(r"\\([()\[\]])", r"\1", raw) == c.text:
        return raw
    return c.text


def _label(m: MapIndex, claim_id: str) -> str:
    c = m.claim(claim_id)
    label = c.origin.data.get("label") if c.origin and c.origin.format == "kialo" else None
    return label if isinstance(label, str) else ""


def _numbered(m: MapIndex, parent: str, children: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """Child numbers under `parent`: the Kialo number a claim was imported with (gaps kept), else the next free."""
    wanted: list[str | None] = []
    for claim_id, _ in children:
        c = m.claim(claim_id)
        own = c.origin.id if c.origin and c.origin.format == "kialo" else None
        ok = own and own.startswith(parent) and own[len(parent) :].rstrip(".").isdigit()
        wanted.append(own if ok else None)
    used = {w for w in wanted if w}
    out: list[tuple[str, str, str]] = []
    k = 0
    for (claim_id, label), w in zip(children, wanted, strict=True):
        if w is None or any(o[1] == w for o in out):
            k += 1
            while f"{parent}{k}." in used:
                k += 1
            w = f"{parent}{k}."
            used.add(w)
        out.append((claim_id, w, label))
    return out


_HUNG = {
    (Relation.ATTACK, Aim.INFERENCE): ("objection to a reasoning step", "objections to a reasoning step"),
    (Relation.SUPPORT, Aim.INFERENCE): ("support of a reasoning step", "supports of a reasoning step"),
    (Relation.ATTACK, Aim.PREMISES): ("attack on a reason's premises", "attacks on a reason's premises"),
    (Relation.SUPPORT, Aim.PREMISES): ("support of a reason's premises", "supports of a reason's premises"),
}
"""What Kialo (a tree of claims) cannot hold, by relation and aim: each hangs under the reason's first premise."""


def _hung_losses(hung: dict[tuple[Relation, Aim], int]) -> list[str]:
    """One loss per kind of reason aimed at another reason: an undercut is not an attack on premises."""
    out: list[str] = []
    for key, words in _HUNG.items():
        n = hung.get(key, 0)
        if not n:
            continue
        step = (
            f" (Kialo cannot attach {agree(n, 'it', 'them')} to the step itself)"
            if key[1] is Aim.INFERENCE
            else ""
        )
        out.append(
            f"{counted(n, *words)} {agree(n, 'was', 'were')} hung under the reason's first premise{step}"
        )
    return out


def write_kialo(m: ArgumentMap) -> ExportResult:
    """Claims reached twice become `-> See N.` links; what Kialo cannot hold is listed as losses."""
    losses: list[str] = []
    ix = MapIndex(m)
    claims = ix.claims
    reasons: dict[str, list[tuple[str, str]]] = {}
    linked = 0
    hung: dict[tuple[Relation, Aim], int] = {}
    for a in m.arguments:
        label = "Pro" if a.relation is Relation.SUPPORT else "Con"
        target = a.target
        if target not in claims:
            hung[a.relation, a.aim] = hung.get((a.relation, a.aim), 0) + 1
            target = ix.arguments[target].premises[0] if target in ix.arguments else target
            if target not in claims:
                continue
        if len(a.premises) > 1:
            linked += 1
        reasons.setdefault(target, []).extend((p, label) for p in a.premises)
    roots = [c.id for c in m.roots()]
    title = m.title or "argmap map"
    out: list[str] = ["Discussion Name:", title, ""]
    numbered: dict[str, str] = {}
    stack: list[tuple[str, str, str]] = []
    question = next((r for r in roots if _label(ix, r) == "Question"), None)
    if len(roots) == 1 and question is None:
        stack.append((roots[0], "1.", "Thesis"))
    else:
        if question is None:
            out += ["1. Question:", title, ""]
            if roots:  # an empty map has no conclusion to move
                losses.append(
                    f"{len(roots):,} separate conclusions were put under a question made from the map title"
                )
        else:
            out += ["1. Question:", *_text(ix, question).split("\n"), ""]
            numbered[question] = "1."
        theses = [r for r in roots if r != question]
        stack.extend((r, f"1.{k}.", "Thesis") for k, r in reversed(list(enumerate(theses, 1))))
    while stack:
        claim_id, number, label = stack.pop()
        indent = "  " * (number.count(".") - 1)
        if claim_id in numbered:
            out += [f"{indent}{number} {label}:", f"{indent}-> See {numbered[claim_id]}", ""]
            continue
        numbered[claim_id] = number
        out.append(f"{indent}{number} {label}:")
        out.extend(f"{indent}{line}" for line in _text(ix, claim_id).split("\n"))
        out.append("")
        children = _numbered(ix, number, reasons.get(claim_id, []))
        stack.extend(reversed(children))
    sources = m.origin.data.get("sources") if m.origin and m.origin.format == "kialo" else None
    if isinstance(sources, list) and sources:
        out += ["Sources:", *(str(s) for s in sources), ""]
    unreached = len(claims) - len(numbered)
    if unreached:
        losses.append(
            f"{counted(unreached, 'claim')} in support cycles with no thesis above them "
            f"{'was' if unreached == 1 else 'were'} left out"
        )
    if linked:
        losses.append(
            f"{counted(linked, 'linked argument')} {'was' if linked == 1 else 'were'} split into separate "
            "reasons (Kialo has no linked premises)"
        )
    losses.extend(_hung_losses(hung))
    notes = sum(bool(c.note) and not (c.origin and c.origin.format == "kialo") for c in m.claims)
    if notes:
        losses.append(f"{counted(notes, 'claim note')} (Kialo's export has none)")
    if m.article is not None:
        losses.append("the article and its anchors (Kialo has no source text)")
    return ExportResult(("\r\n".join(out) + "\r\n").encode("utf-8"), losses)
