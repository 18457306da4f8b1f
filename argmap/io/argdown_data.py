"""Argdown front matter, `{...}` data blocks and premise-conclusion steps, decoded for the reader."""

from __future__ import annotations

import json
import re
from typing import Any

from argmap.io.argdown_parse import Node


def front_matter(lines: list[str]) -> dict[str, Any]:
    """`key: value` lines of the front matter (JSON-quoted values decoded), `color.tagColors`, `model.mode`."""
    out: dict[str, Any] = {"tagColors": {}}
    in_colors = in_model = False
    for line in lines:
        key, _, value = line.strip().partition(":")
        if not line.startswith((" ", "\t")):
            in_colors = in_model = False
            if key == "color" or key == "tagColors":
                in_colors = True
            elif key == "model":
                in_model = True
            elif value.strip():
                out[key] = scalar(value.strip())
        elif in_model and key.strip() == "mode" and value.strip():
            out["model-mode"] = scalar(value.strip())
        elif in_colors and key.strip() != "tagColors" and value.strip():
            name, color = scalar(key.strip()), scalar(value.strip())
            if isinstance(name, str) and isinstance(color, str) and re.fullmatch(r"#[0-9a-fA-F]{6}", color):
                out["tagColors"][name] = color
    return out


def scalar(value: str) -> Any:
    """A YAML scalar as argmap writes it (JSON-quoted) or as typed (quotes stripped)."""
    if value.startswith('"'):
        try:
            return json.loads(value)
        except ValueError:
            return value.strip('"')
    return value.strip("'")


def node_data(n: Node | None) -> dict[str, Any]:
    """The `{...}` blocks of a node merged; a block that is not JSON is kept raw as `argdown-data`."""
    out: dict[str, Any] = {}
    for raw in n.data if n else []:
        try:
            value = json.loads(raw)
        except ValueError:
            value = None
        if isinstance(value, dict):
            out.update(value)
        else:
            out.setdefault("argdown-data", raw)
    return out


def has_conclusion(n: Node) -> bool:
    """True when the argument's premise-conclusion structure has a conclusion."""
    return any(role == "conclusion" for role, _ in n.pcs)


def inference_steps(n: Node) -> list[tuple[list[str], str, int]]:
    """The inferences of a premise-conclusion structure: (premises, conclusion, separator number) in order.

    A step infers from the statements since the previous conclusion (that one included),
    or from the statements its `{uses: [...]}` numbers, as Argdown's `explodeArguments` does
    (which leaves an argument with one inference whole: every statement above it is a premise).
    """
    out: list[tuple[list[str], str, int]] = []
    pending: list[str] = []
    k = 0
    several = sum(role == "conclusion" for role, _ in n.pcs) > 1  # Argdown explodes only those
    for pos, (role, title) in enumerate(n.pcs):
        if role == "premise":
            pending.append(title)
            continue
        uses = n.uses[k] if k < len(n.uses) else []
        k += 1
        if several and uses and all(1 <= u <= pos for u in uses):
            prem = [n.pcs[u - 1][1] for u in uses]
        else:
            prem = ([out[-1][1]] if out else []) + pending
        prem = [p for p in dict.fromkeys(prem) if p != title]
        if prem:
            out.append((prem, title, k))
        pending = []
    return out
