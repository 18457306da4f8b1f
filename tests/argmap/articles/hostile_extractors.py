"""Extractors that misbehave on purpose, run by the isolation tests in a child process."""

from __future__ import annotations

import os
import time

from argmap.articles.extraction import Extracted, Report


def hang(data: bytes, report: Report) -> Extracted:
    """Report a little progress, then never finish (a parser stuck in a loop)."""
    report(0.5)
    while True:
        time.sleep(0.05)


def crash(data: bytes, report: Report) -> Extracted:
    """Die without a word, as a parser crashing in C code does."""
    os._exit(3)


def echo(data: bytes, report: Report) -> Extracted:
    """Return the bytes as text, reporting progress in steps."""
    for i in range(1, 5):
        report(i / 4)
    return Extracted(data.decode("utf-8"), "echo")


def phone_home(data: bytes, report: Report) -> Extracted:
    """Try to fetch a remote resource, as a careless HTML reader might."""
    import urllib.request

    urllib.request.urlopen("http://192.0.2.1/style.css", timeout=5)
    return Extracted("fetched")
