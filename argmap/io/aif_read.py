"""AIF JSON import (AIFdb export, OVA3 save, older OVA2): the argument layer becomes the map."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

from pydantic import JsonValue

from argmap.io.aif_graph import AifGraph, build_graph
from argmap.io.decoding import check_count, clip, parse_json
from argmap.io.errors import LoadError
from argmap.io.ova_text import html_to_text
from argmap.io.results import ImportResult
from argmap.limits import LIMITS
from argmap.model import Aim, Argument, ArgumentMap, Article, Claim, Origin, Point, Relation, Span
from argmap.wording import agree, counted

_AIF_HEAD = re.compile(rb'"(nodeID|AIF|aif)"\s*:')
_DEFAULT_SCHEMES = {"RA", "CA", "MA", "Default Inference", "Default Conflict", "Default Rephrase", ""}
_RELATION = {"RA": Relation.SUPPORT, "CA": Relation.ATTACK, "MA": Relation.SUPPORT}


def sniff(head: bytes, path: str) -> bool:
    """JSON with AIF node ids or an `AIF`/`aif` wrapper."""
    body = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return body.startswith(b"{") and bool(_AIF_HEAD.search(head))


def sniff_ova(head: bytes, path: str) -> bool:
    """An OVA3 save: AIF JSON with an `OVA` block."""
    return sniff(head, path) and b'"OVA"' in head


def read(data: bytes, source: str) -> ImportResult:
    """Read any of the three AIF JSON shapes; the dialogue layer is kept in `map.origin.data`."""
    doc = parse_json(data, source, "an AIF file")
    if not isinstance(doc, dict):
        raise LoadError(source, "is JSON but not AIF (the top level is not an object)")
    shape, aif, wrapper = _unwrap(doc, source)
    warnings: list[str] = []
    g = build_graph(aif, source, warnings)
    m = ArgumentMap(title=Path(source).stem.removesuffix(".json"))
    claims = _claims(g, warnings)
    check_count(len(claims), LIMITS.claims, source, "claims (I nodes)")
    m.claims = claims
    m.arguments = _arguments(g, {c.id for c in claims}, warnings)
    check_count(len(m.arguments), LIMITS.arguments, source, "arguments")
    top = {k: v for k, v in doc.items() if k != wrapper} if wrapper else {}
    leftover: dict[str, JsonValue] = {k: v for k, v in aif.items() if k not in ("nodes", "edges")}
    leftover["nodes"] = g.leftover_nodes
    leftover["edges"] = g.leftover_edges
    _positions(m, g, shape, top)
    _anchors(m, g, top, source, warnings)
    _dialogue_warnings(g, aif, warnings)
    m.origin = Origin(format="aif", data={"shape": shape, "wrapper": wrapper, "aif": leftover, "top": top})
    if not m.claims:
        warnings.append("the file has no I nodes (claims): the map is empty")
    used = {p for a in m.arguments for p in a.premises} | {a.target for a in m.arguments}
    loose = sum(c.id not in used for c in m.claims)
    if loose and m.arguments:
        warnings.append(
            f"{counted(loose, 'claim')} {agree(loose, 'takes', 'take')} part in no argument (unconnected I "
            f"{agree(loose, 'node', 'nodes')}); {agree(loose, 'it is', 'they are')} shown apart"
        )
    return ImportResult(m, warnings)


def _unwrap(doc: dict[str, Any], source: str) -> tuple[str, dict[str, Any], str]:
    for key in ("AIF", "aif"):
        inner = doc.get(key)
        if isinstance(inner, dict):
            return "ova3", inner, key
    if "nodes" in doc and "edges" in doc:
        nodes = doc.get("nodes")
        if isinstance(nodes, list) and any(isinstance(n, dict) and "x" in n for n in nodes[:50]):
            return "ova2", doc, ""
        return "aifdb", doc, ""
    raise LoadError(source, "is JSON but not AIF: no `nodes` and `edges`, and no `AIF` object")


def _claims(g: AifGraph, warnings: list[str]) -> list[Claim]:
    out: list[Claim] = []
    long = 0
    for node_id in g.i_nodes:
        node = g.nodes[node_id]
        raw = node.get("text", "")
        text = raw if isinstance(raw, str) else str(raw)
        if len(text) > LIMITS.claim_chars:
            long += 1
        data = {k: v for k, v in node.items() if k not in ("nodeID", "text", "type")}
        if not isinstance(node.get("nodeID"), str):
            data["_nodeID"] = node.get("nodeID")
        out.append(
            Claim(
                id=g.ids[node_id], text=clip(text, [], ""), origin=Origin(format="aif", id=node_id, data=data)
            )
        )
    if long:
        warnings.append(
            f"{counted(long, 'claim text')} {agree(long, 'was', 'were')} longer than "
            f"{LIMITS.claim_chars:,} characters and {agree(long, 'was', 'were')} cut"
        )
    return out


def _arguments(g: AifGraph, claim_ids: set[str], warnings: list[str]) -> list[Argument]:
    out: list[Argument] = []
    taken = set(g.ids.values())
    kinds: Counter[str] = Counter()
    for s_id in g.s_nodes:
        node = g.nodes[s_id]
        kind = str(node.get("type"))
        kinds[kind] += 1
        data = {k: v for k, v in node.items() if k != "nodeID"}
        if not isinstance(node.get("nodeID"), str):
            data["_nodeID"] = node.get("nodeID")
        data["edges"] = g.s_edges[s_id]
        premises = [g.ids[p] for p in g.premises[s_id]]
        of = node.get("premisesOf")
        if isinstance(of, str) and of in g.premises and set(g.conclusions[s_id]) == set(g.premises[of]):
            # argmap's mark: this conflict (inference) aims at the premises of that argument as a whole
            data.pop("premisesOf", None)
            a = Argument(
                id=g.ids[s_id],
                premises=premises,
                relation=_RELATION[kind],
                target=g.ids[of],
                aim=Aim.PREMISES,
                scheme=_scheme(node),
                origin=Origin(format="aif", id=s_id, data=data),
            )
            out.append(a)
            continue
        for k, target in enumerate(g.conclusions[s_id]):
            arg_id = g.ids[s_id]
            if k:
                arg_id = _fresh(f"{arg_id}~{k + 1}", taken)
                data = {"split_of": s_id}
            out.append(
                Argument(
                    id=arg_id,
                    premises=premises,
                    relation=_RELATION[kind],
                    target=g.ids[target],
                    scheme=_scheme(node),
                    origin=Origin(format="aif", id=s_id, data=data),
                )
            )
    if kinds["MA"]:
        n = kinds["MA"]
        warnings.append(
            f"{counted(n, 'rephrase (MA) node')} {agree(n, 'is drawn as a support', 'are drawn as supports')} "
            "(kept as MA on export)"
        )
    split = sum(1 for s in g.s_nodes if len(g.conclusions[s]) > 1)
    if split:
        warnings.append(
            f"{counted(split, 'S node')} {agree(split, 'has', 'have')} more than one conclusion: "
            "drawn as one argument per conclusion"
        )
    del claim_ids
    return out


def _fresh(base: str, taken: set[str]) -> str:
    cand, n = base, 1
    while cand in taken:
        n += 1
        cand = f"{base}.{n}"
    taken.add(cand)
    return cand


def _scheme(node: dict[str, Any]) -> str | None:
    name = node.get("scheme")
    if not isinstance(name, str) or not name:
        text = node.get("text")
        name = text if isinstance(text, str) else ""
    if name in _DEFAULT_SCHEMES:
        return None
    return name[:200]


def _positions(m: ArgumentMap, g: AifGraph, shape: str, top: dict[str, Any]) -> None:
    """OVA x/y become layout hints (box centres); never pins."""
    drawn = {c.id for c in m.claims} | {a.id for a in m.arguments}
    entries: list[Any] = []
    if shape == "ova2":
        entries = [g.nodes[n] for n in (*g.i_nodes, *g.s_nodes)]
    else:
        ova = top.get("OVA")
        if isinstance(ova, dict) and isinstance(ova.get("nodes"), list):
            entries = ova["nodes"]
    for e in entries:
        if not isinstance(e, dict):
            continue
        node_id = str(e.get("nodeID"))
        x, y = e.get("x"), e.get("y")
        argmap_id = g.ids.get(node_id)
        if (
            argmap_id in drawn
            and isinstance(x, int | float)
            and isinstance(y, int | float)
            and _is_num(x)
            and _is_num(y)
        ):
            m.layout.hints[argmap_id] = Point(x=float(x), y=float(y))


def _is_num(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool) and abs(v) < 1e9


def _anchors(m: ArgumentMap, g: AifGraph, top: dict[str, Any], source: str, warnings: list[str]) -> None:
    """OVA's HTML text becomes the article; each span anchors the I node its L node asserts."""
    fragment = top.get("text")
    if not isinstance(fragment, str) or not fragment.strip():
        return
    if len(fragment) > 4 * LIMITS.article_chars:
        raise LoadError(
            source, f"the OVA text has {len(fragment):,} characters of HTML, over the limit", "text"
        )
    text, anchors = html_to_text(fragment)
    if not text.strip():
        return
    if len(text) > LIMITS.article_chars:
        raise LoadError(
            source, f"the OVA text has {len(text):,} characters, over the limit of {LIMITS.article_chars:,}"
        )
    m.article = Article(text=text, source=Path(source).name, format="html")
    by_id = {c.origin.id: c for c in m.claims if c.origin}
    unplaced = 0
    for anchor_id, start, end in sorted(anchors, key=lambda a: (a[1], a[2])):
        target = anchor_id if anchor_id in by_id else g.asserts.get(anchor_id)
        claim = by_id.get(target) if target else None
        if claim is None or claim.origin is None or len(claim.spans) >= LIMITS.spans_per_claim:
            unplaced += 1
            continue
        claim.spans.append(Span.of(text, start, end))
        ids = claim.origin.data.setdefault("ova_anchors", [])
        if isinstance(ids, list):
            ids.append(anchor_id)
    if unplaced:
        warnings.append(
            f"{counted(unplaced, 'text anchor')} {agree(unplaced, 'names', 'name')} no claim; the text is kept, "
            f"{agree(unplaced, 'that anchor is', 'those anchors are')} not"
        )


