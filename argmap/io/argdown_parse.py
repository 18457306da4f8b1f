"""Argdown text to statements, arguments, relations and premise-conclusion structures (a subset)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from argmap.io.errors import LoadError
from argmap.limits import LIMITS

_LINE_COMMENT = re.compile(r"(^|\s)//.*$")
_RELATION = re.compile(r"^(<\+|<-|<_|\+>|->|_>|><|\+|-|_)\s+(.*)$")
_STATEMENT = re.compile(r"^\[((?:[^\]\\]|\\.)+)\](?!\()\s*(?::\s*)?(.*)$", re.S)
"""`[Title]: text`; `[text](url)` is a Markdown link, not a statement."""
_LIST_ITEM = re.compile(r"^(?:\*|\d+\.)\s+(.*)$")
"""A Markdown list item (`* ...`, `1. ...`): Argdown reads what follows as a statement of its own."""
_USES = re.compile(r"\b(?:uses|from)\s*:\s*\[([\d,\s]*)\]")
_ARGUMENT = re.compile(r"^<((?:[^>\\]|\\.)+)>\s*(?::\s*)?(.*)$", re.S)
_PCS_ITEM = re.compile(r"^\((\d+)\)\s*(.*)$")
_SEPARATOR = re.compile(r"^-{2,}(.*?)(-{2,})?\s*$")
_HEADING = re.compile(r"^#{1,6}\s")
_TAG = re.compile(r"(?<![\w\\])#\(([^)]*)\)|(?<![\w\\&])#([\w-]+)")
_ESCAPED = re.compile(r"\\(.)")
_GONE = "\x00\n"
"""A line break inside a comment: kept for line numbers, marked so that it is not a blank line."""


@dataclass
class Node:
    """One statement or argument occurrence, merged by title."""

    kind: str
    """`statement` or `argument`."""
    title: str
    texts: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    data: list[str] = field(default_factory=list)
    untitled: bool = False
    pcs: list[tuple[str, str]] = field(default_factory=list)
    """Premise-conclusion structure of an argument: ("premise" | "conclusion", statement title)."""
    rules: list[str] = field(default_factory=list)
    """The inference-rule text of each `----` / `-- rule --` separator, in order ("" when none)."""
    uses: list[list[int]] = field(default_factory=list)
    """Per separator, the `{uses: [1, 4]}` numbers of the statements it infers from ([] when not given)."""


@dataclass
class Document:
    """What a parse found: nodes by (kind, title), relations (source, target, kind), front matter."""

    nodes: dict[tuple[str, str], Node] = field(default_factory=dict)
    relations: list[tuple[tuple[str, str], tuple[str, str], str]] = field(default_factory=list)
    front: list[str] = field(default_factory=list)
    headings: int = 0
    prose: int = 0
    includes: int = 0
    orphans: int = 0
    """Relation lines with nothing above them to attach to (after a blank line, or at the top)."""


def inference_key(argument_title: str, step: int) -> tuple[str, str]:
    """The key of the `step`-th inference (1-based) of an argument's premise-conclusion structure."""
    return ("inference", f"{step}\x1f{argument_title}")


def parse_inference_key(key: tuple[str, str]) -> tuple[str, int]:
    """(argument title, step) of an inference key."""
    step, _, title = key[1].partition("\x1f")
    return title, int(step)


@dataclass
class _Open:
    key: tuple[str, str]
    indent: int
    raw: list[str]


def _strip_block_comments(text: str) -> str:
    """Remove `/* */` and `<!-- -->` comments, keeping their line breaks; linear even when unclosed."""
    out: list[str] = []
    pos = 0
    nxt = {"/*": text.find("/*"), "<!--": text.find("<!--")}
    while True:
        for opener, k in nxt.items():
            if 0 <= k < pos:
                nxt[opener] = text.find(opener, pos)
        starts = [(k, opener) for opener, k in nxt.items() if k >= 0]
        if not starts:
            out.append(text[pos:])
            return "".join(out)
        start, opener = min(starts)
        closer = "*/" if opener == "/*" else "-->"
        end = text.find(closer, start + len(opener))
        out.append(text[pos:start])
        if end < 0:
            out.append(_GONE * text.count("\n", start))
            return "".join(out)
        out.append(_GONE * text.count("\n", start, end) + "\x00")
        pos = end + len(closer)


def _strip_comments(text: str) -> str:
    text = _strip_block_comments(text)
    return "\n".join(_strip_line_comment(line) if "//" in line else line for line in text.split("\n"))


def _strip_line_comment(line: str) -> str:
    kept = _LINE_COMMENT.sub(r"\1", line)
    return kept if kept.strip() else "\x00"  # a comment line is not a blank line


