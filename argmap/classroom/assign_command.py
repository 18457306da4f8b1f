"""`argmap assign MAP -o DIR [--title T] [--instructions FILE] [--force]`: both copies of an assignment, one id.

The teacher's copy holds MAP as the reference (grade against it with `argmap grade`); the
students' copy leaves it out. Both carry the same assignment id, so the maps students
make from theirs grade against the teacher's copy without a warning. The title defaults
to the article's title, never the map's (a map's title often states its main conclusion).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from argmap.exit_codes import EXIT_OK, EXIT_USAGE, fail

TEACHER = "teacher"
STUDENTS = "students"


def add_assign_arguments(p: argparse.ArgumentParser) -> None:
    """The assign command's arguments."""
    p.add_argument(
        "map", type=Path, metavar="MAP", help="the reference map (its article is the assignment's)"
    )
    p.add_argument(
        "-o", "--output", type=Path, required=True, metavar="DIR", help="folder to write both copies to"
    )
    p.add_argument("--title", help="the assignment's title (default: the article's title)")
    p.add_argument(
        "--instructions", type=Path, metavar="FILE", help="a text file with the instructions for students"
    )
    p.add_argument("--force", action="store_true", help="overwrite copies that exist")


def file_stem(title: str) -> str:
    """A file name from a title: no path separators or characters some systems refuse."""
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title)
    stem = " ".join(stem.split()).strip(" .")[:80]
    return stem or "assignment"


def copy_paths(folder: Path, title: str) -> tuple[Path, Path]:
    """(teacher's copy, students' copy) in `folder`."""
    from argmap.classroom.assignment import SUFFIX

    stem = file_stem(title)
    return folder / f"{stem} - {TEACHER}{SUFFIX}", folder / f"{stem} - {STUDENTS}{SUFFIX}"


def run_assign(args: argparse.Namespace) -> int:
    """Write both copies; returns the exit code."""
    from argmap.classroom.assignment import new_assignment, save_assignment, student_copy
    from argmap.io.errors import LoadError, SaveError
    from argmap.io.native import load

    try:
        m = load(args.map)
    except LoadError as e:
        return fail(e)
    if m.article is None:
        print(f"error: {args.map}: the map holds no article, so there is nothing to assign", file=sys.stderr)
        return EXIT_USAGE
    instructions = ""
    if args.instructions is not None:
        try:
            instructions = args.instructions.read_text(encoding="utf-8-sig").strip()
        except (OSError, UnicodeDecodeError) as e:
            print(f"error: {args.instructions}: cannot read the instructions ({e})", file=sys.stderr)
            return EXIT_USAGE
    title = (args.title or m.article.title or "").strip() or "Assignment"
    teacher_path, students_path = copy_paths(args.output, title)
    existing = [p for p in (teacher_path, students_path) if p.exists()]
    if existing and not args.force:
        print(f"error: {existing[0]} exists (use --force to overwrite)", file=sys.stderr)
        return EXIT_USAGE
    a = new_assignment(m.article, title, reference=m, instructions=instructions)
    try:
        args.output.mkdir(parents=True, exist_ok=True)
        save_assignment(a, teacher_path)
        save_assignment(student_copy(a), students_path)
    except (SaveError, OSError) as e:
        return fail(e)
    print(f"{teacher_path}: the teacher's copy, with the reference map (grade against this one)")
    print(f"{students_path}: the students' copy, without the reference (hand this one out)")
    return EXIT_OK
