"""Faults injected into saving: every file the app writes goes through ``designer.core.atomic``."""

from __future__ import annotations

import errno
import os
from typing import Any

import pytest


class HalfWrites:
    """A file handle that writes the first half of what it is given, then fails as a full disk does."""

    def __init__(self, handle: Any) -> None:
        self.handle = handle

    def __enter__(self) -> HalfWrites:
        return self

    def __exit__(self, *exc: object) -> None:
        self.handle.close()

    def write(self, data: bytes) -> int:
        self.handle.write(data[: len(data) // 2])
        self.handle.flush()
        raise OSError(errno.ENOSPC, "No space left on device")

    def __getattr__(self, name: str) -> Any:
        return getattr(self.handle, name)


def fill_the_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """From now on every write fails half-way; ``monkeypatch.undo()`` ends it."""
    real_fdopen = os.fdopen
    monkeypatch.setattr("designer.core.atomic.os.fdopen", lambda *a, **k: HalfWrites(real_fdopen(*a, **k)))
