"""Writing files so that a crash mid-write never leaves a half-written file."""

from __future__ import annotations

import glob
import os
import tempfile
import time
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


#: A temporary file this old was left by a writer that was killed; no write takes this long.
STALE_SECONDS = 3600

#: Read once: asking for the umask briefly changes it, which is unsafe while other threads write files.
_UMASK = _umask()


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, flush it to disk, then rename it.

    The old file stays intact until the rename, which the operating system performs at once.
    The file keeps the old file's permissions, or gets the usual ones for a new file. Temporary
    files that killed writes of ``path`` left over an hour ago are removed.
    """
    target = Path(path)
    try:
        _write(target, data)
    except OSError as error:
        if error.errno is None or error.filename == str(target):
            raise
        # The temporary file's name means nothing to the user; the file they asked for does.
        raise type(error)(error.errno, error.strerror, str(target)) from error


def _write(target: Path, data: bytes) -> None:
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        try:
            mode = target.stat().st_mode & 0o7777
        except OSError:
            mode = 0o666 & ~_UMASK
        os.chmod(temp_name, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    _remove_leftovers(target)


def _remove_leftovers(target: Path) -> None:
    """Delete the temporary files that killed writes of ``target`` left beside it."""
    stale = time.time() - STALE_SECONDS
    for leftover in glob.glob(glob.escape(str(target.parent / f".{target.name}.")) + "*.tmp"):
        try:
            if os.stat(leftover).st_mtime < stale:
                os.unlink(leftover)
        except OSError:
            pass  # gone already, or not ours to delete: it does no harm where it is
