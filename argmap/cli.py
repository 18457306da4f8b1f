"""Headless command line: validate, stats, schema (and the commands later modules register); no Qt."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from argmap import __version__
from argmap.exit_codes import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, fail
from argmap.wording import counted

Handler = Callable[[argparse.Namespace], int]
CommandSpec = tuple[str, str, Callable[[argparse.ArgumentParser], None], Handler]


def _cmd_validate(args: argparse.Namespace) -> int:
    from argmap.analysis.findings import Level, validate
    from argmap.io.errors import LoadError
    from argmap.io.native import load

    worst = EXIT_OK
    for path in args.files:
        try:
            m = load(path)
        except LoadError as e:
            worst = max(worst, fail(e))
            continue
        findings = validate(m)
        for f in findings:
            print(f"{path}: {f}", file=sys.stderr)
        n_err = sum(f.level is Level.ERROR for f in findings)
        n_warn = len(findings) - n_err
        status = "invalid" if n_err else "ok"
        print(
            f"{path}: {status} ({counted(len(m.claims), 'claim')}, {counted(len(m.arguments), 'argument')}, "
            f"{counted(n_err, 'error')}, {counted(n_warn, 'warning')})"
        )
        if n_err:
            worst = max(worst, EXIT_FINDINGS)
    return worst


def _cmd_stats(args: argparse.Namespace) -> int:
    from argmap.analysis.stats import map_stats
    from argmap.io.errors import LoadError
    from argmap.io.native import load

    try:
        m = load(args.file)
    except LoadError as e:
        return fail(e)
    stats = map_stats(m)
    if args.json:
        print(json.dumps({"file": str(args.file), **stats}, indent=2, ensure_ascii=False))
    else:
        width = max(len(k) for k in stats)
        for key, value in stats.items():
            shown = f"{value:.0%}" if key == "anchored_share" and isinstance(value, float) else value
            print(f"{key.replace('_', ' '):<{width}}  {shown}")
    return EXIT_OK


def _cmd_schema(args: argparse.Namespace) -> int:
    from argmap.model import ArgumentMap

    schema = ArgumentMap.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "argmap map (*.argmap.json)"
    print(json.dumps(schema, indent=2, sort_keys=True))
    return EXIT_OK


def _args_validate(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+", type=Path, metavar="FILE", help="map files to check")


def _args_stats(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")


def _args_schema(p: argparse.ArgumentParser) -> None:
    del p


def _cmd_import(args: argparse.Namespace) -> int:
    from argmap.articles.import_command import run

    return run(args)


def _args_import(p: argparse.ArgumentParser) -> None:
    p.add_argument("article", type=Path, metavar="ARTICLE", help="a .txt, .md, .html, .pdf or .docx file")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="MAP", help="the map file to write")
    p.add_argument("--title", help="title of the map (default: the article's title)")
    p.add_argument("--force", action="store_true", help="overwrite MAP if it exists")


def _args_grade(p: argparse.ArgumentParser) -> None:
    from argmap.classroom.grade_command import add_grade_arguments

    add_grade_arguments(p)


def _cmd_grade(args: argparse.Namespace) -> int:
    from argmap.classroom.grade_command import run_grade

    return run_grade(args)


def _args_assign(p: argparse.ArgumentParser) -> None:
    from argmap.classroom.assign_command import add_assign_arguments

    add_assign_arguments(p)


def _cmd_assign(args: argparse.Namespace) -> int:
    from argmap.classroom.assign_command import run_assign

    return run_assign(args)


def _args_export(p: argparse.ArgumentParser) -> None:
    p.add_argument("map", type=Path, metavar="MAP", help="the map file to draw")
    p.add_argument(
        "-o", "--output", type=Path, required=True, metavar="OUT", help="OUT.png, OUT.svg, OUT.pdf or OUT.layout.json (boxes and connectors)"
    )
    p.add_argument("--scale", type=float, default=1.0, help="PNG pixels per map pixel (2 or 3 for print)")
    p.add_argument("--transparent", action="store_true", help="PNG with a transparent background, not white")
    p.add_argument(
        "--max-px", type=int, default=8000, metavar="N", help="cap on the PNG's long side (0: none)"
    )
    fit = p.add_mutually_exclusive_group()
    fit.add_argument("--page-fit", action="store_true", help="PDF: the whole map on one page (default)")
    fit.add_argument("--tile", action="store_true", help="PDF: the map at 100%%, tiled across A4 pages")
    p.add_argument(
        "--title", metavar="TEXT", help="a title line above the map (a PDF uses the map's title without it)"
    )
    p.add_argument("--name", metavar="NAME", help="the student's name, under the title")
    p.add_argument("--legend", action="store_true", help="a legend of the kinds of claim and the relations")


def _cmd_export(args: argparse.Namespace) -> int:
    del args
    print(
        "error: export draws with Qt: run it through the `argmap` command, not `python -m argmap`",
        file=sys.stderr,
    )
    return EXIT_USAGE


def _args_convert(p: argparse.ArgumentParser) -> None:
    from argmap.io.convert_command import add_convert_arguments

    add_convert_arguments(p)


def _cmd_convert(args: argparse.Namespace) -> int:
    from argmap.io.convert_command import run_convert

    return run_convert(args)


COMMANDS: list[CommandSpec] = [
    ("validate", "check map files; exit 1 if any has error-level findings", _args_validate, _cmd_validate),
    ("stats", "counts of a map: claims, arguments, depth, anchored share", _args_stats, _cmd_stats),
    ("schema", "print the JSON Schema of the native format", _args_schema, _cmd_schema),
    ("import", "make a new, empty map from an article (txt, md, html, pdf, docx)", _args_import, _cmd_import),
    (
        "grade",
        "compare student maps with a reference (Map Match): table, --json, --csv",
        _args_grade,
        _cmd_grade,
    ),
    (
        "assign",
        "write an assignment's teacher's copy (with MAP as the reference) and students' copy, one id",
        _args_assign,
        _cmd_assign,
    ),
    ("export", "draw a map as PNG, SVG or PDF (format from the extension of -o)", _args_export, _cmd_export),
    (
        "convert",
        "convert between map formats (AIF, OVA, Argdown, Kialo, microtext, GraphML, DOT, outline)",
        _args_convert,
        _cmd_convert,
    ),
]
"""Headless subcommands: (name, help, add-arguments, handler). Other modules append theirs."""

RENDER_COMMANDS = ("export",)
"""Subcommands that render pictures and so run in the Qt app's entry point (ui.main)."""

