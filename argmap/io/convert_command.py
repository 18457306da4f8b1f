"""`argmap convert IN -o OUT`: read any importable format, write any exportable one, report losses."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from argmap.exit_codes import EXIT_OK, EXIT_USAGE, fail
from argmap.wording import counted


def add_convert_arguments(p: argparse.ArgumentParser) -> None:
    """Arguments of `argmap convert` (format ids are checked in the handler to keep start-up fast)."""
    p.add_argument("input", nargs="?", type=Path, metavar="IN", help="the file to read")
    p.add_argument("-o", "--output", type=Path, metavar="OUT", help="the file to write")
    p.add_argument(
        "--from", dest="from_id", metavar="ID", help="format of IN (default: sniffed from content)"
    )
    p.add_argument("--to", dest="to_id", metavar="ID", help="format of OUT (default: from its extension)")
    p.add_argument("--formats", action="store_true", help="list the format ids and exit")
    p.add_argument("--force", action="store_true", help="overwrite OUT if it exists")


def run_convert(args: argparse.Namespace) -> int:
    """Convert; warnings and losses go to stderr, exit 0; unreadable input or bad usage exit 2."""
    from argmap.io.errors import LoadError, SaveError
    from argmap.io.formats import detect_output, formats, get_format, read_map, write_map

    if args.formats:
        for f in formats():
            print(f.describe())
        return EXIT_OK
    if args.input is None or args.output is None:
        print("error: convert needs IN and -o OUT (or --formats)", file=sys.stderr)
        return EXIT_USAGE
    try:
        src = get_format(args.from_id) if args.from_id else None
        dst = get_format(args.to_id) if args.to_id else detect_output(str(args.output))
    except ValueError as e:
        return fail(e)
    if src is not None and src.read is None:
        print(f"error: argmap cannot read {src.name} (--from {src.id})", file=sys.stderr)
        return EXIT_USAGE
    if dst is None or dst.write is None:
        what = (
            f"cannot write {dst.name}"
            if dst
            else f"cannot tell the format of {args.output} from its extension"
        )
        print(f"error: {what}; name one with --to (see --formats)", file=sys.stderr)
        return EXIT_USAGE
    if args.output.exists() and not args.force:
        print(f"error: {args.output} exists; add --force to overwrite it", file=sys.stderr)
        return EXIT_USAGE
    if args.output.exists() and args.input.exists() and args.output.resolve() == args.input.resolve():
        print("error: IN and OUT are the same file", file=sys.stderr)
        return EXIT_USAGE
    try:
        result = read_map(args.input, src.id if src else None)
    except LoadError as e:
        return fail(e)
    for w in result.warnings:
        print(f"{args.input}: warning: {w}", file=sys.stderr)
    try:
        losses = write_map(result.map, args.output, dst.id)
    except SaveError as e:
        return fail(e)
    m = result.map
    print(
        f"{args.output}: written as {dst.name} "
        f"({counted(len(m.claims), 'claim')}, {counted(len(m.arguments), 'argument')})"
    )
    if args.to_id is None and _ambiguous_json(args.output):
        print(f"{args.output}: {json_choice_note(args.output)}", file=sys.stderr)
    for loss in losses:
        print(f"{args.output}: lost in this format: {loss}", file=sys.stderr)
    return EXIT_OK


def _ambiguous_json(path: Path) -> bool:
    """A `.json` name that is not `.argmap.json`: AIF by the extension, though argmap's own maps are JSON too."""
    name = path.name.lower()
    return name.endswith(".json") and not name.endswith(".argmap.json")


def json_choice_note(path: Path) -> str:
    """Which format a plain `.json` name was written in, and how to pick argmap's own (or OVA's)."""
    native = path.with_name(path.name[: -len(".json")] + ".argmap.json").name
    return (
        "a .json name is written as AIF JSON (AIFdb shape); for an argmap map name it "
        f"{native} or add --to argmap (--to ova writes OVA3's shape)"
    )
