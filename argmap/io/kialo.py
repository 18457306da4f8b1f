"""Kialo discussion export (.txt): both numbered layouts in, the newer layout out."""

from __future__ import annotations

import re
from typing import Any

from argmap.io.decoding import check_count, clip, decode_text
from argmap.io.errors import LoadError
from argmap.io.results import ExportResult, ImportResult
from argmap.limits import LIMITS
from argmap.model import Argument, ArgumentMap, Claim, Origin, Relation, Role
from argmap.wording import agree, counted

_HEAD = re.compile(rb"^\s*Discussion (Title|Name):", re.I)
_ITEM = re.compile(r"^(\s*)((?:\d+\.)+)\s*(?:(Pro|Con|Thesis|Question):)?\s*(.*)$")
_LINK = re.compile(r"^->\s*See\s+((?:\d+\.)+)\s*$")
_EXTERNAL = re.compile(r"^->\s*See discussion", re.I)
_SOURCE = re.compile(r"\[(\d+)\]")
_UNESCAPE = re.compile(r"\\([()\[\]])")


def sniff(head: bytes, path: str) -> bool:
    """Starts with `Discussion Title:` (older layout) or `Discussion Name:` (newer)."""
    return bool(_HEAD.match(head.removeprefix(b"\xef\xbb\xbf")))


_Item = tuple[str, str, list[str], int]
"""(number, label, text lines, line number in the file) of one claim."""


def _items(lines: list[str], source: str, first_line: int = 1) -> tuple[list[_Item], list[str]]:
    """(number, label, text lines, line) per claim, and the lines of the sources block."""
    items: list[_Item] = []
    sources: list[str] = []
    in_sources = False
    for line_no, line in enumerate(lines, first_line):
        stripped = line.strip()
        if stripped == "Sources:":
            in_sources = True
            continue
        if in_sources:
            if stripped:
                sources.append(stripped)
            continue
        match = _ITEM.match(line)
        if match:
            number = match.group(2)
            if number.count(".") > LIMITS.nesting_depth:
                raise LoadError(source, f"nests deeper than {LIMITS.nesting_depth} levels", f"line {line_no}")
            rest = match.group(4).strip()
            items.append((number, match.group(3) or "", [rest] if rest else [], line_no))
        elif items and stripped:
            items[-1][2].append(stripped)
    return items, sources


def read(data: bytes, source: str) -> ImportResult:
    """Claims numbered 1., 1.1., ...; Pro and Con are relative to the parent; `-> See` links."""
    text = decode_text(data, source, "a Kialo export")
    lines = text.split("\n")
    first = next((k for k, ln in enumerate(lines) if ln.strip()), 0)
    head = lines[first].strip()
    title = head.partition(":")[2].strip()
    body_start = first + 1
    if not title:
        nxt = next((k for k in range(first + 1, len(lines)) if lines[k].strip()), None)
        if nxt is not None and not _ITEM.match(lines[nxt]):
            title, body_start = lines[nxt].strip(), nxt + 1
    items, sources = _items(lines[body_start:], source, body_start + 1)
    if not items:
        raise LoadError(source, "has a Kialo header but no numbered claims")
    check_count(len(items), LIMITS.claims, source, "claims")
    warnings: list[str] = []
    by_number_source: dict[str, str] = {}
    for line in sources:
        found = _SOURCE.match(line)
        if found:
            by_number_source.setdefault(found.group(1), line)
    m = ArgumentMap(title=title)
    by_number: dict[str, Claim] = {}
    links: list[tuple[str, str, str, str, int]] = []
    external = theses = 0
    for number, label, text_lines, line_no in items:
        raw = "\n".join(text_lines).strip()
        link = _LINK.match(raw)
        if link:
            links.append((number, label, link.group(1), raw, line_no))
            continue
        if _EXTERNAL.match(raw):
            external += 1
        if number in by_number:
            warnings.append(f"claim {number} appears twice; the second is ignored")
            continue
        c = _claim(number, label, raw, by_number_source, warnings)
        by_number[number] = c
        m.claims.append(c)
        parent = by_number.get(_parent(number))
        if label in ("Pro", "Con") and parent is not None:
            m.arguments.append(_reason(f"r{number}", c.id, label, parent.id))
        elif label == "Thesis" and parent is not None:
            theses += 1
    for number, label, target, raw, line_no in links:
        parent, linked = by_number.get(_parent(number)), by_number.get(target)
        if parent is not None and parent is linked:
            warnings.append(
                f"line {line_no}: claim {number} links to {target}, the claim it answers; "
                "a claim cannot back itself, so the link was dropped"
            )
            continue
        if parent is None or linked is None or label not in ("Pro", "Con"):
            warnings.append(f"claim {number} links to {target}, which is not in the file; kept as text")
            c = _claim(number, label, raw, by_number_source, warnings)
            by_number[number] = c
            m.claims.append(c)
            continue
        m.arguments.append(_reason(f"r{number}", linked.id, label, parent.id, link=number))
    if external:
        warnings.append(
            f"{counted(external, 'claim')} {agree(external, 'points to another Kialo discussion', 'point to other Kialo discussions')}; "
            "kept as text"
        )
    if theses:
        warnings.append(
            f"{counted(theses, 'thesis', 'theses')} {agree(theses, 'answers', 'answer')} the discussion question; "
            f"argmap draws {agree(theses, 'it as a separate root', 'them as separate roots')}"
        )
    m.origin = Origin(format="kialo", data={"sources": list(sources), "title": title})
    return ImportResult(m, warnings)


def _parent(number: str) -> str:
    return number[: number.rstrip(".").rfind(".") + 1] if number.count(".") > 1 else ""


def _claim(number: str, label: str, raw: str, sources: dict[str, str], warnings: list[str]) -> Claim:
    text = _UNESCAPE.sub(r"\1", raw)
    data: dict[str, Any] = {"label": label}
    if text != raw:
        data["raw"] = raw
    cited = [sources[n] for n in dict.fromkeys(_SOURCE.findall(raw)) if n in sources]
    c = Claim(
        id=f"k{number.rstrip('.')}",
        text=clip(text, warnings, f"claim {number}"),
        note=("Sources:\n" + "\n".join(cited)) if cited else "",
        role=_ROLES.get(label, Role.NONE) if number != "1." else Role.CONCLUSION,
        origin=Origin(format="kialo", id=number, data=data),
    )
    return c


_ROLES = {"Thesis": Role.CONCLUSION, "Pro": Role.PREMISE, "Con": Role.OBJECTION}
"""Kialo's labels as argmap kinds, so the map's colours carry the debate."""


def _reason(arg_id: str, premise: str, label: str, target: str, link: str | None = None) -> Argument:
    relation = Relation.SUPPORT if label == "Pro" else Relation.ATTACK
    data: dict[str, Any] = {"link": link} if link else {}
    return Argument(
        id=arg_id,
        premises=[premise],
        relation=relation,
        target=target,
        origin=Origin(format="kialo", id=link, data=data),
    )


def write(m: ArgumentMap) -> ExportResult:
    """The newer layout: label line, text indented under it, blank lines, CRLF, sources block."""
    from argmap.io.kialo_write import write_kialo

    return write_kialo(m)
