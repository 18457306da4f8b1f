"""What choosing the written schema version (2 or 3) costs a save: a table of medians per map size.

    .venv/bin/python bench/schema_version.py

`ArgumentMap.written_version` scans the arguments for an aim at premises and checks the
article and classroom fields; it runs once per dump. Times are wall-clock medians in ms
on a shared machine (its load average is printed).
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from maps import make_map

from argmap.io.native import dumps
from argmap.model import Aim


def _median_ms(f: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        f()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    print(f"load average {os.getloadavg()[0]:.1f}")
    print(f"{'claims':>8} {'version':>8} {'check ms':>9} {'dumps ms':>9} {'share':>7}")
    for n in (1_000, 10_000, 50_000):
        m = make_map(n)
        for premises in (False, True):
            if premises and m.arguments:
                m.arguments[-1].aim = Aim.PREMISES  # the last one: the scan reads every argument
            check = _median_ms(m.written_version, 21)
            dump = _median_ms(partial(dumps, m), 3)
            print(f"{n:>8,} {m.written_version():>8} {check:>9.3f} {dump:>9.1f} {check / dump:>7.2%}")


if __name__ == "__main__":
    main()