def _dialogue_warnings(g: AifGraph, aif: dict[str, Any], warnings: list[str]) -> None:
    kinds = Counter(str(n.get("type")) for n in g.leftover_nodes if isinstance(n, dict))
    for layer in ("I", "RA", "CA", "MA"):
        kinds.pop(layer, None)  # warned about separately (reused ids, incomplete inferences)
    if kinds:
        listed = ", ".join(f"{n:,} {k}" for k, n in sorted(kinds.items()))
        total = sum(kinds.values())
        warnings.append(
            f"dialogue layer kept in the file's data, not drawn: {counted(total, 'node')} ({listed})"
        )
    locs = aif.get("locutions")
    if isinstance(locs, list):
        ids = [str(x.get("nodeID")) for x in locs if isinstance(x, dict)]
        dangling = sum(1 for i in ids if i not in g.nodes)
        dups = len(ids) - len(set(ids))
        if dangling:
            warnings.append(
                f"{counted(dangling, 'locution')} {agree(dangling, 'points at a node that is', 'point at nodes that are')} "
                f"not in the file (kept as {agree(dangling, 'it is', 'they are')})"
            )
        if dups:
            warnings.append(
                f"{counted(dups, 'locution')} {agree(dups, 'repeats', 'repeat')} an earlier one's node "
                f"(kept as {agree(dups, 'it is', 'they are')})"
            )
