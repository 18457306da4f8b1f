"""Run one extractor in a child process with a time limit, a memory cap, progress and cancel.

A hostile or broken PDF, web page or Word file can make a parser loop, recurse or
allocate without end. The child is a fresh interpreter (the `spawn` start method, safe
from a Qt app's threads); the parent polls its pipe, forwards progress, checks
`cancelled`, and kills the child when the user cancels or the time limit passes.
"""

from __future__ import annotations

import importlib
import multiprocessing
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from argmap.articles.extraction import Extracted, ExtractError, Report
from argmap.limits import LIMITS

_POLL_SECONDS = 0.05


class ImportCancelled(Exception):
    """The user cancelled an article import; nothing was loaded."""


class ExtractionTimedOut(ExtractError):
    """The extractor ran past its time limit and was stopped."""


def run_isolated(
    extractor: str,
    data: bytes,
    progress: Report,
    cancelled: Callable[[], bool],
    time_limit: float | None = None,
) -> Extracted:
    """Call `extractor` ("module:function", taking bytes and a Report) on `data` in a child process.

    Raises ExtractError with the child's problem, ExtractionTimedOut past the time
    limit (LIMITS.article_extract_seconds by default), ImportCancelled when
    `cancelled()` turns true.
    """
    limit = LIMITS.article_extract_seconds if time_limit is None else time_limit
    ctx = multiprocessing.get_context("spawn")
    receiver, sender = ctx.Pipe(duplex=False)
    child = ctx.Process(
        target=_child_main,
        args=(sender, extractor, data, LIMITS.article_extract_memory_bytes),
        name="argmap-extract",
        daemon=True,
    )
    try:
        child.start()
        sender.close()
        return _wait(receiver, child, progress, cancelled, time.monotonic() + limit, limit)
    finally:
        receiver.close()
        if child.is_alive():
            child.kill()
        child.join()
        child.close()


def _wait(
    receiver: Connection,
    child: Any,
    progress: Report,
    cancelled: Callable[[], bool],
    deadline: float,
    limit: float,
) -> Extracted:
    while True:
        if cancelled():
            raise ImportCancelled()
        if time.monotonic() > deadline:
            raise ExtractionTimedOut(
                f"took longer than {limit:g} seconds to read and was stopped "
                "(the file may be damaged or built to hang readers)"
            )
        try:
            ready = receiver.poll(_POLL_SECONDS)
            message = receiver.recv() if ready else None
        except (EOFError, OSError):
            child.join(1.0)
            raise ExtractError(f"made the reader crash (exit code {child.exitcode})") from None
        if message is None:
            continue
        kind, value = message
        if kind == "progress":
            progress(float(value))
        elif kind == "done":
            text, title = value
            return Extracted(str(text), str(title))
        else:
            raise ExtractError(str(value))


def _child_main(conn: Connection, extractor: str, data: bytes, memory_limit: int) -> None:
    """Entry point of the child: cap memory, run the extractor, send ("done"|"error", value)."""
    _cap_memory(memory_limit)
    last = [-1.0]

    def report(fraction: float) -> None:
        if fraction - last[0] >= 0.01 or fraction >= 1.0:
            last[0] = fraction
            conn.send(("progress", fraction))

    try:
        module_name, _, func_name = extractor.partition(":")
        func = getattr(importlib.import_module(module_name), func_name)
        result = func(data, report)
        conn.send(("done", (result.text, result.title)))
    except ExtractError as e:
        conn.send(("error", e.problem))
    except MemoryError:
        conn.send(("error", "needs more memory to read than argmap allows (damaged or hostile file?)"))
    except RecursionError:
        conn.send(("error", "nests too deeply to read (damaged or hostile file?)"))
    except Exception as e:  # a parser bug on odd input: one message, never a traceback
        conn.send(("error", f"could not be read ({type(e).__name__}: {e})"))
    finally:
        conn.close()


def _cap_memory(limit: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: no rlimits; the time limit still applies
        return
    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard == resource.RLIM_INFINITY or hard > limit:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError):
        pass