def parse(text: str, source: str) -> Document:
    """Parse Argdown text; raises LoadError only for input past the limits."""
    doc = Document()
    lines = text.split("\n")
    start = 0
    first = next((k for k, ln in enumerate(lines) if ln.strip()), None)
    if first is not None and lines[first].strip() == "===":
        end = next((k for k in range(first + 1, len(lines)) if lines[k].strip() == "==="), None)
        if end is not None:
            doc.front = lines[first + 1 : end]
            start = end + 1
    body = _strip_comments("\n".join(lines[start:])).split("\n")
    _Parser(doc, source).run(body)
    return doc


class _Parser:
    def __init__(self, doc: Document, source: str) -> None:
        self.doc = doc
        self.source = source
        self.stack: list[tuple[int, tuple[str, str], tuple[str, str] | None]] = []
        """(indent, element, the inference a `<_` directly under it undercuts) of the open relation tree."""
        self.data_depth = 0
        """Open `{` of a data block that goes on over several lines."""
        self.current: _Open | None = None
        self.argument: tuple[str, str] | None = None
        self.pending_inference = False
        self.untitled = 0

    def run(self, lines: list[str]) -> None:
        for line_no, raw in enumerate(lines, 1):
            self.line(raw, line_no)
        self.close()

    def line(self, raw: str, line_no: int) -> None:
        if "\x00" in raw:
            raw = raw.replace("\x00", "")
            if not raw.strip():
                return  # a line of a comment: neither text nor a blank line
        stripped = raw.strip()
        indent = len(raw) - len(raw.lstrip(" \t"))
        if self.data_depth and self.current is not None:
            self.current.raw.append("\n" + raw)
            self.data_depth = max(0, self.data_depth + _depth_change(raw))
            return
        self.data_depth = 0
        if not stripped:
            self.close()
            self.stack = []  # an empty line ends a relation tree (Argdown's lexer closes every level)
            if self.argument is not None and self.doc.nodes[self.argument].pcs and not self.pending_inference:
                self.argument = None  # the structure is over; a new `(1)` starts an untitled argument
            return
        listed = _LIST_ITEM.match(stripped)
        if listed and not self.pending_inference:
            self.close()
            self.argument = None
            key = self.element(listed.group(1), indent, line_no, top=True)
            self.stack = [(indent + 1, key, None)]
            self.open_data(listed.group(1))
            return
        if indent // 2 > LIMITS.nesting_depth:
            raise LoadError(
                self.source, f"indents deeper than {LIMITS.nesting_depth} levels", f"line {line_no}"
            )
        if indent == 0 and _HEADING.match(stripped):
            self.close()
            self.doc.headings += 1
            self.stack = []
            return
        if stripped.startswith("@include"):
            self.doc.includes += 1
            return
        sep = _SEPARATOR.match(stripped)
        if sep and self.argument is not None and not (self.pending_inference and _RELATION.match(stripped)):
            self.close()
            node = self.doc.nodes[self.argument]
            if not self.pending_inference:
                node.rules.append("")
                node.uses.append([])
            if sep.group(1).strip():
                node.rules[-1] = sep.group(1).strip().strip("-").strip()
            self.pending_inference = True
            self.stack = [(indent, inference_key(self.argument[1], len(node.rules)), None)]
            return
        item = _PCS_ITEM.match(stripped)
        fresh = not self.stack and (indent == 0 or self.current is None)
        if item and self.argument is None and fresh and self.current is None:
            self.untitled += 1
            self.argument = ("argument", f"Untitled argument {self.untitled}")
            self.doc.nodes[self.argument] = Node(kind="argument", title=self.argument[1], untitled=True)
        if item and self.argument is not None:
            self.close()
            node = self.doc.nodes[self.argument]
            role = "conclusion" if self.pending_inference else "premise"
            if self.pending_inference:
                _finish_rule(node)
            self.pending_inference = False
            key = self.element(item.group(2), indent, line_no)
            used = _USES.search(item.group(2)) if role == "conclusion" else None
            if used and not node.uses[-1]:
                node.uses[-1] = [int(x) for x in re.findall(r"\d+", used.group(1))]
            if key[0] == "statement":
                node.pcs.append((role, key[1]))
            step = inference_key(self.argument[1], len(node.rules)) if role == "conclusion" else None
            self.stack = [(indent, key, step)]
            self.open_data(item.group(2))
            return
        rel = _RELATION.match(stripped)
        if self.pending_inference and indent == 0 and _starts_element(stripped):
            self.pending_inference = False  # a separator with no conclusion: the structure ended
        if self.pending_inference and self.argument is not None and not (rel and indent > 0):
            rules = self.doc.nodes[self.argument].rules
            rules[-1] = f"{rules[-1]} {stripped}".strip()  # inference rule text between separators
            return
        if rel and indent > 0:
            self.close()
            if not self.stack:
                self.doc.orphans += 1
                return
            popped = False
            while self.stack and self.stack[-1][0] > indent:
                self.stack.pop()
                popped = True
            if self.stack and (self.stack[-1][0] == indent or (popped and self.stack[-1][0] < indent)):
                self.stack.pop()  # a sibling; a line between two levels joins the outer one, as in Argdown
            if not self.stack:
                self.doc.orphans += 1
                return
            _, parent, step = self.stack[-1]
            if step is not None and rel.group(1) in ("<_", "_"):
                parent = step  # `<_` under a conclusion undercuts the inference that led to it
            key = self.element(rel.group(2), indent, line_no)
            self.relation(rel.group(1), parent, key)
            self.stack.append((indent, key, None))
            self.open_data(rel.group(2))
            return
        if self.current is not None and (indent > 0 or not _starts_element(stripped)):
            self.current.raw.append(stripped)
            self.open_data(stripped)
            return
        if indent == 0 or not self.stack:
            self.close()
            self.argument = None
            key = self.element(stripped, indent, line_no, top=True)
            self.stack = [(indent, key, None)]
            if key[0] == "argument":
                self.argument = key
            self.open_data(stripped)
            return
        self.doc.prose += 1
        self.current = None

    def open_data(self, text: str) -> None:
        """Enter a `{` data block that the line opens and does not close."""
        self.data_depth = max(0, _depth_change(text))

    def element(self, text: str, indent: int, line_no: int, top: bool = False) -> tuple[str, str]:
        st, ar = _STATEMENT.match(text), _ARGUMENT.match(text)
        if (st and not _unescape(st.group(1)).strip()) or (ar and not _unescape(ar.group(1)).strip()):
            st = ar = None  # `[ ]` or `< >`: no title, so plain text
        if st:
            key, rest = ("statement", " ".join(_unescape(st.group(1)).split())), st.group(2)
        elif ar:
            key, rest = ("argument", " ".join(_unescape(ar.group(1)).split())), ar.group(2)
        else:
            self.untitled += 1
            key, rest = ("statement", f"Untitled {self.untitled}"), text
        node = self.doc.nodes.get(key)
        if node is None:
            node = self.doc.nodes[key] = Node(kind=key[0], title=key[1], untitled=not (st or ar))
        if not (st or ar) and top:
            self.doc.prose += 1
        self.current = _Open(key, indent, [rest] if rest else [])
        del line_no
        return key

    def relation(self, symbol: str, parent: tuple[str, str], child: tuple[str, str]) -> None:
        rel = self.doc.relations
        if symbol in ("+", "<+"):
            rel.append((child, parent, "support"))
        elif symbol in ("-", "<-"):
            rel.append((child, parent, "attack"))
        elif symbol == "+>":
            rel.append((parent, child, "support"))
        elif symbol == "->":
            rel.append((parent, child, "attack"))
        elif symbol in ("<_", "_"):
            rel.append((child, parent, "undercut"))
        elif symbol == "_>":
            rel.append((parent, child, "undercut"))
        else:
            rel.append((parent, child, "contradiction"))

    def close(self) -> None:
        if self.current is None:
            return
        node = self.doc.nodes[self.current.key]
        text = " ".join(self.current.raw).strip()
        if text:
            text, data = _split_data(text)
            tags = [a or b for a, b in _TAG.findall(text)]
            text = " ".join(_TAG.sub(" ", text).split())
            node.tags.extend(t.strip() for t in tags if t.strip() and t.strip() not in node.tags)
            if data:
                node.data.append(data)
            if text:
                node.texts.append(_unescape(text))
        self.current = None


