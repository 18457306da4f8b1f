"""Argdown import: statements become claims, arguments and relations become argmap arguments."""

from __future__ import annotations

import contextlib
import re
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from argmap.io.argdown_data import front_matter, has_conclusion, inference_steps, node_data
from argmap.io.argdown_parse import Document, Node, parse, parse_inference_key
from argmap.io.decoding import check_count, clip, decode_text
from argmap.io.errors import LoadError
from argmap.io.results import ImportResult
from argmap.limits import LIMITS
from argmap.model import (
    Aim,
    Answer,
    Argument,
    ArgumentMap,
    Article,
    Claim,
    Origin,
    Relation,
    Role,
    Span,
    Strength,
    Tag,
)
from argmap.wording import agree, counted

_DEFINITION = re.compile(rb"^\s*[\[<][^\]\n>]{1,200}[\]>]:", re.M)
_COLORS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999")
Key = tuple[str, str]


def sniff(head: bytes, path: str) -> bool:
    """An `.argdown`/`.ad` file, or text with `[Title]:` / `<Title>:` definitions at line starts."""
    if path.lower().endswith((".argdown", ".ad")):
        return True
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith((b"{", b"<?xml", b"<arggraph")):
        return False
    if re.search(rb"^```", head, re.M):
        return False  # Markdown with fenced examples, not an Argdown document
    return len(_DEFINITION.findall(head)) >= 1


def read(data: bytes, source: str) -> ImportResult:
    """Read the subset of Argdown that argmap models; warn about the rest."""
    text = decode_text(data, source, "an Argdown document")
    doc = parse(text, source)
    b = _Builder(doc, source)
    m = b.build()
    if not m.claims and doc.includes:
        raise LoadError(
            source, "only @includes other Argdown files, which argmap does not follow: import those files"
        )
    if not m.claims and b.front.get("generator") != "argmap":
        raise LoadError(source, "has no statements or arguments to map (an unfinished Argdown fragment?)")
    return ImportResult(m, b.warnings)


