"""AIF nodes and edges sorted into the argument layer (I, RA, CA, MA) and everything else."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import JsonValue

from argmap.io.decoding import check_count
from argmap.io.errors import LoadError
from argmap.limits import LIMITS
from argmap.wording import agree, counted

ARG_TYPES = ("RA", "CA", "MA")
"""S-node types that become arguments; other types (L, YA, TA, PA, ...) are kept as data."""


@dataclass
class AifGraph:
    """The argument layer of an AIF graph, and the rest kept verbatim for export."""

    nodes: dict[str, dict[str, Any]] = field(default_factory=dict)
    ids: dict[str, str] = field(default_factory=dict)
    """AIF node id -> argmap id (the same string unless it is unusable as an argmap id)."""
    i_nodes: list[str] = field(default_factory=list)
    s_nodes: list[str] = field(default_factory=list)
    premises: dict[str, list[str]] = field(default_factory=dict)
    conclusions: dict[str, list[str]] = field(default_factory=dict)
    s_edges: dict[str, list[JsonValue]] = field(default_factory=dict)
    leftover_nodes: list[JsonValue] = field(default_factory=list)
    leftover_edges: list[JsonValue] = field(default_factory=list)
    asserts: dict[str, str] = field(default_factory=dict)
    """L node id -> the I node it asserts (through a YA node)."""
    scheme_ids: dict[str, str] = field(default_factory=dict)


def build_graph(aif: dict[str, Any], source: str, warnings: list[str]) -> AifGraph:
    """Sort an AIF object's nodes and edges; raises LoadError when they are not lists."""
    nodes, edges = aif.get("nodes"), aif.get("edges")
    if not isinstance(nodes, list) or not isinstance(edges, list):
        raise LoadError(source, "is not AIF: `nodes` and `edges` must be lists")
    check_count(len(nodes), LIMITS.nodes, source, "nodes")
    check_count(len(edges), LIMITS.nodes * 4, source, "edges")
    g = AifGraph()
    _nodes(g, nodes, source, warnings)
    s_candidates = [n for n in g.nodes if g.nodes[n].get("type") in ARG_TYPES]
    edge_list = _edges(g, edges, warnings)
    _resolve(g, s_candidates, edge_list, warnings)
    _fulfilments(g, aif)
    node_pos = {id(n): k for k, n in enumerate(nodes)}
    edge_pos = {id(e): k for k, e in enumerate(edges)}
    g.leftover_nodes.sort(key=lambda n: node_pos.get(id(n), 0))  # file order: duplicates stay behind
    g.leftover_edges.sort(key=lambda e: edge_pos.get(id(e), 0))
    return g


def _nodes(g: AifGraph, nodes: list[Any], source: str, warnings: list[str]) -> None:
    bad = dup = 0
    used: set[str] = set()
    for k, node in enumerate(nodes):
        if (
            not isinstance(node, dict)
            or node.get("nodeID") in (None, "")
            or not isinstance(node.get("type"), str)
        ):
            bad += 1
            continue
        raw = node["nodeID"]
        node_id = str(raw) if isinstance(raw, str | int) and not isinstance(raw, bool) else ""
        if not node_id:
            bad += 1
            g.leftover_nodes.append(node)
            continue
        if node_id in g.nodes:
            dup += 1
            g.leftover_nodes.append(node)
            continue
        g.nodes[node_id] = node
        argmap_id = node_id if len(node_id) <= 200 and node_id not in used else f"n{k + 1}"
        while argmap_id in used:
            argmap_id += "_"
        used.add(argmap_id)
        g.ids[node_id] = argmap_id
        if node["type"] == "I":
            g.i_nodes.append(node_id)
        elif node["type"] not in ARG_TYPES:
            g.leftover_nodes.append(node)
    if nodes and bad == len(nodes):
        raise LoadError(
            source, "is not AIF: no node has a nodeID and a type (SADFace or another graph format?)"
        )
    if bad:
        warnings.append(
            f"{counted(bad, 'node')} {agree(bad, 'has', 'have')} no usable nodeID or type; kept as data, not drawn"
        )
    if dup:
        warnings.append(
            f"{counted(dup, 'node')} {agree(dup, 'reuses', 'reuse')} an earlier node's id; "
            f"the later {agree(dup, 'one is', 'ones are')} kept as data, not drawn"
        )


