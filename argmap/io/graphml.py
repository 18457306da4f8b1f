"""GraphML export through networkx: claims and arguments as nodes, premise and relation edges."""

from __future__ import annotations

import networkx as nx

from argmap.graph import to_digraph
from argmap.io.box_positions import box_centres
from argmap.io.results import ExportResult
from argmap.model import Aim, ArgumentMap, Relation


def sniff(head: bytes, path: str) -> bool:
    """A GraphML document."""
    return b"<graphml" in head[:4096]


def write(m: ArgumentMap) -> ExportResult:
    """Node attributes: kind, text, role, tags, quotes, x, y (an argument: undercut, aim); edge attribute: kind."""
    g = to_digraph(m)
    centres = box_centres(m)
    tag_names = {t.id: t.name for t in m.tags}
    for c in m.claims:
        g.nodes[c.id].update(
            text=c.text,
            role=c.role.value,
            tags=", ".join(tag_names.get(t, t) for t in c.tags),
            quotes=" | ".join(s.quote for s in c.spans),
            note=c.note,
        )
    for a in m.arguments:
        on_argument = a.target not in g or g.nodes[a.target].get("kind") == "argument"
        g.nodes[a.id].update(
            text=a.note,
            scheme=a.scheme or "",
            undercut=on_argument and a.relation is Relation.ATTACK and a.aim is Aim.INFERENCE,
            aim=a.aim.value if on_argument else "",  # on an argument: its inference or its premises
        )
    for node_id, (x, y) in centres.items():
        if node_id in g:
            g.nodes[node_id].update(x=float(x), y=float(y))
    g.graph["title"] = m.title
    data = "\n".join(nx.generate_graphml(g, encoding="utf-8", prettyprint=True)) + "\n"
    losses = ["the article text (GraphML holds the quotes, not the article)"] if m.article else []
    return ExportResult(data.encode("utf-8"), losses)
