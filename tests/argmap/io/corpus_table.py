"""The corpus table: every file under ../shared/corpora imported, and round-tripped through AIF and Argdown."""

from __future__ import annotations

from pathlib import Path

from argmap.io.errors import LoadError
from argmap.io.formats import read_map
from tests.argmap.io.roundtrip import round_trip

COLUMNS = ("file", "outcome", "claims", "arguments", "aif", "ova", "argdown", "reason")
HOME = {"aif": ("aif", "ova"), "argdown": ("argdown",)}
"""Formats whose ids an import keeps in `origin`: claims are matched through those ids there."""


def corpus_rows(corpora: Path) -> list[dict[str, str]]:
    """One row per file: imports or refused (with the reason), counts, and the three round trips."""
    rows: list[dict[str, str]] = []
    for path in sorted(p for p in corpora.rglob("*") if p.is_file()):
        row = dict.fromkeys(COLUMNS, "-")
        row["file"] = path.relative_to(corpora).as_posix()
        try:
            result = read_map(path)
        except LoadError as e:
            row["outcome"] = "refused"
            row["reason"] = e.problem
            rows.append(row)
            continue
        m = result.map
        home = m.origin.format if m.origin else "argdown"
        row.update(outcome="imports", claims=str(len(m.claims)), arguments=str(len(m.arguments)))
        for fmt in ("aif", "ova", "argdown"):
            by_origin = home if fmt in HOME.get(home, ()) else None
            try:
                row[fmt] = round_trip(m, fmt, by_origin)
            except LoadError as e:
                row[fmt] = f"refused: {e.problem}"
        row["reason"] = "; ".join(result.warnings).replace("\t", " ") or "-"
        rows.append(row)
    return rows


def to_tsv(rows: list[dict[str, str]], legend: str) -> str:
    """The committed table: a legend in # lines, a header, one tab-separated line per file."""
    lines = [f"# {line}" if line else "#" for line in legend.strip().split("\n")]
    lines.append("\t".join(COLUMNS))
    lines.extend("\t".join(r[c] for c in COLUMNS) for r in rows)
    return "\n".join(lines) + "\n"


def from_tsv(text: str) -> list[dict[str, str]]:
    """Rows of a table written by to_tsv."""
    lines = [ln for ln in text.split("\n") if ln and not ln.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, ln.split("\t"), strict=True)) for ln in lines[1:]]