def _edges(g: AifGraph, edges: list[Any], warnings: list[str]) -> list[tuple[str, str, Any]]:
    """Edges between argument-layer nodes, as (from, to, edge); the others are kept as data."""
    out: list[tuple[str, str, Any]] = []
    dangling = 0
    incoming: dict[str, list[str]] = {}
    for e in edges:
        if isinstance(e, dict):
            incoming.setdefault(str(e.get("toID")), []).append(str(e.get("fromID")))
    for e in edges:
        if not isinstance(e, dict):
            dangling += 1
            continue
        src, dst = str(e.get("fromID")), str(e.get("toID"))
        if src not in g.nodes or dst not in g.nodes:
            dangling += 1
            g.leftover_edges.append(e)
            continue
        ts, td = g.nodes[src].get("type"), g.nodes[dst].get("type")
        if ts == "YA" and td == "I":
            for l_id in incoming.get(src, []):
                if g.nodes.get(l_id, {}).get("type") == "L":
                    g.asserts.setdefault(l_id, dst)
        layer = ("I", *ARG_TYPES)
        if ts in layer and td in layer and src != dst and not (ts == "I" and td == "I"):
            out.append((src, dst, e))
        else:
            g.leftover_edges.append(e)
    if dangling:
        warnings.append(
            f"{counted(dangling, 'edge')} {agree(dangling, 'points at a node that is', 'point at nodes that are')} "
            "not in the file; "
            f"{agree(dangling, 'it is', 'they are')} not drawn"
        )
    return out


def _resolve(
    g: AifGraph, s_candidates: list[str], edge_list: list[tuple[str, str, Any]], warnings: list[str]
) -> None:
    """Keep the S nodes that have a premise and a conclusion; repeat, since conclusions may be S nodes."""
    valid = set(s_candidates)
    while True:
        prem: dict[str, list[str]] = {s: [] for s in valid}
        conc: dict[str, list[str]] = {s: [] for s in valid}
        for src, dst, _ in edge_list:
            if dst in valid and g.nodes[src].get("type") == "I" and src not in prem[dst]:
                prem[dst].append(src)
        for src, dst, _ in edge_list:
            concludes = g.nodes[dst].get("type") == "I" or dst in valid
            if src in valid and concludes and dst not in conc[src] and dst not in prem[src]:
                conc[src].append(dst)  # a conclusion that is also a premise is circular: left as data
        still = {s for s in valid if prem[s] and conc[s]}
        if still == valid:
            break
        valid = still
    order = [s for s in s_candidates if s in valid]
    g.s_nodes, g.premises, g.conclusions = order, prem, conc
    g.s_edges = {s: [] for s in order}
    for src, dst, e in edge_list:
        used_as_premise = dst in valid and src in prem[dst]
        used_as_conclusion = src in valid and dst in conc[src]
        if used_as_premise:
            g.s_edges[dst].append(e)
        elif used_as_conclusion:
            g.s_edges[src].append(e)
        else:
            g.leftover_edges.append(e)
    dropped = [s for s in s_candidates if s not in valid]
    for s in dropped:
        g.leftover_nodes.append(g.nodes[s])
    if dropped:
        warnings.append(
            f"{counted(len(dropped), 'inference or conflict node')} {agree(len(dropped), 'lacks', 'lack')} a premise "
            "or a conclusion; kept as data, not drawn"
        )


def _fulfilments(g: AifGraph, aif: dict[str, Any]) -> None:
    """OVA3 gives schemes through `schemefulfillments` rather than on the node."""
    items = aif.get("schemefulfillments")
    if not isinstance(items, list):
        return
    for f in items:
        if isinstance(f, dict) and str(f.get("nodeID")) in g.conclusions:
            g.scheme_ids[str(f.get("nodeID"))] = str(f.get("schemeID"))
