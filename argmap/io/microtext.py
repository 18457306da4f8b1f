"""Argumentative microtexts XML (Peldszus & Stede): EDUs become the article, ADUs anchored claims."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from argmap.io.decoding import check_count, clip, parse_xml
from argmap.io.errors import LoadError
from argmap.io.results import ImportResult
from argmap.limits import LIMITS
from argmap.model import Argument, ArgumentMap, Article, Claim, Origin, Relation, Role, Span
from argmap.wording import agree, counted

_SUPPORT = {"sup", "exa"}
_ATTACK = {"reb", "und"}


def sniff(head: bytes, path: str) -> bool:
    """XML whose root element is `<arggraph>`."""
    body = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return body.startswith((b"<?xml", b"<arggraph", b"<!DOCTYPE")) and b"<arggraph" in head[:4096]


def read(data: bytes, source: str) -> ImportResult:
    """The segments joined by spaces are the article; each ADU is a claim anchored to its segments."""
    root = parse_xml(data, source)
    if root.tag != "arggraph":
        raise LoadError(source, f"is XML but not a microtext graph (root <{root.tag}>, expected <arggraph>)")
    check_count(len(root), LIMITS.nodes, source, "elements")
    warnings: list[str] = []
    edus: dict[str, tuple[int, int]] = {}
    parts: list[str] = []
    pos = 0
    for edu in root.iter("edu"):
        text = " ".join((edu.text or "").split())
        if parts:
            pos += 1
        edus[edu.get("id", "")] = (pos, pos + len(text))
        parts.append(text)
        pos += len(text)
    article = " ".join(parts)
    if len(article) > LIMITS.article_chars:
        raise LoadError(source, f"the text has over {LIMITS.article_chars:,} characters")
    adus = {a.get("id", ""): a.get("type", "") for a in root.iter("adu") if _usable(a.get("id", ""))}
    unusable = sum(1 for a in root.iter("adu") if not _usable(a.get("id", "")))
    if unusable:
        warnings.append(
            f"{counted(unusable, 'unit')} {agree(unusable, 'has', 'have')} an empty or over-long id and "
            f"{agree(unusable, 'was', 'were')} left out"
        )
    joints = {j.get("id", "") for j in root.iter("joint")}
    edges = [dict(e.attrib) for e in root.iter("edge")]
    segs: dict[str, list[str]] = {}
    for e in edges:
        if e.get("type") == "seg":
            segs.setdefault(e.get("trg", ""), []).append(e.get("src", ""))

    def edus_of(node: str, depth: int = 0) -> list[str]:
        if node in edus:
            return [node]
        if depth > 3:
            return []
        return [x for s in segs.get(node, []) for x in edus_of(s, depth + 1)]

    m = ArgumentMap(title=root.get("id") or Path(source).stem)
    m.article = Article(text=article, title=m.title, source=Path(source).name, format="microtext")
    arg_edges = [e for e in edges if e.get("type") != "seg"]
    outgoing = {e.get("src") for e in arg_edges}
    for adu_id, kind in adus.items():
        anchored = sorted(edus_of(adu_id), key=lambda x: edus[x][0])
        spans = [Span.of(article, *edus[x]) for x in anchored]
        text = " ".join(s.quote for s in spans) or adu_id
        role = (
            Role.CONCLUSION if adu_id not in outgoing else Role.OBJECTION if kind == "opp" else Role.PREMISE
        )
        m.claims.append(
            Claim(
                id=adu_id,
                text=clip(text, warnings, f"unit {adu_id}"),
                spans=spans,
                role=role,
                origin=Origin(format="microtext", id=adu_id, data={"type": kind, "edus": list(anchored)}),
            )
        )
    m.arguments = _arguments(arg_edges, set(adus), warnings)
    m.origin = Origin(format="microtext", id=root.get("id"), data={k: v for k, v in root.attrib.items()})
    if joints:
        n = len(joints)
        warnings.append(
            f"{counted(n, 'joint')} (EDUs joined into one unit) {agree(n, 'was', 'were')} merged into "
            f"{agree(n, 'its unit', 'their units')}"
        )
    return ImportResult(m, warnings)


def _usable(element_id: str) -> bool:
    return 0 < len(element_id) <= 200


def _arguments(edges: list[dict[str, Any]], adus: set[str], warnings: list[str]) -> list[Argument]:
    """sup/exa/reb become arguments, und an attack on an argument, add an extra (linked) premise."""
    by_id: dict[str, Argument] = {}
    for e in edges:
        kind, src, trg, eid = e.get("type"), e.get("src", ""), e.get("trg", ""), e.get("id", "")
        fresh = _usable(eid) and _usable(trg) and eid not in adus and eid not in by_id
        if kind in _SUPPORT | _ATTACK and src in adus and fresh:
            relation = Relation.SUPPORT if kind in _SUPPORT else Relation.ATTACK
            by_id[eid] = Argument(
                id=eid,
                premises=[src],
                relation=relation,
                target=trg,
                scheme="Example" if kind == "exa" else None,
                origin=Origin(format="microtext", id=eid, data={"type": kind}),
            )
    for e in edges:
        if e.get("type") == "add":
            target = by_id.get(e.get("trg", ""))
            if target is not None and e.get("src") in adus and e.get("src") not in target.premises:
                target.premises.append(e["src"])
                extra = target.origin.data.setdefault("add", []) if target.origin else []
                if isinstance(extra, list):
                    extra.append(e.get("id", ""))
            else:
                warnings.append(f"linked-premise edge {e.get('id')} points at no argument; left out")
    kept = list(by_id.values())
    while True:
        known = adus | {a.id for a in kept}
        still = [a for a in kept if a.target in known and a.target != a.id]
        if len(still) == len(kept):
            break
        kept = still
    if len(kept) < len(by_id):
        n = len(by_id) - len(kept)
        warnings.append(
            f"{counted(n, 'edge')} {agree(n, 'points', 'point')} at units or edges not in the file; left out"
        )
    other = [e for e in edges if e.get("type") not in _SUPPORT | _ATTACK | {"add"}]
    if other:
        n = len(other)
        warnings.append(f"{counted(n, 'edge')} of unknown {agree(n, 'type was', 'types were')} left out")
    return kept
