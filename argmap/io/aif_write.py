"""AIF JSON export in AIFdb shape, or in OVA3 shape with the article as anchored HTML and the layout."""

from __future__ import annotations

import json
from typing import Any

from pydantic import JsonValue

from argmap.io.box_positions import box_centres
from argmap.io.ova_text import text_to_html
from argmap.io.results import ExportResult
from argmap.model import Aim, Argument, ArgumentMap, Relation
from argmap.wording import agree, counted

_DEFAULT_TEXT = {"RA": "Default Inference", "CA": "Default Conflict", "MA": "Default Rephrase"}


def write_aifdb(m: ArgumentMap) -> ExportResult:
    """AIFdb shape: `nodes`, `edges`, `locutions` at the top level; string edge ids."""
    return _write(m, "aifdb")


def write_ova(m: ArgumentMap) -> ExportResult:
    """OVA3 shape: `AIF`, `text` (HTML with anchors) and `OVA` (box positions)."""
    return _write(m, "ova3")


def _origin(m: ArgumentMap) -> dict[str, Any]:
    return dict(m.origin.data) if m.origin and m.origin.format == "aif" else {}


def _own(data: Any) -> dict[str, Any]:
    return dict(data) if isinstance(data, dict) else {}


class _Ids:
    """AIF node and edge ids: original ids where possible, fresh numbers otherwise.

    `reserved` are the ids of nodes kept as data (dialogue, duplicates): an element may
    take back its own original id even if a kept duplicate has it too (the file had both),
    but a fresh id never collides with them.
    """

    def __init__(self, reserved: set[str]) -> None:
        self.reserved = set(reserved)
        self.taken: set[str] = set()
        self.next = 1 + max((int(t) for t in self.reserved if t.isdigit() and len(t) < 18), default=0)

    def take(self, wanted: str | None, original: bool = False) -> str:
        if wanted and wanted not in self.taken and (original or wanted not in self.reserved):
            self.taken.add(wanted)
            return wanted
        while str(self.next) in self.taken or str(self.next) in self.reserved:
            self.next += 1
        self.taken.add(str(self.next))
        return str(self.next)