def _depth_change(text: str) -> int:
    """Braces opened minus closed on a line, escaped ones and those in quotes left out."""
    text = re.sub(r"\\.", "", text)
    text = re.sub(r'"(?:[^"\\]|\\.)*"', "", text)
    return text.count("{") - text.count("}")


def _finish_rule(node: Node) -> None:
    """Take a `{uses: [...]}` data block off the last inference rule's text."""
    rule, data = _split_data(node.rules[-1])
    if not data:
        return
    node.rules[-1] = rule.strip().strip("-").strip()
    used = _USES.search(data)
    if used:
        node.uses[-1] = [int(x) for x in re.findall(r"\d+", used.group(1))]


def _starts_element(stripped: str) -> bool:
    return bool(_STATEMENT.match(stripped) or _ARGUMENT.match(stripped))


def _unescape(text: str) -> str:
    return _ESCAPED.sub(r"\1", text)


def _split_data(text: str) -> tuple[str, str]:
    """Cut a trailing `{...}` data block (balanced braces, escapes respected) off the text."""
    if not text.endswith("}"):
        return text, ""
    depth, k, in_str = 0, len(text) - 1, False
    while k >= 0:
        ch = text[k]
        if ch == '"' and (k == 0 or text[k - 1] != "\\"):
            in_str = not in_str
        elif not in_str and ch == "}" and (k == 0 or text[k - 1] != "\\"):
            depth += 1
        elif not in_str and ch == "{" and (k == 0 or text[k - 1] != "\\"):
            depth -= 1
            if depth == 0:
                return text[:k].rstrip(), text[k:]
        k -= 1
    return text, ""
