"""Errors whose message is meant for the user: one sentence, no traceback."""

from __future__ import annotations

from designer.core.phrases import message_of, phrase


class DesignerError(Exception):
    """Base of every error the user should see as a plain sentence."""


class FormatError(DesignerError):
    """A file or JSON document that cannot be read as what it claims to be.

    ``where`` names the file and the JSON path (``$.layers[3].kernel_size``); the message is a
    :class:`Phrase` whenever ``problem`` is one or ``where`` is given.
    """

    def __init__(self, where: str, problem: str) -> None:
        message = phrase("{where}: {problem}").format(where=where, problem=problem) if where else problem
        super().__init__(message)
        self.where = where
        self.problem = problem


class DesignError(DesignerError):
    """An architecture that cannot be built because a layer does not fit its input."""


def describe_failure(error: BaseException) -> str:
    """What went wrong, as a line for the user: a :class:`DesignerError` is one already, running out
    of memory comes with what to do, anything else is its type and message.  The line is a
    :class:`Phrase` wherever the error's message is one, so the window can translate it."""
    if isinstance(error, DesignerError):
        return message_of(error)
    if isinstance(error, MemoryError) or "out of memory" in str(error).lower():
        return phrase(
            "the run ran out of memory; use a smaller batch size or a smaller network, then try again"
        )
    return phrase("{error_type}: {message}").format(
        error_type=type(error).__name__, message=message_of(error)
    )
