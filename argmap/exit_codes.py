"""Exit codes of every `argmap` command, and the one way a command reports an error and stops."""

from __future__ import annotations

import sys

EXIT_OK = 0
"""Done (warnings, if any, went to stderr)."""
EXIT_FINDINGS = 1
"""The input was read but has error-level findings."""
EXIT_USAGE = 2
"""Bad usage, or an input that cannot be read or an output that cannot be written."""


def fail(err: object) -> int:
    """Print `error: <err>` (one line naming the file and the problem) to stderr; returns EXIT_USAGE."""
    print(f"error: {err}", file=sys.stderr)
    return EXIT_USAGE
