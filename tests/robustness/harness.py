"""Run one loader call under a time limit and a memory ceiling, and judge its outcome.

A loader may return a result or raise one clean LoadError; anything else (another
exception, a hang, a memory blow-up) is a failure that the tests report.
"""

from __future__ import annotations

import contextlib
import resource
import signal
from collections.abc import Callable, Iterator
from types import FrameType
from typing import TypeVar

from argmap.io.errors import LoadError

T = TypeVar("T")

TIME_LIMIT = 10.0
"""CPU seconds one loader call may use before it counts as a hang: CPU time, not wall time, so a
busy machine (other tests, other programs on 2 cores) does not turn a slow-but-fine call into a hang."""

WALL_LIMIT = 120.0
"""Wall-clock seconds before a call that waits without computing (a child process, a lock) counts as a hang."""

MEMORY_HEADROOM = 1024 * 1024 * 1024
"""Bytes of address space one loader call may add before it counts as a memory blow-up."""


class Hang(Exception):
    """A loader call ran past TIME_LIMIT."""


class LoaderFailure(AssertionError):
    """A loader did something other than return a result or raise one clean LoadError."""


def _on_cpu_limit(signum: int, frame: FrameType | None) -> None:
    raise Hang(f"no answer after {TIME_LIMIT:.0f} s of CPU time")


def _on_wall_limit(signum: int, frame: FrameType | None) -> None:
    raise Hang(f"no answer after {WALL_LIMIT:.0f} s")


def _address_space() -> int:
    with open("/proc/self/statm", encoding="ascii") as f:
        return int(f.read().split()[0]) * resource.getpagesize()


@contextlib.contextmanager
def _memory_ceiling(headroom: int) -> Iterator[None]:
    """Lower the soft address-space limit to now + headroom (Linux); restore it afterwards."""
    try:
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        ceiling = _address_space() + headroom
    except (OSError, ValueError):
        yield
        return
    if hard != resource.RLIM_INFINITY:
        ceiling = min(ceiling, hard)
    resource.setrlimit(resource.RLIMIT_AS, (ceiling, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def guarded(call: Callable[[], T], seconds: float = TIME_LIMIT, headroom: int = MEMORY_HEADROOM) -> T:
    """`call()` with a CPU-time limit (SIGPROF), a wall-clock backstop (SIGALRM) and a memory ceiling (main thread)."""
    old_prof = signal.signal(signal.SIGPROF, _on_cpu_limit)
    old_alarm = signal.signal(signal.SIGALRM, _on_wall_limit)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    signal.setitimer(signal.ITIMER_REAL, max(WALL_LIMIT, seconds))
    try:
        with _memory_ceiling(headroom):
            return call()
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGPROF, old_prof)
        signal.signal(signal.SIGALRM, old_alarm)


def load_or_clean_error(call: Callable[[], T], source: str) -> T | LoadError:
    """The loader's result, or its LoadError after checking the message is one clean line about `source`.

    Raises LoaderFailure for a hang, a memory blow-up or any other exception.
    """
    try:
        return guarded(call)
    except LoadError as e:
        message = str(e)
        if source not in message.split(": ", 1)[0]:
            raise LoaderFailure(f"the error does not name the file: {message!r}") from e
        if "Traceback" in message or len(message) > 2000:
            raise LoaderFailure(f"the error is not one short message: {message[:300]!r}") from e
        return e
    except Hang as e:
        raise LoaderFailure(f"hang: {e}") from e
    except MemoryError as e:
        raise LoaderFailure("memory blow-up (over the ceiling of added address space)") from e
    except Exception as e:
        raise LoaderFailure(f"uncaught {type(e).__name__}: {e}") from e
