"""The `argmap` entry point: the app, offscreen rendering commands, or the headless argmap.cli."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from argmap.cli import COMMANDS, RENDER_COMMANDS, RENDER_OPTIONS
from argmap.exit_codes import EXIT_USAGE

NO_DISPLAY = (
    "argmap: no display found (DISPLAY and WAYLAND_DISPLAY are not set). Run it from a "
    "desktop session, or on a virtual screen: xvfb-run -a argmap [FILE]"
)


def has_display() -> bool:
    """True when Qt can open a window (or has been told to render offscreen)."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def _wants_render_option(args: list[str]) -> bool:
    """True for a headless command given an option that needs Qt (`grade --pdf-dir DIR`)."""
    options = RENDER_OPTIONS.get(args[0], ()) if args else ()
    return any(a.split("=", 1)[0] in options for a in args[1:])


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch: headless subcommands go to argmap.cli; render commands run Qt offscreen."""
    args = list(sys.argv[1:] if argv is None else argv)
    headless = {name for name, *_ in COMMANDS}
    first = args[0] if args else ""
    if _wants_render_option(args):
        from ui.classroom.report_pdf import grade_with_pdfs

        return grade_with_pdfs(args)
    if first in RENDER_COMMANDS:
        from ui.render.render_cli import main as render_main

        return render_main(args[1:])
    if first in headless or first in ("-h", "--help", "--version"):
        from argmap.cli import main as cli_main

        return cli_main(args)
    if len(args) > 1 or (first.startswith("-") and first):
        print(f"argmap: unknown command or option {first!r}; see argmap --help", file=sys.stderr)
        return EXIT_USAGE
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return EXIT_USAGE
    from ui.app import run

    return run(first or None)


if __name__ == "__main__":
    sys.exit(main())
