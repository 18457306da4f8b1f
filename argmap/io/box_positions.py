"""Box centres for exports that need coordinates: pins, then hints, then a plain layered fallback."""

from __future__ import annotations

from collections import deque

from argmap.model import ArgumentMap

ROW = 160.0
COLUMN = 260.0


def box_centres(m: ArgumentMap) -> dict[str, tuple[float, float]]:
    """A centre for every claim and argument: the user's pins, imported hints, else rows by depth."""
    out: dict[str, tuple[float, float]] = {}
    for node_id, p in m.layout.hints.items():
        out[node_id] = (p.x, p.y)
    for node_id, p in m.layout.pins.items():
        out[node_id] = (p.x, p.y)
    missing = [c.id for c in m.claims if c.id not in out] + [a.id for a in m.arguments if a.id not in out]
    if not missing:
        return out
    level = _levels(m)
    used_rows: dict[int, int] = {}
    base_y = max((y for _, y in out.values()), default=-ROW) + ROW
    for node_id in missing:
        row = level.get(node_id, 0)
        col = used_rows.get(row, 0)
        used_rows[row] = col + 1
        out[node_id] = (col * COLUMN, base_y + row * ROW)
    return out


def _levels(m: ArgumentMap) -> dict[str, int]:
    """Rows: roots at 0, an argument one below its target, its premises one below it (first visit wins)."""
    reasons: dict[str, list[str]] = {}
    for a in m.arguments:
        reasons.setdefault(a.target, []).append(a.id)
    premises = {a.id: a.premises for a in m.arguments}
    level: dict[str, int] = {}
    queue = deque((c.id, 0) for c in m.roots())
    while queue:
        node_id, row = queue.popleft()
        if node_id in level:
            continue
        level[node_id] = row
        for arg_id in reasons.get(node_id, []):
            queue.append((arg_id, row + 1))
            queue.extend((p, row + 2) for p in premises[arg_id])
    return level
