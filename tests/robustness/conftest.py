"""Robustness suite set-up: profile sizes (CI or ARGMAP_STRESS=long) and the tally of inputs tried.

Every test adds what it tried to `tally`; the figures are printed at the end of the
pytest run and, when ARGMAP_ROBUSTNESS_REPORT names a file, written there as JSON
(bench/robustness.py reads it).
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

LONG = os.environ.get("ARGMAP_STRESS") == "long"
"""Long local runs: many more kills and GUI actions (CI keeps the fixed, small counts)."""


class Tally:
    """Counts per category: how many inputs or trials were tried and how many failed."""

    def __init__(self) -> None:
        self.tried: dict[str, int] = defaultdict(int)
        self.failed: dict[str, int] = defaultdict(int)
        self.extra: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))

    def add(self, category: str, n: int = 1) -> None:
        self.tried[category] += n

    def fail(self, category: str, n: int = 1) -> None:
        self.failed[category] += n

    def note(self, category: str, key: str, n: int = 1) -> None:
        self.extra[category][key] += n

    def rows(self) -> list[dict[str, Any]]:
        names = sorted(set(self.tried) | set(self.failed))
        return [
            {
                "category": name,
                "tried": self.tried.get(name, 0),
                "failed": self.failed.get(name, 0),
                **dict(self.extra.get(name, {})),
            }
            for name in names
        ]


_TALLY = Tally()


@pytest.fixture(scope="session")
def tally() -> Tally:
    """The session-wide tally of robustness figures."""
    return _TALLY


def pytest_terminal_summary(terminalreporter: Any) -> None:
    rows = _TALLY.rows()
    if not rows:
        return
    terminalreporter.section("robustness figures")
    for row in rows:
        extra = ", ".join(f"{k} {v}" for k, v in row.items() if k not in ("category", "tried", "failed"))
        terminalreporter.write_line(
            f"{row['category']:<40} tried {row['tried']:>7}  failed {row['failed']:>3}"
            + (f"  ({extra})" if extra else "")
        )
    out = os.environ.get("ARGMAP_ROBUSTNESS_REPORT")
    if out:
        Path(out).write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
