"""Errors whose message is meant for the user: one sentence, no traceback."""

from __future__ import annotations


class DesignerError(Exception):
    """Base of every error the user should see as a plain sentence."""


class FormatError(DesignerError):
    """A file or JSON document that cannot be read as what it claims to be.

    ``where`` names the file and the JSON path (``$.layers[3].kernel_size``).
    """

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}" if where else problem)
        self.where = where
        self.problem = problem


class DesignError(DesignerError):
    """An architecture that cannot be built because a layer does not fit its input."""


def describe_failure(error: BaseException) -> str:
    """What went wrong, as a line for the user: a :class:`DesignerError` is one already, running out
    of memory comes with what to do, anything else is its type and message."""
    if isinstance(error, DesignerError):
        return str(error)
    if isinstance(error, MemoryError) or "out of memory" in str(error).lower():
        return "the run ran out of memory; use a smaller batch size or a smaller network, then try again"
    return f"{type(error).__name__}: {error}"
