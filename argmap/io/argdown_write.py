"""Argdown export: statements, arguments (premise-conclusion structures when linked), relations, tags."""

from __future__ import annotations

import json
import re
from typing import Any

from argmap.io.map_index import MapIndex
from argmap.io.results import ExportResult
from argmap.model import Argument, ArgumentMap, Claim, Relation

_MAX_DEPTH = 100
"""Deeper chains continue in a new tree that starts from the claim where this one stopped."""
_ESCAPE = re.compile(r"([\\\[\]<>#{}@])")
_TITLE_ESCAPE = re.compile(r"([\[\]<>\\])")
_TITLE_BAD = re.compile(r"[\[\]<>\\\n\r\t]+")


def escape(text: str) -> str:
    """Text with Argdown's special characters backslash-escaped, on one line."""
    return _ESCAPE.sub(r"\\\1", " ".join(text.split()))


def _title_from(text: str, fallback: str) -> str:
    words = _TITLE_BAD.sub(" ", text).split()
    title = " ".join(words[:6]).strip(" .,;:!?-+_") or fallback
    return title[:80]


class _Writer:
    def __init__(self, m: ArgumentMap) -> None:
        self.m = m
        self.ix = MapIndex(m)
        self.lines: list[str] = []
        self.titles: dict[str, str] = {}
        self.defined: set[str] = set()
        self.expanded: set[str] = set()
        targeted = {a.target for a in m.arguments}
        self.node_form = {a.id for a in m.arguments if _needs_node(a, targeted, self.ix.claims)}
        used: set[tuple[str, str]] = set()
        suffix: dict[tuple[str, str], int] = {}
        elements: list[Claim | Argument] = [*m.claims, *m.arguments]
        for element in elements:
            own = element.origin.id if element.origin and element.origin.format == "argdown" else None
            base = " ".join(own.split()) if own else ""
            if not base:
                base = _title_from(element.text, element.id) if isinstance(element, Claim) else element.id
            kind = "argument" if isinstance(element, Argument) or _is_gist(element) else "statement"
            title, n = base, suffix.get((kind, base), 1)
            while (kind, title) in used:
                n += 1
                title = f"{base} ({n})"
            suffix[(kind, base)] = n
            used.add((kind, title))
            self.titles[element.id] = _TITLE_ESCAPE.sub(r"\\\1", title)

    def ref(self, element_id: str) -> str:
        t = self.titles[element_id]
        if element_id in self.node_form or _is_gist(self.ix.node(element_id)):
            return f"<{t}>"
        return f"[{t}]"

    def claim_line(self, c: Claim) -> str:
        if c.id in self.defined:
            return self.ref(c.id)
        self.defined.add(c.id)
        tags = "".join(f" {_tag(self.ix, t)}" for t in c.tags)
        data = _claim_data(c)
        return f"{self.ref(c.id)}: {escape(c.text)}{tags}{_data(data)}"

    def claim_tree(self, c: Claim, indent: str, prefix: str) -> None:
        self.lines.append(f"{indent}{prefix}{self.claim_line(c)}")
        if c.id in self.expanded or len(indent) > 2 * _MAX_DEPTH:
            return
        self.expanded.add(c.id)
        for a in self.ix.reasons_for(c.id):
            self.reason(a, indent + "  ", "+ " if a.relation is Relation.SUPPORT else "- ")

    def reason(self, a: Argument, indent: str, prefix: str) -> None:
        if a.id not in self.node_form:
            self.claim_tree(self.ix.claim(a.premises[0]), indent, prefix)
            return
        self.lines.append(f"{indent}{prefix}<{self.titles[a.id]}>")
        if a.id in self.expanded or len(indent) > 2 * _MAX_DEPTH:
            return
        self.expanded.add(a.id)
        for b in self.ix.reasons_for(a.id):
            self.reason(b, indent + "  ", "+ " if b.relation is Relation.SUPPORT else "<_ ")

    def argument_block(self, a: Argument) -> None:
        data = _argument_data(a)
        head = f"<{self.titles[a.id]}>"
        head += f": {escape(a.note)}" if a.note.strip() else ""
        self.lines.extend(["", head + _data(data)])
        claims = self.ix.claims
        premises = [self.ix.claim(p) for p in a.premises]
        if a.relation is Relation.SUPPORT and a.target in claims and not _is_gist(self.ix.claim(a.target)):
            self.lines.append("")
            for k, p in enumerate(premises, 1):
                self.lines.append(f"({k}) {self.claim_line(p)}")
            rule = a.origin.data.get("inference") if a.origin and a.origin.format == "argdown" else None
            self.lines.append(
                f"-- {' '.join(rule.split())} --" if isinstance(rule, str) and rule.strip() else "----"
            )
            self.lines.append(f"({len(premises) + 1}) {self.claim_line(self.ix.claim(a.target))}")
        else:
            for p in premises:
                self.lines.append(f"  + {self.claim_line(p)}")


