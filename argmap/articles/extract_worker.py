"""The child side of isolated extraction: `python -m argmap.articles.extract_worker`.

Reads one JSON header line and the file's bytes from stdin, caps its own memory, cuts
the network, runs the extractor and writes JSON lines to stdout: `{"progress": f}`
while it works, then `{"text": ..., "title": ...}` or `{"error": ...}`.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
from typing import Any, BinaryIO

from argmap.articles.extraction import ExtractError

_network_tried = False
"""Set when something tried to connect (libraries may wrap or swallow the error)."""


def main() -> int:
    """Run one extraction request from stdin; always exits 0 after sending an outcome."""
    out = os.fdopen(os.dup(1), "wb")
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)  # a library printing to stdout cannot corrupt the protocol
    header = json.loads(sys.stdin.buffer.readline())
    _cap_memory(int(header["memory_limit"]))
    _cut_network()
    _send(out, _run(str(header["extractor"]), sys.stdin.buffer, out))
    out.close()
    return 0


def _run(extractor: str, source: BinaryIO, out: BinaryIO) -> dict[str, Any]:
    last = [-1.0]

    def report(fraction: float) -> None:
        if fraction - last[0] >= 0.01 or fraction >= 1.0:
            last[0] = fraction
            _send(out, {"progress": fraction})

    try:
        module_name, _, func_name = extractor.partition(":")
        # The parser loads while the parent is still sending the file.
        func = getattr(importlib.import_module(module_name), func_name)
        result = func(source.read(), report)
        return {
            "text": result.text,
            "title": result.title,
            "author": result.author,
            "date": result.date,
            "warnings": list(result.warnings),
        }
    except ExtractError as e:
        return {"error": e.problem}
    except MemoryError:
        return {"error": "needs more memory to read than argmap allows (damaged or hostile file?)"}
    except RecursionError:
        return {"error": "nests too deeply to read (damaged or hostile file?)"}
    except Exception as e:  # a parser bug on odd input: one message, never a traceback
        if _network_tried:
            return {"error": "made the reader try to reach the network, which argmap never does"}
        return {"error": f"could not be read ({type(e).__name__}: {str(e)[:150]})"}


def _send(out: BinaryIO, message: dict[str, Any]) -> None:
    out.write(json.dumps(message, ensure_ascii=True).encode("ascii") + b"\n")
    out.flush()


def _cut_network() -> None:
    """Make every connection and name lookup in this process fail: article files load offline."""
    import socket

    def refuse(*args: object, **kwargs: object) -> Any:
        global _network_tried
        _network_tried = True
        raise OSError("network access is disabled while reading an article")

    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = refuse  # type: ignore[method-assign]
    socket.getaddrinfo = refuse
    socket.create_connection = refuse


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


if __name__ == "__main__":
    sys.exit(main())
