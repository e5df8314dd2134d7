"""Pictures written like every other file: encoded in memory, then written atomically, so a failed
export never leaves a half-written image in place of the previous one."""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6 import QtCore, QtGui

from designer.core.atomic import write_atomic


def encoded(draw: Callable[[QtCore.QBuffer], None]) -> bytes:
    """The bytes ``draw`` writes into an in-memory device."""
    buffer = QtCore.QBuffer()
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    draw(buffer)
    buffer.close()
    return bytes(buffer.data().data())


def save_image(image: QtGui.QImage, path: str | os.PathLike[str]) -> None:
    """``image`` as a PNG at ``path``; raises OSError when it cannot be encoded or written."""

    def draw(buffer: QtCore.QBuffer) -> None:
        if not image.save(buffer, "PNG"):
            raise OSError(f"could not encode the picture for {os.fspath(path)}")

    write_atomic(path, encoded(draw))
