"""Sentences for the user about files that could not be written."""

from __future__ import annotations

import errno
import os

from PySide6.QtCore import QCoreApplication


def _reasons() -> dict[int, str]:
    """The common reasons a write fails, in the interface's language rather than the system's."""
    return {
        errno.ENOSPC: QCoreApplication.translate("messages", "the disk is full"),
        errno.EDQUOT: QCoreApplication.translate("messages", "the disk quota is used up"),
        errno.EACCES: QCoreApplication.translate("messages", "permission was refused"),
        errno.EPERM: QCoreApplication.translate("messages", "permission was refused"),
        errno.EROFS: QCoreApplication.translate("messages", "the disk is read-only"),
        errno.ENOENT: QCoreApplication.translate("messages", "its folder does not exist"),
        errno.ENAMETOOLONG: QCoreApplication.translate("messages", "the name is too long"),
    }


def write_failure(path: str | os.PathLike[str], error: OSError) -> str:
    """Why ``path`` was not saved, that nothing there changed (every write is atomic), and what to do."""
    reason = _reasons().get(error.errno or 0) or error.strerror or str(error)
    return QCoreApplication.translate(
        "messages",
        "{path} was not saved: {reason}. Any file already there is unchanged; "
        "free some space or choose another place, then save again.",
    ).format(path=os.fspath(path), reason=reason)
