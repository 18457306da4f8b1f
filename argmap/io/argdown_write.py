"""Argdown export: statements, arguments (premise-conclusion structures when linked), relations, tags."""

from __future__ import annotations

import json
import re
from typing import Any

from argmap.io.argdown_units import Unit, is_gist, strict, symbol, symmetric, units
from argmap.io.map_index import MapIndex
from argmap.io.results import ExportResult
from argmap.model import Aim, Argument, ArgumentMap, Claim, Relation
from argmap.wording import counted

_MAX_DEPTH = 100
"""Deeper chains continue in a new tree that starts from the claim where this one stopped."""
_ESCAPE = re.compile(r"([\\\[\]<>#{}@])")
_LINK = re.compile(r"\[[^\]\n]+?\]\([^)\s]+?\)")
"""A Markdown link, which Argdown reads as a link (its `//` is no comment there)."""
_COMMENT_START = re.compile(r"/(?=[/*])")
_TITLE_ESCAPE = re.compile(r"([\[\]<>\\])")
_TITLE_BAD = re.compile(r"[\[\]<>\\\n\r\t]+")


def escape(text: str) -> str:
    """Text on one line with Argdown's special characters backslash-escaped, Markdown links kept as links."""
    line = " ".join(text.split())
    out: list[str] = []
    pos = 0
    for link in _LINK.finditer(line):
        out += [_escape_plain(line[pos : link.start()]), link.group(0)]
        pos = link.end()
    out.append(_escape_plain(line[pos:]))
    return "".join(out)


def _escape_plain(text: str) -> str:
    """`//` and `/*` start comments in Argdown (even inside a sentence): their slash is escaped too."""
    return _COMMENT_START.sub(r"\\/", _ESCAPE.sub(r"\\\1", text))


def _title_from(text: str, fallback: str) -> str:
    words = _TITLE_BAD.sub(" ", text).split()
    title = " ".join(words[:6]).strip(" .,;:!?-+_") or fallback
    return title[:80]


