"""One thread at a time imports the engine.

The window imports torch on worker threads (data set previews, speed estimates, the device
list, training), never on the GUI thread. torch's first import is not safe on two threads at
once: each can see the other's half-built module and fail with a circular-import error.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

_LOCK = threading.RLock()


@contextmanager
def engine_imports() -> Iterator[None]:
    """Wrap a worker thread's ``from designer.engine... import ...`` lines in this."""
    with _LOCK:
        yield
