"""A worker object on a thread of its own, as the Train and Tune views run theirs: started, stopped,
shut down when the window closes, and ``ended`` once the thread is gone, whatever happened."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThread, Signal, SignalInstance

#: How long closing the window waits for a worker to stop.
SHUTDOWN_SECONDS = 5.0


class Worker(Protocol):
    """What a session's worker offers: ``run`` on its thread, ``stop`` from any thread."""

    event: SignalInstance
    failed: SignalInstance
    done: SignalInstance

    def run(self) -> None: ...

    def stop(self) -> None: ...

    def moveToThread(self, thread: QThread) -> bool: ...

    def deleteLater(self) -> None: ...


class WorkerSession(QObject):
    """The GUI thread's handle on one worker at a time.

    The worker's events arrive as ``event``; ``failed`` carries a readable message when its work could
    not start or crashed; ``ended`` fires once the thread is gone.
    """

    event = Signal(object)
    failed = Signal(str)
    ended = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thread: QThread | None = None
        self.worker: Worker | None = None

    @property
    def running(self) -> bool:
        return self.thread is not None

    def _launch(self, worker: Worker) -> None:
        thread = QThread()
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.event.connect(self.event)
        worker.failed.connect(self.failed)
        # Directly, from the worker's thread: queued, quit() would wait for a GUI loop that shutdown() blocks.
        worker.done.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        thread.finished.connect(self._on_thread_finished)
        self.thread, self.worker = thread, worker
        thread.start()

    def stop(self) -> None:
        if self.worker is not None:
            self.worker.stop()

    def shutdown(self, seconds: float = SHUTDOWN_SECONDS) -> bool:
        """Stop the work and wait for its thread; True when it ended in time."""
        thread = self.thread
        if thread is None:
            return True
        self.stop()
        finished = thread.wait(int(seconds * 1000))
        if finished:
            # Deliver the worker's last events (the run's or study's end) before saying it ended.
            QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)
            self._on_thread_finished()
        return finished

    def _on_thread_finished(self) -> None:
        thread, worker = self.thread, self.worker
        if thread is None:
            return
        self.thread = self.worker = None
        if worker is not None:
            worker.deleteLater()
        thread.deleteLater()
        self.ended.emit()
