"""The `argmap` entry point: the app, offscreen rendering commands, or the headless argmap.cli."""

from __future__ import annotations

import difflib
import sys
from collections.abc import Sequence
from pathlib import Path

from argmap.cli import COMMANDS, RENDER_COMMANDS, RENDER_OPTIONS, usage_error
from argmap.exit_codes import EXIT_USAGE
from ui.display_check import display_problem

HEADLESS_OPTIONS = ("-h", "--help", "--version", "--install-desktop-entry")
"""Options argmap.cli answers without a window."""


def _wants_render_option(args: list[str]) -> bool:
    """True for a headless command given an option that needs Qt (`grade --pdf-dir DIR`)."""
    options = RENDER_OPTIONS.get(args[0], ()) if args else ()
    return any(a.split("=", 1)[0] in options for a in args[1:])


def _not_a_file(name: str, commands: list[str]) -> str:
    """The usage error for a word that is neither a file nor a command (a typo such as `valdiate`)."""
    close = difflib.get_close_matches(name, commands, n=1)
    hint = f"; did you mean `argmap {close[0]}`?" if close else ""
    return f"{name!r} is neither a file nor a command{hint}"


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch: headless subcommands go to argmap.cli; render commands run Qt offscreen."""
    args = list(sys.argv[1:] if argv is None else argv)
    commands = [name for name, *_ in COMMANDS]
    first = args[0] if args else ""
    if _wants_render_option(args):
        from ui.classroom.report_pdf import grade_with_pdfs

        return grade_with_pdfs(args)
    if first in RENDER_COMMANDS:
        from ui.render.render_cli import main as render_main

        return render_main(args[1:])
    if first in commands or first in HEADLESS_OPTIONS:
        from argmap.cli import main as cli_main

        return cli_main(args)
    if len(args) > 1 or (first.startswith("-") and first):
        print(f"argmap: unknown command or option {first!r}; see argmap --help", file=sys.stderr)
        return EXIT_USAGE
    if first and not Path(first).exists():
        return usage_error(_not_a_file(first, commands))
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return EXIT_USAGE
    from ui.app import run

    return run(first or None)


if __name__ == "__main__":
    sys.exit(main())