class _Builder:
    def __init__(self, doc: Document, source: str) -> None:
        self.doc = doc
        self.source = source
        self.front = front_matter(doc.front)
        self.warnings: list[str] = []
        self.m = ArgumentMap(title=str(self.front.get("title") or Path(source).stem))
        self.claim_of: dict[Key, str] = {}
        self.claim_ids: set[str] = set()
        self.step_of: dict[tuple[str, int], str] = {}
        """(argument title, separator number) -> the id of that inference step's argument."""
        self.made: set[tuple[tuple[str, ...], Relation, str, Aim]] = set()
        self.linked: set[str] = set()
        """Arguments argmap wrote with `{"linked": true}`: their supporting statements are their premises."""
        self.arg_of: dict[str, str] = {}
        self.taken: set[str] = set()
        self.relations = [r for r in dict.fromkeys(doc.relations) if r[0] != r[1]]
        # `<b>` with `- <b>` under it: no argument may target itself
        if len(self.relations) < len(set(doc.relations)):
            self.warnings.append("relations of an argument or statement to itself were left out")
        self.tag_by_name: dict[str, Tag] = {}
        self.counters: dict[str, int] = {}
        self.untagged = 0
        self.incoming: dict[Key, list[tuple[Key, Key, str]]] = {}
        self.outgoing: dict[Key, list[tuple[Key, Key, str]]] = {}
        for rel in self.relations:
            self.outgoing.setdefault(rel[0], []).append(rel)
            self.incoming.setdefault(rel[1], []).append(rel)

    def fresh(self, wanted: Any, prefix: str) -> str:
        if isinstance(wanted, str) and 0 < len(wanted) <= 200 and wanted not in self.taken:
            self.taken.add(wanted)
            return wanted
        n = self.counters.get(prefix, len(self.taken) + 1)
        while f"{prefix}{n}" in self.taken:
            n += 1
        self.counters[prefix] = n + 1
        self.taken.add(f"{prefix}{n}")
        return f"{prefix}{n}"

    def build(self) -> ArgumentMap:
        self._article()
        in_use = {k for r in self.relations for k in r[:2]}
        in_use |= {("statement", t) for n in self.doc.nodes.values() for _, t in n.pcs}
        outgoing = {r[0] for r in self.relations}
        gists = [
            n
            for n in self.doc.nodes.values()
            if n.kind == "argument"
            and (
                node_data(n).get("claim") is True
                or (not has_conclusion(n) and (n.kind, n.title) not in outgoing)
            )
        ]
        for n in self.doc.nodes.values():
            if n.kind == "statement" and (not n.untitled or (n.kind, n.title) in in_use):
                self._claim(n)
        for n in gists:
            self._claim(n)
        check_count(len(self.m.claims), LIMITS.claims, self.source, "statements")
        for n in self.doc.nodes.values():
            if n.kind == "argument" and ("argument", n.title) not in self.claim_of:
                self.arg_of[n.title] = self.fresh(node_data(n).get("id"), "a")
                steps = inference_steps(n)
                for k, (_, _, number) in enumerate(steps, 1):
                    own = self.arg_of[n.title] if k == len(steps) else self.fresh(None, "a")
                    self.step_of[(n.title, number)] = own
        if self.front.get("model-mode") == "strict":
            self.m.origin = Origin(format="argdown", data={"mode": "strict"})
        for n in self.doc.nodes.values():
            if n.title in self.arg_of and n.kind == "argument":
                self._argument(n)
        self._statement_relations()
        self._prune()
        check_count(len(self.m.arguments), LIMITS.arguments, self.source, "arguments")
        self._warn(gists)
        return self.m

    def _article(self) -> None:
        text = self.front.get("article-text")
        if isinstance(text, str) and text:
            if len(text) > LIMITS.article_chars:
                raise LoadError(self.source, f"the article has over {LIMITS.article_chars:,} characters")
            fmt = self.front.get("article-format")
            self.m.article = Article(
                text=text,
                title=str(self.front.get("article-title") or ""),
                source=str(self.front.get("article-source") or ""),
                format=fmt if isinstance(fmt, str) and fmt else "txt",
                author=str(self.front.get("article-author") or "")[:1000],
                date=str(self.front.get("article-date") or "")[:100],
            )

    def _tag_ids(self, names: list[str]) -> list[str]:
        out: list[str] = []
        for name in names:
            name = name[:200]
            tag = self.tag_by_name.get(name)
            if tag is None:
                color = self.front["tagColors"].get(name, _COLORS[len(self.m.tags) % len(_COLORS)])
                tag = Tag(id=self.fresh(None, "t"), name=name, color=color)
                self.m.tags.append(tag)
                self.tag_by_name[name] = tag
            out.append(tag.id)
        return out

    def _claim(self, n: Node) -> None:
        data = node_data(n)
        given = data.get("text")
        text = given if isinstance(given, str) else (n.texts[0] if n.texts else n.title)
        extra: dict[str, Any] = {k: v for k, v in data.items() if k not in _CLAIM_KEYS}
        if len(n.texts) > 1:
            extra["definitions"] = n.texts[1:]
        untitled = n.untitled or data.get("untitled") is True
        origin = Origin(format="argdown", id=None if untitled else n.title, data=extra)
        if isinstance(data.get("origin"), dict):
            with contextlib.suppress(ValidationError):
                origin = Origin.model_validate(data["origin"])
        c = Claim(
            id=self.fresh(data.get("id"), "c"),
            text=clip(text, self.warnings, f"statement [{n.title}]"),
            tags=self._tag_ids(n.tags),
            note=str(data.get("note", ""))[: LIMITS.claim_chars],
            implicit=data.get("implicit") is True,
            origin=origin,
        )
        if n.kind == "argument":
            c.origin = Origin(format="argdown", id=n.title, data={"argument": True})
        if data.get("role") in {r.value for r in Role}:
            c.role = Role(data["role"])
        if data.get("strength") in {s.value for s in Strength}:
            c.strength = Strength(data["strength"])
        c.spans = self._spans(data.get("spans"), n.title)
        self.claim_of[(n.kind, n.title)] = c.id
        self.claim_ids.add(c.id)
        self.m.claims.append(c)

    def _spans(self, raw: Any, title: str) -> list[Span]:
        if not isinstance(raw, list) or self.m.article is None:
            return []
        text = self.m.article.text
        out: list[Span] = []
        for pair in raw[: LIMITS.spans_per_claim]:
            ok = isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, int) for x in pair)
            if ok and 0 <= pair[0] <= pair[1] <= len(text):
                out.append(Span.of(text, pair[0], pair[1]))
                continue
            self.warnings.append(f"statement [{title}]: an anchor outside the article was left out")
        return out

    def _target(self, key: Key) -> str | None:
        if key in self.claim_of:
            return self.claim_of[key]
        if key[0] == "inference":
            return self.step_of.get(parse_inference_key(key))
        return self.arg_of.get(key[1]) if key[0] == "argument" else None

    def _add(
        self, arg_id: str | None, premises: list[str], rel: str, target: str | None, n: Node | None
    ) -> Argument | None:
        if target is None or not premises or target in premises:
            return None
        data = node_data(n) if n is not None else {}
        relation = Relation.SUPPORT if rel == "support" else Relation.ATTACK
        aim = Aim.INFERENCE
        if rel in ("support", "attack", "contradiction") and target not in self.claim_ids:
            aim = Aim.PREMISES  # Argdown's support or attack of an argument bears on its premises
        same = (tuple(sorted(premises)), relation, target, aim)
        if n is None and same in self.made:
            return None  # written twice (on an argument and on its conclusion): one relation in Argdown
        self.made.add(same)
        a = Argument(id=arg_id or self.fresh(None, "a"), premises=premises, relation=relation, target=target)
        a.aim = aim
        if n is not None:
            a.origin = Origin(
                format="argdown", id=n.title, data={k: v for k, v in data.items() if k not in _ARG_KEYS}
            )
            a.note = (
                data["note"] if isinstance(data.get("note"), str) else " ".join(n.texts)[: LIMITS.claim_chars]
            )
            a.scheme = str(data["scheme"])[:200] if data.get("scheme") else None
            if isinstance(data.get("answers"), dict):
                a.answers = {
                    str(k): Answer(v) for k, v in data["answers"].items() if v in {x.value for x in Answer}
                }
            rv = data.get("relevance")
            if isinstance(rv, int | float) and not isinstance(rv, bool) and 0 <= rv <= 1:
                a.relevance = float(rv)
            if isinstance(data.get("origin"), dict):
                with contextlib.suppress(ValidationError):
                    a.origin = Origin.model_validate(data["origin"])
        if rel == "undercut" and target in self.claim_ids:
            # an undercut of an argument that is drawn as a box of its own (no conclusion, no
            # outgoing relation): an attack on that box, written back as `<_`
            a.origin = a.origin or Origin(format="argdown")
            a.origin.data["undercut"] = True
        self.m.arguments.append(a)
        return a

    def _steps(self, n: Node) -> None:
        """One argument per inference step of a premise-conclusion structure; the last one is the argument."""
        steps = inference_steps(n)
        if n.tags:
            self.untagged += 1
        for k, (prem, concl, number) in enumerate(steps, 1):
            last = k == len(steps)
            ids = [self.claim_of[("statement", t)] for t in prem]
            concl_id = self.claim_of[("statement", concl)]
            a = self._add(self.step_of[(n.title, number)], ids, "support", concl_id, n if last else None)
            if a is None:
                continue
            a.origin = a.origin or Origin(format="argdown", id=n.title)
            a.origin.data["step"] = number
            rule = n.rules[number - 1] if number <= len(n.rules) else ""
            if rule:
                a.origin.data["inference"] = rule
        self._outgoing(n, None, [self.claim_of[("statement", steps[-1][1])]])

    def _argument(self, n: Node) -> None:
        if inference_steps(n):
            self._steps(n)
            return
        if (
            node_data(n).get("linked") is True
        ):  # written by argmap: the supporting statements are its premises
            premises = [
                self.claim_of[s]
                for s, _, r in self.incoming.get(("argument", n.title), [])
                if r == "support" and s in self.claim_of
            ]
            if premises:
                self.linked.add(n.title)
                self._outgoing(n, self.arg_of[n.title], premises)
                return
        gist = self.fresh(node_data(n).get("gist"), "c")
        self.m.claims.append(
            Claim(
                id=gist,
                text=clip(" ".join(n.texts) or n.title, self.warnings, f"argument <{n.title}>"),
                tags=self._tag_ids(n.tags),
                origin=Origin(format="argdown", data={"gist_of": n.title}),
            )
        )
        self.claim_ids.add(gist)
        self._outgoing(n, self.arg_of[n.title], [gist])

    def _outgoing(self, n: Node, main: str | None, premises: list[str]) -> None:
        """The argument's outgoing relations; a reconstructed argument's come from its conclusion (main None)."""
        first = main is not None
        rels = self.outgoing.get(("argument", n.title), [])
        want = node_data(n).get("target")
        rels = sorted(rels, key=lambda rel: self._target(rel[1]) != want) if isinstance(want, str) else rels
        for _, t, r in rels:
            a = self._add(main if first else None, premises, r, self._target(t), n if first else None)
            first = first and a is None

    def _statement_relations(self) -> None:
        strict = self.front.get("model-mode") == "strict"
        for s, t, r in self.relations:
            if s not in self.claim_of:
                continue
            if t[0] == "argument" and t[1] in self.linked and r == "support":
                continue  # a premise of that argument
            target = self._target(t)
            between_statements = s[0] == t[0] == "statement" and t in self.claim_of
            symmetric = r == "contradiction" or (strict and r == "attack" and between_statements)
            a = self._add(None, [self.claim_of[s]], "attack" if symmetric else r, target, None)
            if symmetric and t in self.claim_of:
                b = self._add(None, [self.claim_of[t]], "attack", self.claim_of[s], None)
                kind = "contradictory" if r == "contradiction" else "contrary"
                for x in (a, b):
                    if x is not None:
                        x.origin = Origin(format="argdown", data={"symmetric": kind})

    def _prune(self) -> None:
        """Drop arguments whose target never became a claim or argument (repeat: undercuts chain)."""
        claims = {c.id for c in self.m.claims}
        before = len(self.m.arguments)
        while True:
            ids = claims | {a.id for a in self.m.arguments}
            kept = [a for a in self.m.arguments if a.target in ids]
            if len(kept) == len(self.m.arguments):
                break
            self.m.arguments = kept
        if len(self.m.arguments) < before:
            n = before - len(self.m.arguments)
            self.warnings.append(
                f"{counted(n, 'relation')} {agree(n, 'points at an argument', 'point at arguments')} "
                "with no premises; left out"
            )

    def _warn(self, gists: list[Node]) -> None:
        d, w = self.doc, self.warnings
        if self.untagged:
            n = self.untagged
            w.append(
                f"{counted(n, 'argument')} {agree(n, 'has', 'have')} #tags, which argmap keeps on claims only: not kept"
            )
        if d.headings:
            w.append(
                f"{counted(d.headings, 'heading')} {agree(d.headings, '(an Argdown group) is', '(Argdown groups) are')} not kept"
            )
        if d.prose:
            w.append(
                f"{counted(d.prose, 'paragraph')} of untitled text outside any relation "
                f"{agree(d.prose, 'is not a claim', 'are not claims')}; not imported"
            )
        if d.orphans:
            w.append(
                f"{counted(d.orphans, 'relation line')} {agree(d.orphans, 'has nothing above it', 'have nothing above them')} "
                "to attach to (after a blank line); left out"
            )
        if d.includes:
            w.append(
                f"{counted(d.includes, '@include line')} {agree(d.includes, 'was', 'were')} not followed: "
                "import the included files separately"
            )
        if gists:
            n = len(gists)
            w.append(
                f"{counted(n, 'argument')} with no conclusion or outgoing relation "
                f"became {agree(n, 'a claim', 'claims')}"
            )
        if any(r == "contradiction" for _, _, r in self.relations):
            w.append("contradictions (><) became a pair of attacks")
        if self.front.get("model-mode") == "strict" and any(
            r == "attack" and s[0] == t[0] == "statement" for s, t, r in self.relations
        ):
            w.append(
                "strict mode: an attack between two statements means they are contrary; each became two attacks"
            )


_CLAIM_KEYS = {"id", "spans", "role", "note", "implicit", "strength", "text", "origin", "untitled", "claim"}
_ARG_KEYS = {"id", "scheme", "answers", "relevance", "note", "origin", "linked", "gist", "target"}