RENDER_OPTIONS: dict[str, tuple[str, ...]] = {"grade": ("--pdf-dir",)}
"""Options of headless commands that need Qt to render: with one of them, ui.main runs the command."""


USAGE = """argmap [FILE]
       argmap COMMAND [ARGS...]    (argmap COMMAND --help for its arguments)
       argmap --version | --install-desktop-entry"""


def build_parser() -> argparse.ArgumentParser:
    """The parser of every headless subcommand (also used for `argmap --help`)."""
    parser = argparse.ArgumentParser(
        prog="argmap",
        usage=USAGE,
        description=(
            "Map the arguments in an article. `argmap` alone opens the app; `argmap FILE` opens FILE in "
            "it: a map (any format `argmap convert` reads) or an article (.txt, .md, .html, .pdf, .docx) "
            "for a new map."
        ),
    )
    parser.add_argument("--version", action="version", version=f"argmap {__version__}")
    parser.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="add argmap to the desktop's application menu: a .desktop file and an icon in "
        "$XDG_DATA_HOME (~/.local/share)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, help_text, add_args, handler in COMMANDS:
        p = sub.add_parser(name, help=help_text, description=help_text)
        add_args(p)
        p.set_defaults(handler=handler)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one headless command; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if args.install_desktop_entry:
        return _install_desktop_entry()
    if handler is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return handler(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


def usage_error(message: str) -> int:
    """Print the usage and `argmap: error: MESSAGE` to stderr, as argparse does; returns EXIT_USAGE."""
    parser = build_parser()
    parser.print_usage(sys.stderr)
    print(f"argmap: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def _install_desktop_entry() -> int:
    from argmap.desktop_entry import install

    try:
        written = install()
    except OSError as e:
        return fail(
            f"{e.filename or 'the XDG data folder'}: could not write the desktop entry ({e.strerror or e})"
        )
    for path in written:
        print(path)
    print("argmap is in the application menu (log out and in again if it does not show yet)")
    return EXIT_OK