def _is_gist(element: Claim | Argument) -> bool:
    """A claim that was an Argdown argument with neither conclusion nor outgoing relation."""
    o = element.origin
    return (
        isinstance(element, Claim)
        and o is not None
        and o.format == "argdown"
        and o.data.get("argument") is True
    )


def _needs_node(a: Argument, targeted: set[str], claims: dict[str, Claim]) -> bool:
    return (
        len(a.premises) > 1
        or a.target not in claims
        or a.id in targeted
        or bool(a.note.strip() or a.scheme or a.answers or a.relevance is not None)
    )


def _tag(ix: MapIndex, tag_id: str) -> str:
    tag = ix.tags.get(tag_id)
    name = tag.name if tag else tag_id
    name = name.replace(")", " ").replace("(", " ").strip() or tag_id
    return f"#{name}" if re.fullmatch(r"[\w-]+", name) else f"#({name})"


def _data(data: dict[str, Any]) -> str:
    return f" {json.dumps(data, ensure_ascii=False, sort_keys=True)}" if data else ""


def _claim_data(c: Claim) -> dict[str, Any]:
    data: dict[str, Any] = {"id": c.id}
    if c.spans:
        data["spans"] = [[s.start, s.end] for s in c.spans]
    if c.role.value != "none":
        data["role"] = c.role.value
    if c.note:
        data["note"] = c.note
    if c.implicit:
        data["implicit"] = True
    if c.strength is not None:
        data["strength"] = c.strength.value
    if not c.text.strip() or "\n" in c.text or escape(c.text) != _ESCAPE.sub(r"\\\1", c.text):
        data["text"] = c.text
    if c.origin and c.origin.format != "argdown":
        data["origin"] = c.origin.model_dump(mode="json")
    elif c.origin and c.origin.id is None:
        data["untitled"] = True
    if _is_gist(c):
        data["claim"] = True
    return data


def _argument_data(a: Argument) -> dict[str, Any]:
    data: dict[str, Any] = {"id": a.id}
    if a.scheme:
        data["scheme"] = a.scheme
    if a.answers:
        data["answers"] = {k: v.value for k, v in sorted(a.answers.items())}
    if a.relevance is not None:
        data["relevance"] = a.relevance
    if a.note and escape(a.note) != a.note:
        data["note"] = a.note
    if a.origin and a.origin.format != "argdown":
        data["origin"] = a.origin.model_dump(mode="json")
    return data


def _front_matter(m: ArgumentMap) -> list[str]:
    lines = [
        "===",
        f"title: {json.dumps(m.title or 'argmap map', ensure_ascii=False)}",
        'generator: "argmap"',
    ]
    if m.article is not None:
        a = m.article
        for key, value in (("title", a.title), ("source", a.source), ("format", a.format), ("text", a.text)):
            lines.append(f"article-{key}: {json.dumps(value, ensure_ascii=False)}")
        for key, value in (("author", a.author), ("date", a.date)):  # only when the file said
            if value:
                lines.append(f"article-{key}: {json.dumps(value, ensure_ascii=False)}")
    if m.tags:
        lines += ["color:", "    tagColors:"]
        lines += [f"        {json.dumps(t.name, ensure_ascii=False)}: {json.dumps(t.color)}" for t in m.tags]
    return [*lines, "==="]


def write(m: ArgumentMap) -> ExportResult:
    """The map as an Argdown document that the Argdown tools render and argmap reads back."""
    w = _Writer(m)
    w.lines.extend(_front_matter(m))
    with_reasons = {a.target for a in m.arguments}
    with_claims = {c.id for c in m.claims}
    order = [c for c in m.roots()] + [c for c in m.claims if c.id in with_reasons]
    for c in order:
        if c.id in w.expanded:
            continue
        w.lines.append("")
        w.claim_tree(c, "", "")
    for a in m.arguments:
        if a.id in w.node_form and a.id not in w.expanded:
            w.lines.append("")
            w.reason(a, "", "")
            symbol = {Relation.SUPPORT: "+>", Relation.ATTACK: "->" if a.target in with_claims else "_>"}
            w.lines.append(f"  {symbol[a.relation]} {w.ref(a.target)}")
    for a in m.arguments:
        if a.id in w.node_form:
            w.argument_block(a)
    losses: list[str] = []
    if m.layout.pins or m.layout.hints:
        losses.append(
            f"{len(m.layout.pins) + len(m.layout.hints)} box positions (Argdown lays out its own map)"
        )
    return ExportResult(("\n".join(w.lines) + "\n").encode("utf-8"), losses)
