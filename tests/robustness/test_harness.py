"""The fuzz harness's hang guard counts the loader's CPU time, not the machine's load."""

from __future__ import annotations

import time

import pytest

from tests.robustness.harness import Hang, guarded


def _spin() -> None:
    while True:
        sum(range(1000))


def test_a_call_that_keeps_computing_is_a_hang() -> None:
    with pytest.raises(Hang, match="CPU time"):
        guarded(_spin, seconds=0.2)


def test_a_call_that_waits_is_not_charged_for_the_wait() -> None:
    # Waiting (a child process, a busy machine) uses no CPU time of this process.
    def wait() -> str:
        time.sleep(0.4)
        return "done"

    assert guarded(wait, seconds=0.2) == "done"
