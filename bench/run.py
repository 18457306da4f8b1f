"""Benchmarks of big maps: prints a table of medians (layout, load, save, edit, memory, dot, canvas).

    .venv/bin/python bench/run.py            # full: 1k, 10k, 50k claims, trees and DAGs, 5 runs
    .venv/bin/python bench/run.py --quick    # 1k and 10k trees, 3 runs, dot at 1k only
    .venv/bin/python bench/run.py --no-ui    # core only (no Qt)

Maps are generated (bench/maps.py): wrapped claim text of 5-40 words, linked
premises, attacks, undercuts; "dag" adds premises that back two claims. The canvas
columns run ui.map offscreen. Times are wall-clock medians in ms; the machine's load
average is printed, since other work on a shared machine inflates every figure.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core_bench import dot_time, edit_latency, layout_time, load_save_times
from maps import make_map, sizes_of


def ms(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    if math.isinf(seconds):
        return "timeout"
    return f"{seconds * 1000:,.1f}" if seconds < 0.1 else f"{seconds * 1000:,.0f}"


def memory_probe(path: str, ui: bool) -> None:
    """Child process: open the map (load, layout, and the canvas with `ui`); print peak RSS in MB."""
    from argmap.io.native import load

    if ui:
        from ui_bench import open_view

        view, _ = open_view(Path(path))
        view.viewport().repaint()
    else:
        from argmap.layout import layout_map

        m = load(path)
        layout_map(m, sizes_of(m))
    print(_peak_rss_mb())


def _peak_rss_mb() -> float:
    """Peak resident memory of this process image in MB.

    VmHWM belongs to the current memory map; ru_maxrss would not do: Linux carries the
    parent's peak across fork and exec, so a probe started by this large bench process
    reported the bench's own peak (957 MB where the app alone peaks under 300 MB).
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def peak_mb(path: Path, ui: bool) -> str:
    """Peak resident memory of a fresh process that opens the map ("-" if the probe fails)."""
    cmd = [sys.executable, __file__, "--memory-probe", str(path)] + (["--ui"] if ui else [])
    out = subprocess.run(cmd, capture_output=True, text=True, env=dict(os.environ))
    if out.returncode != 0:
        print(out.stderr[-2000:], file=sys.stderr)
        return "-"
    return f"{float(out.stdout.strip().splitlines()[-1]):,.0f}"


def measure(n: int, shape: str, runs: int, ui: bool, dot_timeout: float | None) -> dict[str, str]:
    m = make_map(n, shape, seed=n)
    sizes = sizes_of(m)
    row: dict[str, str] = {"claims": f"{n:,}", "shape": shape, "args": f"{len(m.arguments):,}"}
    t_layout, t_cpu = layout_time(m, sizes, runs)
    row["layout"], row["layout cpu"] = ms(t_layout), ms(t_cpu)
    t_save, t_load, path = load_save_times(m, runs)
    row["save"], row["load"] = ms(t_save), ms(t_load)
    add, undo = edit_latency(m, dict(sizes), runs)
    row["edit"], row["undo"] = ms(add), ms(undo)
    if dot_timeout is not None:
        t_dot = dot_time(m, sizes, 1 if n >= 10_000 else runs, dot_timeout)
        row["dot"] = ms(t_dot)
        if t_dot is not None:
            ratio = (
                ">" + f"{dot_timeout / t_layout:,.0f}x" if math.isinf(t_dot) else f"{t_dot / t_layout:,.0f}x"
            )
            row["dot/layout"] = ratio
    if ui:
        import ui_bench
        from core_bench import deepest_claim

        from argmap.layout import layout_map

        row["scene"] = ms(ui_bench.scene_build(m, max(1, runs // 2) if n >= 50_000 else runs))
        row["first paint"] = ms(ui_bench.first_paint(path, 1 if n >= 50_000 else 3))
        view, _ = ui_bench.open_view(path)
        fit, full = ui_bench.frame_times(view, runs)
        row["frame fit"], row["frame 100%"] = ms(fit), ms(full)
        if n <= 10_000:
            svg, png = ui_bench.export_times(view)
            row["svg"], row["png"] = ms(svg), ms(png)
        target = deepest_claim(layout_map(view.session.map, sizes))
        add, undo = ui_bench.edit_with_scene(view, target, runs)
        row["edit+scene"], row["undo+scene"] = ms(add), ms(undo)
        view.close()
    row["peak MB"] = peak_mb(path, ui)
    return row


def table(rows: list[dict[str, str]]) -> str:
    cols = list(dict.fromkeys(k for r in rows for k in r))
    width = {c: max(len(c), *(len(r.get(c, "-")) for r in rows)) for c in cols}
    head = "| " + " | ".join(c.ljust(width[c]) for c in cols) + " |"
    rule = (
        "|"
        + "|".join(
            ("-" * (width[c] + 1) + ":") if i > 1 else "-" * (width[c] + 2) for i, c in enumerate(cols)
        )
        + "|"
    )
    body = ["| " + " | ".join(r.get(c, "-").rjust(width[c]) for c in cols) + " |" for r in rows]
    return "\n".join([head, rule, *body])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="1k and 10k trees, 3 runs")
    ap.add_argument("--no-ui", action="store_true", help="skip the canvas columns (no Qt)")
    ap.add_argument(
        "--sizes", type=lambda s: [int(x) for x in s.split(",")], help="claim counts, e.g. 1000,10000"
    )
    ap.add_argument("--json", action="store_true", help="also print the rows as JSON")
    ap.add_argument("--memory-probe", help=argparse.SUPPRESS)
    ap.add_argument("--ui", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.memory_probe:
        memory_probe(args.memory_probe, args.ui)
        return
    ui = not args.no_ui and _have_ui()
    sizes = args.sizes or ([1_000, 10_000] if args.quick else [1_000, 10_000, 50_000])
    shapes = ["tree"] if args.quick else ["tree", "dag"]
    runs = 3 if args.quick else 5
    rows = []
    load0 = os.getloadavg()[0]
    for n in sizes:
        for shape in shapes:
            dot_timeout = (
                None if n > 10_000 or (args.quick and n > 1_000) else (20.0 if n <= 1_000 else 120.0)
            )
            if shape == "dag" and n > 1_000:
                dot_timeout = None
            rows.append(measure(n, shape, runs, ui, dot_timeout))
            print(f"  done {n:,} {shape}", file=sys.stderr, flush=True)
    load1 = os.getloadavg()[0]
    print(
        f"argmap bench ({'quick' if args.quick else 'full'}), medians of {runs} runs, ms; "
        f"load average {load0:.1f} at the start, {load1:.1f} at the end, on {os.cpu_count()} cores"
    )
    print(table(rows))
    if args.json:
        print(json.dumps(rows, indent=2))


def _have_ui() -> bool:
    try:
        import ui.map.scene  # noqa: F401
    except ImportError:
        return False
    return True


if __name__ == "__main__":
    main()
