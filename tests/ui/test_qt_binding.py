"""The Qt binding itself: PySide6 6.12.0 leaks references to None and aborts Python 3.11."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_qt_calls_keep_none_alive():
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(1000):
        probe.setObjectName("x")
    assert sys.getrefcount(None) >= before - 10
