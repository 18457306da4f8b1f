"""Grading a class: every student map against one reference, as rows for a table, JSON or CSV.

    reference, weights, assignment_id = load_reference(path)
    rows = grade_files(reference, student_files(["maps/", "late.argmap.json"]), weights, assignment_id)
    print(format_table(rows)); write_csv(rows, "class.csv")

A row is one student: the file, the student's name (from the map, else the file name),
the Map Match result, or the error that kept the map from being graded (unreadable,
or made from a different article: `refused`), and warnings: made for another
assignment, error-level findings (graded all the same), spans re-found in the teacher's
copy of the article (a map made from the .docx or .md version of the same text).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argmap.analysis.findings import Level, validate
from argmap.analysis.map_match import LINE_TITLES, DifferentArticle, MatchResult, Weights, map_match
from argmap.classroom.same_article import onto_reference_article
from argmap.io.errors import LoadError
from argmap.io.files import write_atomic
from argmap.io.native import SUFFIX, load
from argmap.model import ArgumentMap
from argmap.wording import counted

SHORT_TITLES = {
    "conclusion": "concl",
    "units": "units",
    "polarity": "polar",
    "attachment": "attach",
    "linked": "linked",
}


@dataclass
class StudentRow:
    """One student's outcome: a result, or the reason there is none."""

    file: Path
    student: str
    result: MatchResult | None = None
    student_map: ArgumentMap | None = None
    error: str = ""
    refused: bool = False
    """The map was made from a different article."""
    warnings: list[str] | None = None
    reference: ArgumentMap | None = None
    """The map graded against (for the missing claims' wording)."""

    @property
    def warning(self) -> str:
        """All warnings in one line ("" when none)."""
        return "; ".join(self.warnings or [])

    def warn(self, text: str) -> None:
        """Add a warning about this student's map."""
        self.warnings = [*(self.warnings or []), text]

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready: file, student, lines, total, explanations, missing and extra claims (or error)."""
        out: dict[str, Any] = {"file": str(self.file), "student": self.student}
        if self.warnings:
            out["warnings"] = list(self.warnings)
        if self.result is None:
            out["error"] = self.error
            return out
        out.update(self.result.as_dict())
        out["explanations"] = {x.key: x.detail for x in self.result.lines}
        al = self.result.alignment
        if self.reference is not None:
            out["missing"] = [{"id": i, "text": self.reference.claim(i).text} for i in al.missing]
        if self.student_map is not None:
            out["extra"] = [{"id": i, "text": self.student_map.claim(i).text} for i in al.extra]
        return out


def student_files(paths: Iterable[str | Path]) -> list[Path]:
    """Map files named, and the `*.argmap.json` files anywhere inside folders named (sorted by path)."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out += sorted(x for x in p.rglob(f"*{SUFFIX}") if x.is_file())
        else:
            out.append(p)
    return list(dict.fromkeys(out))


def student_name(m: ArgumentMap | None, path: Path) -> str:
    """The name the student typed, else the file name without its suffix."""
    if m is not None and m.classroom is not None and m.classroom.student:
        return m.classroom.student
    return path.name.removesuffix(SUFFIX).removesuffix(".json")


def grade_files(
    reference: ArgumentMap,
    files: Sequence[Path],
    weights: Weights | None = None,
    assignment_id: str = "",
    pairings: Mapping[str, Mapping[str, str | None]] | None = None,
) -> list[StudentRow]:
    """Grade every file; a file that cannot be graded gets a row with its error.

    `pairings` holds the teacher's pairings from the Compare window, per student name.
    """
    rows: list[StudentRow] = []
    for f in files:
        try:
            m = load(f)
        except LoadError as e:
            rows.append(StudentRow(f, student_name(None, f), error=str(e)))
            continue
        row = StudentRow(f, student_name(m, f), student_map=m, reference=reference)
        got = m.classroom.assignment_id if m.classroom else ""
        if assignment_id and got and got != assignment_id:
            row.warn(f"{f}: made for another assignment ({got}, not {assignment_id})")
        errors = [x for x in validate(m) if x.level is Level.ERROR]
        if errors:
            shown = "; ".join(x.message for x in errors[:3]) + (" …" if len(errors) > 3 else "")
            row.warn(f"{f}: graded although `argmap validate` finds {counted(len(errors), 'error')}: {shown}")
        try:
            m, note = onto_reference_article(reference, m)
            if note:
                row.warn(f"{f}: {note}")
            row.student_map = m
            row.result = map_match(reference, m, weights, (pairings or {}).get(row.student))
        except DifferentArticle as e:
            row.error = f"{f}: {e}"
            row.refused = True
        rows.append(row)
    return rows


def format_table(rows: Sequence[StudentRow]) -> str:
    """The class table: one row per student, each line's score and the total, as percentages."""
    keys = list(LINE_TITLES)
    header = ["student", *(SHORT_TITLES[k] for k in keys), "total"]
    body: list[list[str]] = []
    for r in rows:
        if r.result is None:
            body.append([r.student, *(["-"] * len(keys)), "refused" if r.refused else "error"])
            continue
        cells = [_pct(r.result.line(k).score) for k in keys]
        body.append([r.student, *cells, _pct(r.result.total)])
    widths = [max(len(row[i]) for row in [header, *body]) for i in range(len(header))]
    lines = []
    for row in [header, *body]:
        first = row[0].ljust(widths[0])
        rest = [cell.rjust(w) for cell, w in zip(row[1:], widths[1:], strict=True)]
        lines.append("  ".join([first, *rest]).rstrip())
    return "\n".join(lines)


def _pct(score: float | None) -> str:
    return "n/a" if score is None else f"{score:.0%}"


def csv_text(rows: Sequence[StudentRow]) -> str:
    """The class table as CSV: file, student, one column per line (0..1, empty for n/a), total, error."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    keys = list(LINE_TITLES)
    w.writerow(["file", "student", *keys, "total", "error"])
    for r in rows:
        if r.result is None:
            w.writerow([str(r.file), r.student, *([""] * len(keys)), "", r.error])
            continue
        scores = ["" if r.result.line(k).score is None else f"{r.result.line(k).score:.4f}" for k in keys]
        w.writerow([str(r.file), r.student, *scores, f"{r.result.total:.4f}", ""])
    return buf.getvalue()


def write_csv(rows: Sequence[StudentRow], path: str | Path) -> None:
    """Write the class table CSV atomically (UTF-8 with BOM so spreadsheet apps read names right)."""
    write_atomic(path, ("\ufeff" + csv_text(rows)).encode("utf-8"))
