"""One table of input limits, shared by every loader so a hostile file is refused early."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """Sizes past which argmap refuses an input with a message naming the limit."""

    map_file_bytes: int = 64 * 1024 * 1024
    """A map or interchange file (native JSON, AIF, Argdown, Kialo, XML)."""
    article_file_bytes: int = 50 * 1024 * 1024
    """An article to annotate (txt, md, html, pdf, docx)."""
    article_chars: int = 5_000_000
    """Characters of article text after extraction (about 2,500 pages)."""
    claims: int = 100_000
    """Claims in one map."""
    arguments: int = 200_000
    """Arguments (supports, attacks, undercuts) in one map."""
    nodes: int = 500_000
    """Nodes of an imported graph before it is turned into claims (AIF L/YA/TA included)."""
    claim_chars: int = 20_000
    """Characters in one claim's wording or note."""
    nesting_depth: int = 200
    """JSON/XML nesting, Kialo numbering and outline depth."""
    spans_per_claim: int = 1_000
    """Anchors on one claim."""
    article_extract_seconds: float = 120.0
    """Wall-clock time one PDF, HTML or Word extraction may take before it is stopped."""
    article_extract_memory_bytes: int = 2 * 1024 * 1024 * 1024
    """Address space of the process that extracts one article (POSIX only)."""


LIMITS = Limits()


def human_bytes(n: int) -> str:
    """Format a byte count the way a user reads it: 64 MB, 1.5 kB."""
    size = float(n)
    for unit in ("bytes", "kB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{int(size)} {unit}" if size == int(size) else f"{size:.1f} {unit}"
        size /= 1024
    raise AssertionError("unreachable")
