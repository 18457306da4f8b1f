"""The extraction child process: time limit, crash, cancel and progress, with misbehaving extractors."""

from __future__ import annotations

import pytest

from argmap.articles.extraction import ExtractError
from argmap.articles.isolation import ExtractionTimedOut, ImportCancelled, run_isolated

HOSTILE = "tests.argmap.articles.hostile_extractors"


def test_a_hanging_extractor_is_stopped_at_the_time_limit() -> None:
    seen: list[float] = []
    with pytest.raises(ExtractionTimedOut, match=r"took longer than 1 seconds to read and was stopped"):
        run_isolated(f"{HOSTILE}:hang", b"", seen.append, lambda: False, time_limit=1.0)
    assert seen == [0.5], "progress from the child reaches the caller before the stop"


def test_a_crashing_extractor_gives_a_message() -> None:
    with pytest.raises(ExtractError, match=r"made the reader crash \(exit code 3\)"):
        run_isolated(f"{HOSTILE}:crash", b"", lambda f: None, lambda: False)


def test_cancel_stops_a_hanging_extractor() -> None:
    progress: list[float] = []
    with pytest.raises(ImportCancelled):
        run_isolated(f"{HOSTILE}:hang", b"", progress.append, lambda: bool(progress))


def test_result_and_progress_come_back() -> None:
    seen: list[float] = []
    result = run_isolated(f"{HOSTILE}:echo", "Grüße".encode(), seen.append, lambda: False)
    assert (result.text, result.title) == ("Grüße", "echo")
    assert seen == [0.25, 0.5, 0.75, 1.0]


def test_the_child_cannot_reach_the_network() -> None:
    with pytest.raises(ExtractError, match="try to reach the network"):
        run_isolated(f"{HOSTILE}:phone_home", b"", lambda f: None, lambda: False)
