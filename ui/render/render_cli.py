"""`argmap export MAP -o OUT.png|svg|pdf`: render a map to a picture without a window (Qt offscreen)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from argmap.cli import build_parser
from argmap.exit_codes import EXIT_OK, EXIT_USAGE, fail

if TYPE_CHECKING:
    from argmap.model import ArgumentMap
    from ui.map.scene import MapScene


def run(args: argparse.Namespace) -> int:
    """Load the map, lay it out as the canvas does and write the picture; returns the exit code."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from argmap.io.errors import LoadError
    from argmap.io.native import load
    from ui.map.scene import build_scene
    from ui.render.caption import Caption
    from ui.render.export import ExportError, export_scene

    out = Path(args.output)
    layout_json = out.name.lower().endswith(".layout.json")
    if out.suffix.lower() not in (".png", ".svg", ".pdf") and not layout_json:
        print(f"error: {out}: the output must end in .png, .svg, .pdf or .layout.json", file=sys.stderr)
        return EXIT_USAGE
    try:
        m = load(args.map)
    except LoadError as e:
        return fail(e)
    _app = QApplication.instance() or QApplication(sys.argv[:1])
    scene = build_scene(m)
    if layout_json:
        return write_layout_json(m, scene, out)
    try:
        note = export_scene(
            scene,
            out,
            scale=args.scale,
            transparent=args.transparent,
            max_px=args.max_px,
            pdf_layout="tile" if args.tile else "fit",
            caption=Caption(args.title or "", args.name or "", bool(args.legend)),
            pdf_title=m.title,
        )
    except ExportError as e:
        return fail(e)
    print(note)
    del _app
    return EXIT_OK


def write_layout_json(m: ArgumentMap, scene: MapScene, out: Path) -> int:
    """Write the geometry the canvas draws (argmap.layout.export) atomically; returns the exit code."""
    from argmap.layout.export import dump_layout, layout_file

    if scene.layout is None:
        return fail(f"{out}: the map could not be laid out")
    text = dump_layout(layout_file(m, scene.layout))
    tmp = out.with_name(f".{out.name}.{os.getpid()}.partial")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, out)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        return fail(f"{out}: could not be written ({e.strerror or e})")
    from argmap.wording import counted

    boxes, lines = len(scene.layout.boxes), len(scene.layout.edges)
    print(f"{out}: {counted(boxes, 'box', 'boxes')}, {counted(lines, 'connector')}")
    return EXIT_OK


def main(argv: Sequence[str]) -> int:
    """Parse `export` options (defined with the other commands in argmap.cli) and run."""
    args = build_parser().parse_args(["export", *argv])
    return run(args)
