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