def _write(m: ArgumentMap, shape: str) -> ExportResult:
    origin = _origin(m)
    left = _own(origin.get("aif"))
    left_nodes = [n for n in left.get("nodes", []) if isinstance(n, dict)]
    left_edges = [e for e in left.get("edges", []) if isinstance(e, dict)]
    ids = _Ids({str(n.get("nodeID")) for n in left_nodes})
    losses = _losses(m, shape)
    node_of: dict[str, str] = {}
    nodes: list[JsonValue] = []
    for c in m.claims:
        data = _own(c.origin.data) if c.origin and c.origin.format == "aif" else {}
        data.pop("ova_anchors", None)
        raw = data.pop("_nodeID", None)
        own = c.origin is not None and c.origin.format == "aif"
        nid = ids.take(c.origin.id if c.origin and own else c.id, original=own)
        node_of[c.id] = nid
        nodes.append(
            {
                "nodeID": raw if raw is not None and str(raw) == nid else nid,
                "text": c.text,
                "type": "I",
                **data,
            }
        )
    groups = _groups(m, ids, node_of)
    by_id = {a.id: a for a in m.arguments}
    for sid, args in groups.items():
        s_node = _s_node(sid, args)
        aimed = _premises_of(args[0], by_id)
        if aimed is not None:
            s_node["premisesOf"] = node_of[aimed.id]  # argmap's mark, so that a round trip keeps the aim
        nodes.append(s_node)
    edge_ids = _Ids({str(e.get("edgeID")) for e in left_edges} | _old_edge_ids(groups))
    edges: list[JsonValue] = []
    for sid, args in groups.items():
        edges.extend(_s_edges(sid, args, node_of, edge_ids, shape, by_id))
    nodes.extend(left_nodes)
    edges.extend(left_edges)
    aif: dict[str, JsonValue] = {"nodes": nodes, "edges": edges}
    aif.update({k: v for k, v in left.items() if k not in ("nodes", "edges")})
    aif.setdefault("locutions", [])
    if shape == "aifdb":
        doc: dict[str, JsonValue] = aif
    else:
        for key in ("schemefulfillments", "descriptorfulfillments", "participants"):
            aif.setdefault(key, [])
        top = _own(origin.get("top"))
        wrapper = "aif" if origin.get("wrapper") == "aif" else "AIF"
        text, dropped = _html(m, node_of)
        if dropped:
            losses.append(
                f"{counted(dropped, 'anchor')} {agree(dropped, 'overlaps', 'overlap')} another without nesting "
                f"in it; HTML spans cannot hold {agree(dropped, 'it', 'them')}"
            )
        doc = {wrapper: aif, "text": text, "OVA": _ova(m, top, node_of, groups, edges)}
        doc.update({k: v for k, v in top.items() if k not in (wrapper, "text", "OVA")})
    return ExportResult((json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8"), losses)


def _groups(m: ArgumentMap, ids: _Ids, node_of: dict[str, str]) -> dict[str, list[Argument]]:
    """One S node per argument, except that arguments split from one AIF node on import share it."""
    groups: dict[str, list[Argument]] = {}
    by_origin: dict[str, str] = {}
    for a in m.arguments:
        key = a.origin.id if a.origin and a.origin.format == "aif" and a.origin.id else None
        sid = by_origin.get(key) if key else None
        if sid is None or groups[sid][0].relation is not a.relation:
            sid = ids.take(key or a.id, original=key is not None)
            if key:
                by_origin.setdefault(key, sid)
            groups[sid] = []
        groups[sid].append(a)
        node_of[a.id] = sid
    return groups


def _kind(a: Argument) -> str:
    data = _own(a.origin.data) if a.origin and a.origin.format == "aif" else {}
    typ = data.get("type")
    if a.relation is Relation.SUPPORT:
        return typ if typ in ("RA", "MA") else "RA"
    return "CA"


def _s_node(sid: str, args: list[Argument]) -> dict[str, JsonValue]:
    first = args[0]
    data = _own(first.origin.data) if first.origin and first.origin.format == "aif" else {}
    old_type = data.get("type")
    for key in ("edges", "split_of", "type", "_nodeID", "premisesOf"):
        data.pop(key, None)
    kind = _kind(first)
    scheme = _aif_scheme(first.scheme)
    old_scheme = data.get("scheme") if isinstance(data.get("scheme"), str) else None
    text = data.pop("text", None)
    if not isinstance(text, str) or old_type != kind:
        text = _DEFAULT_TEXT[kind]
    if scheme and scheme not in (old_scheme, text):
        data["scheme"], text = scheme, scheme
        data.pop("schemeID", None)
    elif not scheme and old_scheme and old_scheme not in _DEFAULT_TEXT.values():
        data.pop("scheme", None)
        data.pop("schemeID", None)
        text = _DEFAULT_TEXT[kind]
    return {"nodeID": sid, "text": text, "type": kind, **data}


def _aif_scheme(name: str | None) -> str | None:
    """The scheme name to write: None for argmap's patterns that AIF has no inference scheme for (Bias)."""
    if not name:
        return None
    from argmap.schemes import load_schemes

    known = load_schemes().find(name)
    return None if known is not None and not known.aif else name


def _old_edges(args: list[Argument]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for a in args:
        if a.origin and a.origin.format == "aif":
            edges = a.origin.data.get("edges")
            if isinstance(edges, list):
                out.extend(e for e in edges if isinstance(e, dict))
    return out


def _old_edge_ids(groups: dict[str, list[Argument]]) -> set[str]:
    return {str(e.get("edgeID")) for args in groups.values() for e in _old_edges(args)}


def _premises_of(a: Argument, by_id: dict[str, Argument]) -> Argument | None:
    """The argument whose premises `a` aims at (AIF: a conflict or inference into each premise I node)."""
    target = by_id.get(a.target)
    return target if target is not None and a.aim is Aim.PREMISES else None


def _s_edges(
    sid: str,
    args: list[Argument],
    node_of: dict[str, str],
    ids: _Ids,
    shape: str,
    by_id: dict[str, Argument],
) -> list[JsonValue]:
    old = {(str(e.get("fromID")), str(e.get("toID"))): e for e in _old_edges(args)}
    pairs: list[tuple[str, str]] = []
    for a in args:
        pairs.extend((node_of[p], sid) for p in a.premises if p in node_of)
        aimed = _premises_of(a, by_id)
        if aimed is not None:
            pairs.extend((sid, node_of[p]) for p in aimed.premises if p in node_of)
        elif a.target in node_of:
            pairs.append((sid, node_of[a.target]))
    out: list[JsonValue] = []
    for pair in dict.fromkeys(pairs):
        if pair in old:
            out.append(old[pair])
            continue
        eid = ids.take(None)
        edge: dict[str, JsonValue] = {
            "edgeID": eid if shape == "aifdb" else int(eid),
            "fromID": pair[0],
            "toID": pair[1],
        }
        if shape == "aifdb":
            edge["formEdgeID"] = None
        out.append(edge)
    return out


def _html(m: ArgumentMap, node_of: dict[str, str]) -> tuple[str, int]:
    if m.article is None:
        return "", 0
    anchors: list[tuple[str, int, int]] = []
    for c in m.claims:
        names = c.origin.data.get("ova_anchors") if c.origin and c.origin.format == "aif" else None
        for k, s in enumerate(c.spans):
            name = names[k] if isinstance(names, list) and len(names) == len(c.spans) else node_of[c.id]
            anchors.append((str(name), s.start, s.end))
    return text_to_html(m.article.text, anchors)


def _ova(
    m: ArgumentMap,
    top: dict[str, Any],
    node_of: dict[str, str],
    groups: dict[str, list[Argument]],
    edges: list[JsonValue],
) -> dict[str, JsonValue]:
    base = _own(top.get("OVA")) or {"firstname": "", "surname": "", "url": ""}
    old_nodes = {str(n.get("nodeID")): n for n in base.get("nodes", []) if isinstance(n, dict)}
    old_edges = {
        (str(e.get("fromID")), str(e.get("toID"))): e for e in base.get("edges", []) if isinstance(e, dict)
    }
    centres = box_centres(m)
    drawn: dict[str, str] = {node_of[c.id]: c.id for c in m.claims}
    drawn.update({sid: args[0].id for sid, args in groups.items()})
    ova_nodes: list[JsonValue] = []
    for nid, element in drawn.items():
        x, y = centres[element]
        entry: dict[str, JsonValue] = {
            "nodeID": nid,
            "visible": True,
            "x": _num(x),
            "y": _num(y),
            "timestamp": "",
        }
        entry.update({k: v for k, v in _own(old_nodes.get(nid)).items() if k not in ("nodeID", "x", "y")})
        ova_nodes.append(entry)
    ova_nodes.extend(n for nid, n in old_nodes.items() if nid not in drawn)
    ova_edges: list[JsonValue] = []
    for e in edges:
        if isinstance(e, dict):
            pair = (str(e.get("fromID")), str(e.get("toID")))
            ova_edges.append(old_edges.get(pair) or {"fromID": pair[0], "toID": pair[1], "visible": True})
    return {
        **{k: v for k, v in base.items() if k not in ("nodes", "edges")},
        "nodes": ova_nodes,
        "edges": ova_edges,
    }


def _num(v: float) -> JsonValue:
    return int(v) if v == int(v) else round(v, 2)


def _losses(m: ArgumentMap, shape: str) -> list[str]:
    """What AIF cannot hold, counted."""
    out: list[str] = []
    counts = {
        ("claim note", "claim notes"): sum(bool(c.note) for c in m.claims),
        ("argument note", "argument notes"): sum(bool(a.note) for a in m.arguments),
        ("claim role", "claim roles"): sum(c.role.value != "none" for c in m.claims),
        ("strength", "strengths"): sum(c.strength is not None for c in m.claims),
        ("implicit-premise flag", "implicit-premise flags"): sum(c.implicit for c in m.claims),
        ("critical-question answer", "critical-question answers"): sum(len(a.answers) for a in m.arguments),
        ("relevance weight", "relevance weights"): sum(a.relevance is not None for a in m.arguments),
        (
            "scheme name AIF has no scheme for (such as Bias)",
            "scheme names AIF has no scheme for (such as Bias)",
        ): sum(bool(a.scheme) and _aif_scheme(a.scheme) is None for a in m.arguments),
    }
    out.extend(
        f"{counted(n, *what)} (AIF has no place for {'it' if n == 1 else 'them'})"
        for what, n in counts.items()
        if n
    )
    tagged = sum(bool(c.tags) for c in m.claims)
    if tagged:  # the claims are written; their tags are not
        out.append(f"the tags on {counted(tagged, 'claim')} (AIF has no place for tags)")
    if shape == "aifdb":
        anchors = sum(len(c.spans) for c in m.claims)
        boxes = len(m.layout.pins) + len(m.layout.hints)
        if m.article is not None:
            out.append(
                f"the article and {counted(anchors, 'anchor')} (the AIFdb shape has no text; `--to ova` keeps them)"
            )
        if boxes:
            out.append(f"{counted(boxes, 'box position')} (the AIFdb shape has none; `--to ova` keeps them)")
    return out
