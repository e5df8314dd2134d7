"""The GUI thread's heartbeat: a 10 ms timer whose gaps between ticks, while a run trains, are the
moments the window could not repaint or take a click (used by the window benchmarks beside it)."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QTimer

TICK_MS = 10


class Heartbeat:
    """Records the gaps of a :data:`TICK_MS` timer in ms while ``beating`` is true."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self.beating = False
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def restart(self) -> None:
        """Count the next gap from now: what happens just before is timed apart."""
        self._clock.restart()

    def _tick(self) -> None:
        if self.beating and self._clock.isValid():
            self.gaps.append(self._clock.nsecsElapsed() / 1e6)
        self._clock.restart()
