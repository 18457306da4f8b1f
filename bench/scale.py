"""Scale figures of issue 14: open-to-first-paint and peak memory of big maps, SVG export of 10,000 claims.

    .venv/bin/python bench/scale.py                  # 10,000 and 50,000 claims, 3 fresh processes each
    .venv/bin/python bench/scale.py --sizes 10000 --runs 1
    .venv/bin/python bench/scale.py --sizes 50000 --runs 1 --window   # also the whole window (slow)
    .venv/bin/python bench/scale.py --sizes 10000 --svg-before   # the SVG through QSvgGenerator, as before issue 14

Each figure comes from a fresh process (what a user who opens the file meets): load the
file, build the window's canvas, show it and paint once; peak resident memory (VmHWM) of
that process; the time to select the map's last claim (far from the first view, as Find
does) and paint it; the SVG export of the whole map, timed in the same process after the
paint. `--window` also opens the file in the whole main window (outline, evaluation,
overview dock: what `argmap FILE` does) in another fresh process, then waits for the work
left after the first paint (evaluation, outline): "all done s" from the start, the longest
the window went without handling events meanwhile (while the bench scrolls the map a little
each round, as a user would), the window thread's own CPU in that stall (far less than the
stall: it waited for the worker thread), the longest frame, and the peak memory at the end; and
the first paint by phase (load, text measurement, layout, the rest of the scene sync, building
the window, the overview picture, the first paint, the rest of opening the file).
Times are medians in seconds, wall clock and this process's CPU time (less sensitive to load); the load average (1 min) is printed before and after, since
other work on a shared machine inflates every figure.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def probe(path: Path, svg: bool, window: bool, svg_before: bool = False) -> None:
    """Child process: open the map in a window, paint once; print JSON {paint, paint_cpu, jump, svg, peak_mb}."""
    if window:
        from ui_bench import Phases, open_window, settle

        phases = Phases.of_window()
        marks: dict[str, float] = {}
        t, cpu = time.perf_counter(), time.process_time()
        with tempfile.TemporaryDirectory(prefix="argmap-scale-") as folder:
            window, _ = open_window(path, Path(folder), marks)
            paint, paint_cpu = time.perf_counter() - t, time.process_time() - cpu
            before = dict(phases.wall), dict(phases.cpu)
            peak = _peak_mb()
            after = settle(window)
        print(
            json.dumps(
                {
                    "paint": paint,
                    "paint_cpu": paint_cpu,
                    "peak_mb": peak,
                    "ready": paint + after["ready"],
                    "stall": after["stall"],
                    "stall_cpu": after["stall cpu"],
                    "frame": after["frame"],
                    "done_mb": _peak_mb(),
                    "marks": marks,
                    "phases": before[0],
                    "phases_cpu": before[1],
                }
            )
        )
        return
    from ui_bench import jump, open_view

    t, cpu = time.perf_counter(), time.process_time()
    view, _ = open_view(path)
    paint, paint_cpu = time.perf_counter() - t, time.process_time() - cpu
    peak = _peak_mb()
    jump_s = jump(view, view.current_map().claims[-1].id)
    svg_s = svg_cpu = svg_mb = None
    if svg:
        from ui.render.export import export_scene

        if svg_before:
            from svg_before import use_qt_svg

            use_qt_svg()

        with tempfile.TemporaryDirectory(prefix="argmap-scale-") as folder:
            t, cpu = time.perf_counter(), time.process_time()
            export_scene(view.map_scene, Path(folder) / "map.svg")
            svg_s, svg_cpu = time.perf_counter() - t, time.process_time() - cpu
            svg_mb = (Path(folder) / "map.svg").stat().st_size / 1e6
    print(
        json.dumps(
            {
                "paint": paint,
                "paint_cpu": paint_cpu,
                "jump": jump_s,
                "svg": svg_s,
                "svg_cpu": svg_cpu,
                "svg_mb": svg_mb,
                "peak_mb": peak,
            }
        )
    )


def _peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _run(path: Path, runs: int, svg: bool, window: bool, svg_before: bool = False) -> list[dict[str, float]]:
    results = []
    for _ in range(runs):
        cmd = [sys.executable, __file__, "--probe", str(path)] + (["--svg"] if svg else [])
        cmd += ["--window"] if window else []
        cmd += ["--svg-before"] if svg_before else []
        out = subprocess.run(cmd, capture_output=True, text=True, env=dict(os.environ), check=True)
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return results


def measure(n: int, runs: int, folder: Path, window: bool, svg_before: bool = False) -> dict[str, str]:
    from maps import make_map

    from argmap.io.native import save

    path = folder / f"tree-{n}.argmap.json"
    save(make_map(n, "tree", seed=n), path, backup=False)
    svg = n <= 10_000
    results = _run(path, runs, svg, False, svg_before)
    row = {
        "claims": f"{n:,}",
        "first paint s": f"{statistics.median(r['paint'] for r in results):.2f}",
        "first paint cpu s": f"{statistics.median(r['paint_cpu'] for r in results):.2f}",
        "peak MB": f"{statistics.median(r['peak_mb'] for r in results):,.0f}",
    }
    if all("jump" in r for r in results):
        row["jump s"] = f"{statistics.median(r['jump'] for r in results):.2f}"
    if svg:
        row["svg s"] = f"{statistics.median(r['svg'] for r in results):.2f}"
        row["svg cpu s"] = f"{statistics.median(r['svg_cpu'] for r in results):.2f}"
        row["svg MB"] = f"{statistics.median(r['svg_mb'] for r in results):.1f}"
    if window:
        whole = _run(path, 1, False, True)[0]
        row["window paint s"] = f"{whole['paint']:.2f}"
        row["window cpu s"] = f"{whole['paint_cpu']:.2f}"
        row["window MB"] = f"{whole['peak_mb']:,.0f}"
        row["all done s"] = f"{whole['ready']:.2f}"
        row["longest stall s"] = f"{whole['stall']:.2f}"
        row["done MB"] = f"{whole['done_mb']:,.0f}"
        row["stall cpu s"] = f"{whole['stall_cpu']:.2f}"
        row["longest frame s"] = f"{whole['frame']:.2f}"
        for name, wall, cpu in by_phase(whole):
            row[f"phase {name}"] = f"{wall:.2f} ({cpu:.2f})"
    return row


PHASES = ["load", "measure", "layout", "scene sync", "window", "outline", "overview", "first paint", "other"]
"""The whole-window first paint by phase; "scene sync" is MapScene.sync less its text measurement
and layout, "window" building and showing the empty window, "outline" listing the map in the
outline, "first paint" the events and paint after the file was opened less the overview picture,
"other" the rest of opening the file."""


def by_phase(whole: dict[str, Any]) -> list[tuple[str, float, float]]:
    """(phase, wall s, CPU s) of one window probe, in the order of `PHASES`; they add up to the first paint."""

    def values(ph: dict[str, float], suffix: str) -> list[float]:
        marks = whole["marks"]
        window, opened, painted = (marks[f"{m}{suffix}"] for m in ("window", "opened", "painted"))
        got = {
            "load": ph.get("load", 0.0),
            "measure": ph.get("measure", 0.0),
            "layout": ph.get("layout", 0.0),
            "scene sync": ph.get("scene sync", 0.0) - ph.get("measure", 0.0) - ph.get("layout", 0.0),
            "window": window,
            "overview": ph.get("overview", 0.0),
            "first paint": painted - opened - ph.get("overview", 0.0),
            "outline": ph.get("outline", 0.0),
            "other": opened
            - window
            - ph.get("load", 0.0)
            - ph.get("scene sync", 0.0)
            - ph.get("outline", 0.0),
        }
        return [got[p] for p in PHASES]

    walls, cpus = values(whole["phases"], ""), values(whole["phases_cpu"], " cpu")
    return list(zip(PHASES, walls, cpus, strict=True))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=lambda s: [int(x) for x in s.split(",")], default=[10_000, 50_000])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--probe", help=argparse.SUPPRESS)
    ap.add_argument("--svg", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--window", action="store_true", help="also open each map in the whole main window")
    ap.add_argument(
        "--svg-before", action="store_true", help="write the SVG through QSvgGenerator (before issue 14)"
    )
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.probe:
        probe(Path(args.probe), args.svg, args.window, args.svg_before)
        return
    before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="argmap-scale-") as folder:
        rows = [measure(n, args.runs, Path(folder), args.window, args.svg_before) for n in args.sizes]
    after = os.getloadavg()[0]
    print(
        f"argmap scale bench, medians of {args.runs} fresh processes; "
        f"load average {before:.1f} -> {after:.1f} on {os.cpu_count()} cores"
    )
    cols = [
        "claims",
        "first paint s",
        "first paint cpu s",
        "peak MB",
        "jump s",
        "svg s",
        "svg cpu s",
        "svg MB",
    ]
    if args.window:
        cols += ["window paint s", "window cpu s", "window MB", "all done s", "longest stall s", "done MB"]
    _table(cols, rows)
    if args.window:
        print()
        print(
            "Whole window, after the first paint: the longest stall, the window's own CPU in it, the longest frame"
        )
        _table(["claims", "longest stall s", "stall cpu s", "longest frame s", "all done s"], rows)
        print()
        print("Whole-window first paint by phase, wall s (CPU s); the phases add up to window paint s")
        _table(["claims", *[f"phase {p}" for p in PHASES], "window paint s"], rows)


def _table(cols: list[str], rows: list[dict[str, str]]) -> None:
    print("| " + " | ".join(c.removeprefix("phase ") for c in cols) + " |")
    print("|" + "|".join("---:" for _ in cols) + "|")
    for r in rows:
        print("| " + " | ".join(r.get(c, "-") for c in cols) + " |")


if __name__ == "__main__":
    main()
