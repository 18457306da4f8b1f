"""Graphviz DOT export: claims as boxes, arguments as small points, coloured relation edges.

Only an undercut (an attack on an argument's inference) is dashed, as on the canvas; an attack
on an argument's premises (`aim` premises) is a plain attack line into the argument's point.
"""

from __future__ import annotations

import textwrap

from argmap.io.results import ExportResult
from argmap.model import Aim, ArgumentMap, Relation

_COLOR = {Relation.SUPPORT: "#009E73", Relation.ATTACK: "#D55E00"}


def sniff(head: bytes, path: str) -> bool:
    """A DOT graph (`digraph` or `graph` first)."""
    return head.lstrip().startswith((b"digraph", b"graph", b"strict"))


def quote(text: str) -> str:
    """A DOT double-quoted string."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def write(m: ArgumentMap) -> ExportResult:
    """Premises point into their argument node; the argument points at its target."""
    lines = [f"digraph {quote(m.title or 'argmap')} {{", "  rankdir=BT;", '  node [fontname="Helvetica"];']
    for c in m.claims:
        label = "\n".join(textwrap.wrap(c.text, 40)) or c.id
        style = ', style="dashed"' if c.implicit else ""
        lines.append(f"  {quote(c.id)} [shape=box, label={quote(label)}{style}];")
    argument_ids = {a.id for a in m.arguments}
    for a in m.arguments:
        color = _COLOR[a.relation]
        lines.append(f"  {quote(a.id)} [shape=point, width=0.12, color={quote(color)}];")
        for p in a.premises:
            lines.append(f"  {quote(p)} -> {quote(a.id)} [arrowhead=none, color={quote(color)}];")
        undercut = a.target in argument_ids and a.relation is Relation.ATTACK and a.aim is Aim.INFERENCE
        style = ", style=dashed" if undercut else ""
        lines.append(f"  {quote(a.id)} -> {quote(a.target)} [color={quote(color)}{style}];")
    lines.append("}")
    losses = ["the article and anchors (DOT draws the graph only)"] if m.article else []
    return ExportResult(("\n".join(lines) + "\n").encode("utf-8"), losses)
