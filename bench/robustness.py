"""Robustness figures: bad inputs tried per loader, kill-during-save trials, random GUI actions, failures.

Runs the suite in tests/robustness and prints what it tried:

    .venv/bin/python bench/robustness.py          # the CI-sized profile
    .venv/bin/python bench/robustness.py --long   # ARGMAP_HYPOTHESIS=long and ARGMAP_STRESS=long

Extra arguments after `--` go to pytest (for example `-- -k native`).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(long: bool, pytest_args: list[str]) -> tuple[int, list[dict[str, object]], float]:
    """Run the robustness tests; returns pytest's exit code, the tally rows and the seconds taken."""
    with tempfile.TemporaryDirectory(prefix="argmap-robustness-") as tmp:
        report = Path(tmp) / "report.json"
        env = {**os.environ, "ARGMAP_ROBUSTNESS_REPORT": str(report)}
        if long:
            env.update(ARGMAP_HYPOTHESIS="long", ARGMAP_STRESS="long")
        else:
            env.setdefault("ARGMAP_HYPOTHESIS", "ci")
        started = time.perf_counter()
        code = subprocess.call(
            [
                sys.executable,
                "-m",
                "pytest",
                "tests/robustness",
                "-q",
                "-p",
                "no:cacheprovider",
                *pytest_args,
            ],
            cwd=ROOT,
            env=env,
        )
        seconds = time.perf_counter() - started
        rows = json.loads(report.read_text(encoding="utf-8")) if report.exists() else []
    return code, rows, seconds


def print_table(rows: list[dict[str, object]], profile: str, seconds: float) -> None:
    """One line per category, grouped the way the issue asks for them."""
    groups = [
        (
            "Bad inputs tried per loader",
            lambda c: c.startswith(("loader", "article extractor", "load_article")),
        ),
        ("Kill during save", lambda c: c.startswith("kill during save")),
        ("Kill the app after edits", lambda c: c.startswith("kill app")),
        ("Random GUI actions", lambda c: c.startswith("GUI stress")),
    ]
    print(f"\nRobustness figures ({profile} profile, {seconds:.0f} s)\n")
    total_failed = 0
    for title, member in groups:
        chosen = [r for r in rows if member(str(r["category"]))]
        if not chosen:
            continue
        print(f"{title}")
        print(f"  {'what':<42} {'tried':>8} {'failed':>7}  notes")
        for r in chosen:
            notes = ", ".join(f"{k} {v}" for k, v in r.items() if k not in ("category", "tried", "failed"))
            print(f"  {r['category']!s:<42} {r['tried']!s:>8} {r['failed']!s:>7}  {notes}")
            total_failed += int(str(r["failed"]))
        print()
    print(f"failures in total: {total_failed}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--long", action="store_true", help="many more examples, kills and actions")
    parser.add_argument("pytest_args", nargs="*", help="passed on to pytest (after --)")
    args = parser.parse_args()
    code, rows, seconds = run(args.long, args.pytest_args)
    print_table(rows, "long" if args.long else "CI", seconds)
    return code


if __name__ == "__main__":
    sys.exit(main())
