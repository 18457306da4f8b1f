"""`argmap export MAP -o OUT.png|svg|pdf`: render a map to a picture without a window (Qt offscreen)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from argmap.cli import build_parser
from argmap.exit_codes import EXIT_OK, EXIT_USAGE, fail


def run(args: argparse.Namespace) -> int:
    """Load the map, lay it out as the canvas does and write the picture; returns the exit code."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from argmap.io.errors import LoadError
    from argmap.io.native import load
    from ui.map.scene import build_scene
    from ui.render.export import ExportError, export_scene

    out = Path(args.output)
    if out.suffix.lower() not in (".png", ".svg", ".pdf"):
        print(f"error: {out}: the output must end in .png, .svg or .pdf", file=sys.stderr)
        return EXIT_USAGE
    try:
        m = load(args.map)
    except LoadError as e:
        return fail(e)
    _app = QApplication.instance() or QApplication(sys.argv[:1])
    scene = build_scene(m)
    try:
        note = export_scene(
            scene,
            out,
            scale=args.scale,
            transparent=args.transparent,
            max_px=args.max_px,
            pdf_layout="tile" if args.tile else "fit",
        )
    except ExportError as e:
        return fail(e)
    print(note)
    del _app
    return EXIT_OK


def main(argv: Sequence[str]) -> int:
    """Parse `export` options (defined with the other commands in argmap.cli) and run."""
    args = build_parser().parse_args(["export", *argv])
    return run(args)
