"""`argmap grade REFERENCE STUDENT... [--json] [--csv FILE] [--pdf-dir DIR]`: the headless part.

argmap.cli calls `run_grade(args)`; with `--pdf-dir` the command must come through the
app's entry point (ui.main), which calls `run_grade(args, render_pdf=...)` with a Qt
renderer (ui/report_pdf.py). Everything else here is Qt-free.

Exit codes: 0 every student graded; 2 bad usage, unreadable reference, no student
maps, or any student map refused (made from a different article) or unreadable: the
others are still graded and shown.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from argmap.exit_codes import EXIT_OK, EXIT_USAGE, fail

if TYPE_CHECKING:  # argmap.cli builds this parser on every start: keep pydantic out of it
    from argmap.analysis.map_match import Weights

PdfRenderer = Callable[[str, Path], None]
"""(HTML document, output path) -> writes a PDF; provided by the Qt side."""


def add_grade_arguments(p: argparse.ArgumentParser) -> None:
    """The grade command's arguments."""
    p.add_argument(
        "reference", type=Path, metavar="REFERENCE", help="the reference map or assignment package"
    )
    p.add_argument(
        "students", nargs="+", type=Path, metavar="STUDENT", help="student maps, or folders of them"
    )
    p.add_argument("--json", action="store_true", help="print JSON (per student: file, lines, total)")
    p.add_argument("--csv", type=Path, metavar="FILE", help="also write the class table as CSV")
    p.add_argument(
        "--pdf-dir", type=Path, metavar="DIR", help="also write a feedback PDF per student into DIR"
    )
    p.add_argument(
        "--weights",
        metavar="LINE=W,...",
        help="weights of the lines (conclusion, units, polarity, attachment, linked); "
        "default: the assignment's, else 0.2,0.3,0.15,0.25,0.1",
    )


def parse_weights(text: str, base: Weights) -> Weights:
    """`units=2,linked=0` over `base`; ValueError with one message naming the bad part."""
    import math

    from argmap.analysis.map_match import Weights

    data = base.model_dump()
    for part in filter(None, (x.strip() for x in text.split(","))):
        key, eq, value = part.partition("=")
        key = key.strip()
        if not eq or key not in data:
            raise ValueError(f"--weights: {part!r} is not LINE=NUMBER with LINE one of {', '.join(data)}")
        try:
            number = float(value)
        except ValueError:
            raise ValueError(f"--weights: {value.strip()!r} is not a number") from None
        if not math.isfinite(number) or number < 0:
            raise ValueError(f"--weights: {key} must be a number of 0 or more (not {value.strip()})")
        data[key] = number
    if not any(v > 0 for v in data.values()):
        raise ValueError("--weights: at least one line must have a weight above 0")
    return Weights.model_validate(data)


def pdf_names(files: list[Path]) -> dict[Path, str]:
    """A distinct PDF file name per student file: the file's stem, with its folder's name when stems repeat."""

    def stem(f: Path) -> str:
        return f.name.removesuffix(".argmap.json").removesuffix(".json")

    counts: dict[str, int] = {}
    for f in files:
        counts[stem(f)] = counts.get(stem(f), 0) + 1
    out: dict[Path, str] = {}
    used: set[str] = set()
    for f in files:
        name = stem(f) if counts[stem(f)] == 1 else f"{f.parent.name} - {stem(f)}"
        base, n = name, 2
        while name in used:
            name, n = f"{base} ({n})", n + 1
        used.add(name)
        out[f] = f"{name}.feedback.pdf"
    return out


def run_grade(args: argparse.Namespace, render_pdf: PdfRenderer | None = None) -> int:
    """Grade, print, and write the requested files; returns the exit code."""
    from argmap.analysis.feedback import feedback_html
    from argmap.classroom.assignment import read_reference
    from argmap.classroom.grading import format_table, grade_files, student_files, write_csv
    from argmap.io.errors import LoadError, SaveError

    if args.pdf_dir is not None and render_pdf is None:
        print(
            "error: --pdf-dir renders PDFs with Qt: run it as `argmap grade ...` (the app's entry point), "
            "not `python -m argmap`",
            file=sys.stderr,
        )
        return EXIT_USAGE
    try:
        ref = read_reference(args.reference)
    except LoadError as e:
        return fail(e)
    weights = ref.weights
    try:
        weights = parse_weights(args.weights or "", weights)
    except ValueError as e:
        return fail(e)
    files = student_files(args.students)
    if not files:
        print("error: no student maps (*.argmap.json) found in the folders given", file=sys.stderr)
        return EXIT_USAGE
    rows = grade_files(ref.map, files, weights, ref.assignment_id, ref.pairings)
    worst = EXIT_OK
    for r in rows:
        for w in r.warnings or []:
            print(f"warning: {w}", file=sys.stderr)
        if r.result is None:
            print(f"error: {r.error}", file=sys.stderr)
            worst = EXIT_USAGE
    if args.json:
        doc = {"reference": str(args.reference), "students": [r.as_dict() for r in rows]}
        print(json.dumps(doc, indent=2, ensure_ascii=False))
    else:
        print(format_table(rows))
    try:
        if args.csv is not None:
            write_csv(rows, args.csv)
        if args.pdf_dir is not None and render_pdf is not None:
            args.pdf_dir.mkdir(parents=True, exist_ok=True)
            names = pdf_names([r.file for r in rows])
            for r in rows:
                if r.result is not None and r.student_map is not None:
                    html = feedback_html(ref.map, r.student_map, r.result, r.student)
                    render_pdf(html, args.pdf_dir / names[r.file])
    except (SaveError, OSError) as e:
        return fail(e)
    return worst