class _Writer:
    def __init__(self, m: ArgumentMap) -> None:
        self.m = m
        self.ix = MapIndex(m)
        self.units = units(m, self.ix)
        self.lines: list[str] = []
        self.titles: dict[str, str] = {}
        self.defined: set[str] = set()
        self.expanded: set[str] = set()
        self.placed: set[str] = set()
        """Arguments whose relation has been written."""
        self.placed_pairs: set[tuple[str, str]] = set()
        targeted = {a.target for a in m.arguments}
        self.node_form = {
            a.id for a in m.arguments if a.id not in self.units and _needs_node(a, targeted, self.ix.claims)
        }
        boxes = {c.id for c in m.claims if _is_gist(c)}  # Argdown's `><` joins statements only
        self.pairs = {
            (a.premises[0], a.target)
            for a in m.arguments
            if symmetric(a)
            and len(a.premises) == 1
            and a.target in self.ix.claims
            and not {a.target, a.premises[0]} & boxes
        }
        used: set[tuple[str, str]] = set()
        suffix: dict[tuple[str, str], int] = {}
        seen_units: set[int] = set()
        elements: list[Claim | Argument] = [*m.claims, *m.arguments]
        for element in elements:
            unit = self.units.get(element.id) if isinstance(element, Argument) else None
            if unit is not None and id(unit) in seen_units:
                self.titles[element.id] = self.titles.get(unit.main.id, "")
                continue
            if isinstance(element, Claim) and is_gist(element):
                continue
            own = element.origin.id if element.origin and element.origin.format == "argdown" else None
            base = (
                " ".join(unit.title.split()) if unit is not None else (" ".join(own.split()) if own else "")
            )
            if not base:
                base = _title_from(element.text, element.id) if isinstance(element, Claim) else element.id
            kind = "argument" if isinstance(element, Argument) or _is_gist(element) else "statement"
            title, n = base, suffix.get((kind, base), 1)
            while (kind, title) in used:
                n += 1
                title = f"{base} ({n})"
            suffix[(kind, base)] = n
            used.add((kind, title))
            escaped = _TITLE_ESCAPE.sub(r"\\\1", title)
            if unit is not None:
                seen_units.add(id(unit))
                for member in unit.members:
                    self.titles[member.id] = escaped
            else:
                self.titles[element.id] = escaped

    def ref(self, element_id: str) -> str:
        t = self.titles[element_id]
        if element_id in self.node_form or element_id in self.units or _is_gist(self.ix.node(element_id)):
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
            self.reason(a, indent + "  ")

    def reason(self, a: Argument, indent: str) -> None:
        """`a` written on a line under its target, and what aims at `a` below it."""
        unit = self.units.get(a.id)
        if unit is not None and unit.steps:
            if a.target not in self.ix.claims and a.aim is Aim.INFERENCE:
                return  # written under the inference line of its premise-conclusion structure
            if a in unit.steps:
                return  # Argdown reads the structure: its conclusion is the claim this hangs under
        sym = symbol(a, a.target in self.ix.claims, incoming=True)
        if symmetric(a) and (a.target, a.premises[0]) in self.pairs:
            if (a.target, a.premises[0]) in self.placed_pairs:
                self.placed.add(a.id)
                return
            self.placed_pairs.add((a.premises[0], a.target))
            sym = "><" if symmetric(a) == "contradictory" else sym
        self.placed.add(a.id)
        if unit is not None:
            self.lines.append(f"{indent}{sym} <{self.titles[a.id]}>")
            self.expand_unit(unit, indent + "  ")
        elif a.id in self.node_form:
            self.lines.append(f"{indent}{sym} <{self.titles[a.id]}>")
            if a.id not in self.expanded and len(indent) <= 2 * _MAX_DEPTH:
                self.expanded.add(a.id)
                for b in self.ix.reasons_for(a.id):
                    self.reason(b, indent + "  ")
        else:
            self.claim_tree(self.ix.claim(a.premises[0]), indent, sym + " ")

    def expand_unit(self, unit: Unit, indent: str) -> None:
        """What aims at an Argdown argument: at any of its members, or at the claim holding its description."""
        if unit.title in self.expanded or len(indent) > 2 * _MAX_DEPTH:
            return
        self.expanded.add(unit.title)
        aimed = [b for x in unit.members for b in self.ix.reasons_for(x.id)]
        if unit.gist is not None:
            aimed += self.ix.reasons_for(unit.gist.id)
        for b in aimed:
            self.reason(b, indent)

    def unit_block(self, unit: Unit) -> None:
        main = unit.main
        data = _argument_data(main)
        if unit.gist is not None:
            data["gist"] = unit.gist.id
            if len(unit.members) > 1:
                data["target"] = main.target  # which relation is the argument that relations aim at
            tags = "".join(f" {_tag(self.ix, t)}" for t in unit.gist.tags)
            self.lines.extend(["", f"<{self.titles[main.id]}>: {escape(unit.gist.text)}{tags}{_data(data)}"])
            return
        head = f"<{self.titles[main.id]}>" + (f": {escape(main.note)}" if main.note.strip() else "")
        self.lines.extend(["", head + _data(data), ""])
        number: dict[str, int] = {}
        previous: str | None = None
        since: list[str] = []
        for step in unit.steps:
            for p in step.premises:
                if p not in number:
                    number[p] = len(number) + 1
                    since.append(p)
                    self.lines.append(f"({number[p]}) {self.claim_line(self.ix.claim(p))}")
            default = ([previous] if previous else []) + since
            rule = step.origin.data.get("inference") if step.origin else None
            text = " ".join(rule.split()) if isinstance(rule, str) and rule.strip() else ""
            if set(default) != set(step.premises) and len(unit.steps) > 1:
                text += f" {{uses: [{', '.join(str(number[p]) for p in step.premises)}]}}"
            self.lines.append(f"-- {text.strip()} --" if text.strip() else "----")
            for b in self.ix.reasons_for(step.id):
                if b.aim is Aim.INFERENCE and b.relation is Relation.ATTACK:
                    self.placed.add(b.id)
                    self.lines.append(f"    <_ {self.reason_ref(b)}")
            number[step.target] = len(number) + 1
            self.lines.append(f"({number[step.target]}) {self.claim_line(self.ix.claim(step.target))}")
            previous, since = step.target, []

    def reason_ref(self, b: Argument) -> str:
        """How an argument is named on a relation line: its Argdown argument, or its one premise."""
        if b.id in self.units or b.id in self.node_form:
            return f"<{self.titles[b.id]}>"
        return self.claim_line(self.ix.claim(b.premises[0]))

    def argument_block(self, a: Argument) -> None:
        """A reason that is no support of a claim (an attack, an undercut) with several or annotated premises."""
        data = _argument_data(a)
        data["linked"] = True  # argmap's own: the statements below are its premises
        head = f"<{self.titles[a.id]}>" + (f": {escape(a.note)}" if a.note.strip() else "")
        self.lines.extend(["", head + _data(data)])
        for p in a.premises:
            self.lines.append(f"  + {self.claim_line(self.ix.claim(p))}")


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
    del claims  # a one-premise reason is written under whatever it aims at, claim or argument
    return (
        len(a.premises) > 1
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
    if not c.text.strip() or " ".join(c.text.split()) != c.text:
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
    if strict(m):
        lines += ["model:", "    mode: strict"]
    if m.tags:
        lines += ["color:", "    tagColors:"]
        lines += [f"        {json.dumps(t.name, ensure_ascii=False)}: {json.dumps(t.color)}" for t in m.tags]
    return [*lines, "==="]


def write(m: ArgumentMap) -> ExportResult:
    """The map as an Argdown document that the Argdown tools render and argmap reads back."""
    w = _Writer(m)
    w.lines.extend(_front_matter(m))
    with_reasons = {a.target for a in m.arguments}
    order = [c for c in m.roots()] + [c for c in m.claims if c.id in with_reasons]
    for c in order:
        if c.id in w.expanded or (is_gist(c) and any(u.gist is c for u in w.units.values())):
            continue
        w.lines.append("")
        w.claim_tree(c, "", "")
    unique = list({id(u): u for u in w.units.values()}.values())
    for unit in unique:
        aimed = [b for s in unit.steps for b in w.ix.reasons_for(s.id) if b.id not in w.placed]
        aimed = [b for b in aimed if not (b.aim is Aim.INFERENCE and b.relation is Relation.ATTACK)]
        left = [a for a in unit.members if a.id not in w.placed and not unit.steps]
        if aimed or left:
            w.lines.extend(["", f"<{w.titles[unit.main.id]}>"])
            for a in left:
                w.placed.add(a.id)
                w.lines.append(f"  {symbol(a, a.target in w.ix.claims, incoming=False)} {w.ref(a.target)}")
            for b in aimed:
                w.reason(b, "  ")
            if unit.gist is not None:
                w.expand_unit(unit, "  ")
    for a in m.arguments:
        if a.id in w.node_form and a.id not in w.expanded:
            w.lines.append("")
            w.placed.add(a.id)
            w.lines.append(f"<{w.titles[a.id]}>")
            w.expanded.add(a.id)
            for b in w.ix.reasons_for(a.id):
                w.reason(b, "  ")
            w.lines.append(f"  {symbol(a, a.target in w.ix.claims, incoming=False)} {w.ref(a.target)}")
    for unit in unique:
        w.unit_block(unit)
    for a in m.arguments:
        if a.id in w.node_form:
            w.argument_block(a)
    losses: list[str] = []
    if m.layout.pins or m.layout.hints:
        losses.append(
            f"{counted(len(m.layout.pins) + len(m.layout.hints), 'box position')} (Argdown lays out its own map)"
        )
    return ExportResult(("\n".join(w.lines) + "\n").encode("utf-8"), losses)
