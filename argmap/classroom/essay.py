"""Essay outline from a map: thesis, reasons ("because"), objections ("however"), conclusion ("therefore").

    outline = essay_outline(m)
    text = outline_markdown(outline)          # Markdown
    write_outline_docx(outline, "essay.docx") # Word, headings and indented bullets

The outline follows the map's structure: each main conclusion is a section; a reason
for a claim is a "Because" point under it, an objection a "However" point, an
undercut a "However, that reasoning fails if" point, each with its own reasons
nested below; the section closes with "Therefore," and the thesis again.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from argmap.io.files import write_atomic
from argmap.model import Aim, ArgumentMap, Relation, Role

BECAUSE = "Because"
HOWEVER = "However,"
UNDERCUT = "However, that reasoning fails if"
THEREFORE = "Therefore,"
AND = "and"


@dataclass(frozen=True)
class Point:
    """One line of the outline: a connective, the sentence, and its depth (0 = directly under the thesis)."""

    depth: int
    connective: str
    text: str


@dataclass
class Section:
    """One main conclusion with its points, closed by a 'Therefore' restatement."""

    thesis: str
    therefore: str
    """The closing line: "Therefore," and the thesis."""
    points: list[Point] = field(default_factory=list)


@dataclass
class EssayOutline:
    """The outline of a whole map: a title, sections, and claims not yet connected to anything."""

    title: str
    sections: list[Section] = field(default_factory=list)
    loose: list[str] = field(default_factory=list)


def essay_outline(m: ArgumentMap) -> EssayOutline:
    """The map as an essay plan; every claim appears once (a shared premise under its first reason).

    After a connective a claim's first letter is lower-cased when that word also occurs
    in lower case in the article or the map ("Open models" -> "open models"), so names
    ("Mark Zuckerberg") keep their capital.
    """
    out = EssayOutline(title=m.title or (m.article.title if m.article else "") or "Untitled map")
    common = _lower_words(" ".join([m.article.text if m.article else ""] + [c.text for c in m.claims]))
    seen: set[str] = set()
    # main conclusions first; then, for claims caught in a support cycle, tagged conclusions and the rest
    starts = [c for c in m.roots() if m.reasons_for(c.id)]
    starts += sorted((c for c in m.claims if m.reasons_for(c.id)), key=lambda c: c.role != Role.CONCLUSION)
    for root in starts:
        if root.id in seen:
            continue
        seen.add(root.id)
        thesis = _sentence(root.text)
        section = Section(thesis=thesis, therefore=f"{THEREFORE} {_lower_first(thesis, common)}")
        _reasons(m, root.id, 0, section.points, seen, common)
        out.sections.append(section)
    out.loose = [_sentence(c.text) for c in m.claims if c.id not in seen]
    return out


def _reasons(
    m: ArgumentMap, target: str, depth: int, points: list[Point], seen: set[str], common: set[str]
) -> None:
    for a in m.reasons_for(target):
        fresh = [p for p in a.premises if p not in seen]
        if not fresh:
            continue
        seen.update(fresh)
        if a.relation == Relation.SUPPORT:
            connective = BECAUSE
        else:
            on_inference = target in {x.id for x in m.arguments} and a.aim is Aim.INFERENCE
            connective = UNDERCUT if on_inference else HOWEVER
        text = f" {AND} ".join(_lower_first(_clause(m.claim(p).text), common) for p in fresh)
        points.append(Point(depth, connective, _sentence(text)))
        _reasons(m, a.id, depth + 1, points, seen, common)  # undercuts of this reasoning
        for p in fresh:
            _reasons(m, p, depth + 1, points, seen, common)


def outline_markdown(outline: EssayOutline) -> str:
    """The outline as Markdown: a heading per section, nested bullets with bold connectives."""
    lines = [f"# Essay outline: {_md(outline.title)}", ""]
    for n, section in enumerate(outline.sections, 1):
        lines += [f"## {n}. {_md(section.thesis)}", ""]
        for point in section.points:
            lines.append(f"{'  ' * point.depth}- **{point.connective}** {_md(point.text)}")
        lines += [f"- **{THEREFORE}** {_md(section.therefore.removeprefix(THEREFORE).strip())}", ""]
    if outline.loose:
        lines += ["## Points not yet connected", ""]
        lines += [f"- {_md(text)}" for text in outline.loose]
        lines.append("")
    return "\n".join(lines)


def write_outline_docx(outline: EssayOutline, path: str | Path) -> None:
    """Write the outline as a Word document (atomically); raises SaveError."""
    import io

    import docx

    d = docx.Document()
    d.core_properties.title = outline.title
    d.add_heading(f"Essay outline: {outline.title}", level=0)
    for n, section in enumerate(outline.sections, 1):
        d.add_heading(f"{n}. {section.thesis}", level=1)
        for point in section.points:
            _bullet(d, point.depth, point.connective, point.text)
        _bullet(d, 0, THEREFORE, section.therefore.removeprefix(THEREFORE).strip())
    if outline.loose:
        d.add_heading("Points not yet connected", level=1)
        for text in outline.loose:
            d.add_paragraph(text, style="List Bullet")
    buffer = io.BytesIO()
    d.save(buffer)
    write_atomic(path, buffer.getvalue())


def _bullet(d: object, depth: int, connective: str, text: str) -> None:
    style = "List Bullet" if depth == 0 else f"List Bullet {min(depth + 1, 3)}"
    paragraph = d.add_paragraph(style=style)  # type: ignore[attr-defined]
    paragraph.add_run(connective).bold = True
    paragraph.add_run(f" {text}")


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if not text or text[-1] in ".!?…" else text + "."


def _clause(text: str) -> str:
    return " ".join(text.split()).rstrip(".")


_ORDINARY = (
    "a an the this that these those it its they we you he she if when while because since although "
    "as so but and or not no there here our their some many most all"
)
_FUNCTION_WORDS = frozenset(_ORDINARY.split())


def _lower_words(text: str) -> set[str]:
    """Ordinary words of `text`: seen in lower case more often than capitalised mid-sentence (names)."""
    lower = Counter(w for w in re.findall(r"[^\W\d_]+", text) if w[0].islower())
    names = Counter(m.group(1).lower() for m in re.finditer(r"[^.!?\s“\"(:]\s+([A-Z][^\W\d_]*)", text))
    return {w for w, n in lower.items() if n > names[w]} | _FUNCTION_WORDS


def _lower_first(text: str, common: set[str]) -> str:
    """Lower-case the first word after a connective when it is an ordinary word (seen in lower case)."""
    match = re.match(r"[^\W\d_]+", text)
    if match and match.group().lower() in common and match.group()[1:].islower():
        return text[0].lower() + text[1:]
    return text


def _md(text: str) -> str:
    for ch in "\\*_`[]<>#":
        text = text.replace(ch, "\\" + ch)
    return text
