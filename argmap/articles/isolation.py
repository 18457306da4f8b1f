"""Run one extractor in a child process with a time limit, a memory cap, no network, progress and cancel.

A hostile or broken PDF, web page or Word file can make a parser loop, recurse or
allocate without end. The child is a fresh interpreter running
`argmap.articles.extract_worker` (never the caller's main module, never Qt); the
caller's thread waits on its output, forwards progress, checks `cancelled`, and kills
the child when the user cancels or the time limit passes.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from typing import IO, Any

from argmap.articles.extraction import Extracted, ExtractError, Report
from argmap.limits import LIMITS

_POLL_SECONDS = 0.05
_WORKER = "argmap.articles.extract_worker"


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
    meanwhile: Callable[[], object] | None = None,
) -> Extracted:
    """Call `extractor` ("module:function", taking bytes and a Report) on `data` in a child process.

    Raises ExtractError with the child's problem, ExtractionTimedOut past the time
    limit (LIMITS.article_extract_seconds by default), ImportCancelled when
    `cancelled()` turns true. Call it from a worker thread to keep a window responsive.
    `meanwhile` runs on this thread once the child has started (work the caller
    needs next, such as imports, overlaps the child's start-up).
    """
    limit = LIMITS.article_extract_seconds if time_limit is None else time_limit
    header = {"extractor": extractor, "memory_limit": LIMITS.article_extract_memory_bytes}
    # The child finds argmap (and the extractor's module) where this process found them.
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    try:
        child = subprocess.Popen(
            [sys.executable, "-m", _WORKER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
        )
    except OSError as e:
        raise ExtractError(f"could not be read: the reader process did not start ({e})") from None
    messages: queue.Queue[dict[str, Any] | None] = queue.Queue()
    assert child.stdin is not None and child.stdout is not None
    feeder = threading.Thread(target=_feed, args=(child.stdin, header, data), daemon=True)
    reader = threading.Thread(target=_read, args=(child.stdout, messages), daemon=True)
    feeder.start()
    reader.start()
    try:
        if meanwhile is not None:
            meanwhile()
        return _wait(messages, child, progress, cancelled, time.monotonic() + limit, limit)
    finally:
        if child.poll() is None:
            child.kill()
        child.wait()
        feeder.join()
        reader.join()
        child.stdout.close()


def _feed(pipe: IO[bytes], header: dict[str, Any], data: bytes) -> None:
    try:
        pipe.write(json.dumps(header).encode("utf-8") + b"\n")
        pipe.write(data)
    except OSError:  # the child died or was killed; _wait reports why
        pass
    finally:
        with contextlib.suppress(OSError):
            pipe.close()


def _read(pipe: IO[bytes], messages: queue.Queue[dict[str, Any] | None]) -> None:
    try:
        for line in pipe:
            try:
                message = json.loads(line)
            except ValueError:
                continue
            if isinstance(message, dict):
                messages.put(message)
    except OSError:
        pass
    finally:
        messages.put(None)


def _wait(
    messages: queue.Queue[dict[str, Any] | None],
    child: subprocess.Popen[bytes],
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
            message = messages.get(timeout=_POLL_SECONDS)
        except queue.Empty:
            continue
        if message is None:
            code = child.wait()
            raise ExtractError(f"made the reader crash (exit code {code})")
        if "progress" in message:
            progress(float(message["progress"]))
        elif "error" in message:
            raise ExtractError(str(message["error"]))
        else:
            return Extracted(
                str(message.get("text", "")),
                str(message.get("title", "")),
                str(message.get("author", "")),
                str(message.get("date", "")),
                tuple(str(w) for w in message.get("warnings", ())),
            )
