"""Sentences for the user about files that could not be written."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication


def write_failure(path: str | os.PathLike[str], error: OSError) -> str:
    """Why ``path`` was not saved, that nothing there changed (every write is atomic), and what to do."""
    reason = error.strerror or str(error)
    return QCoreApplication.translate(
        "messages",
        "{path} was not saved: {reason}. Any file already there is unchanged; "
        "free some space or choose another place, then save again.",
    ).format(path=os.fspath(path), reason=reason)
