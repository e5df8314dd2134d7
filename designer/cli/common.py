"""What every command shares: the program name and how bad input ends."""

from __future__ import annotations

import sys

PROG = "cnn-designer"
EXIT_BAD_INPUT = 2
EXIT_RUN_FAILED = 1
EXIT_INTERRUPTED = 130


def fail(message: str, code: int = EXIT_BAD_INPUT) -> int:
    """Print one line on stderr and return the exit status."""
    print(f"{PROG}: {message}", file=sys.stderr)
    return code
