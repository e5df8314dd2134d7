"""Training off the GUI thread: a worker on a QThread drives the engine's Trainer.

The worker never touches a widget. Its events cross to the GUI thread as queued signals;
stop, pause and resume go straight to the trainer, whose controls are thread-safe.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from designer.core.architecture import Architecture
from designer.core.errors import describe_failure
from designer.core.training import TrainingSettings
from designer.ui.engine_imports import engine_imports
from designer.ui.translation import translated
from designer.ui.worker_thread import WorkerSession

if TYPE_CHECKING:
    from designer.engine.trainer import Trainer

#: Seconds between the trainer's progress reports in the window: smooth, yet cheap.
REPORT_INTERVAL = 0.1
#: Seconds between the copies of the weights a run shares with the inspect views.
SHARE_WEIGHTS_SECONDS = 1.0


@dataclass(frozen=True)
class RunRequest:
    """What to train, on what, and where its run folder goes.

    ``resume`` continues the run in ``folder`` from its last checkpoint.
    """

    architecture: Architecture
    settings: TrainingSettings
    folder: Path
    data_dir: str | None = None
    download: bool = True
    resume: bool = False
    #: The test sample the run's epoch snapshots follow.
    pinned: int = 0


class _Cancelled(Exception):
    """Raised inside the data loader's progress callback when the user stops during loading."""


def readable(error: BaseException) -> str:
    """One sentence for the user, whatever went wrong."""
    text = translated(describe_failure(error))
    return text[:1].upper() + text[1:]


class TrainingWorker(QObject):
    """Lives on the training thread for one run."""

    status = Signal(str, object)  # what is happening, fraction done or None
    event = Signal(object)  # an engine event: RunStarted, BatchProgress, EpochEnded, ...
    failed = Signal(str)
    done = Signal()

    def __init__(self, request: RunRequest) -> None:
        super().__init__()
        self.request = request
        self.trainer: Trainer | None = None
        self._stop_requested = False

    def stop(self) -> None:
        """Callable from any thread: stop loading, or ask the trainer to stop after this batch."""
        self._stop_requested = True
        trainer = self.trainer
        if trainer is not None:
            trainer.stop()

    def _progress(self, message: str, fraction: float | None) -> None:
        if self._stop_requested:
            raise _Cancelled
        self.status.emit(translated(message), fraction)

    @Slot()
    def run(self) -> None:
        # The engine loads only here, on the worker thread, long after the window has painted.
        with engine_imports():
            from designer.engine.checkpoint import load_checkpoint
            from designer.engine.datasets.catalogue import load_dataset
            from designer.engine.devices import resolve_device
            from designer.engine.run_folder import RunFolder
            from designer.engine.trainer import Trainer
            from designer.engine.training_data import prepare_data

        request = self.request
        try:
            self.status.emit(self.tr("Loading the data set"), None)
            dataset = load_dataset(
                request.settings.dataset,
                request.architecture.input.shape,
                data_dir=request.data_dir,
                download=request.download,
                seed=request.settings.seed,
                progress=self._progress,
            )
            self.status.emit(self.tr("Preparing the run"), None)
            device = resolve_device(request.settings.device)
            data = prepare_data(dataset, request.settings, device, request.pinned)
            trainer = Trainer(
                request.architecture,
                request.settings,
                data,
                device,
                on_event=self.event.emit,
                folder=RunFolder(request.folder),
                report_interval=REPORT_INTERVAL,
                share_weights_every=SHARE_WEIGHTS_SECONDS,
            )
            if request.resume:
                trainer.restore(load_checkpoint(request.folder / "last.pt"))
            self.trainer = trainer
            if self._stop_requested:
                trainer.stop()
            trainer.run()
        except _Cancelled:
            self.failed.emit(self.tr("Stopped while loading the data set."))
        except BaseException as error:  # the run fails; the window goes on
            self.failed.emit(readable(error))
        finally:
            self.done.emit()


class TrainingSession(WorkerSession):
    """The GUI thread's handle on the current run: start, pause, resume, stop, shut down.

    Engine events arrive as ``event``; ``status`` reports loading; ``failed`` carries a
    readable message when the run could not start or crashed; ``ended`` fires once the
    thread is gone, whatever happened.
    """

    status = Signal(str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paused = False

    def start(self, request: RunRequest) -> None:
        if self.running:
            raise RuntimeError("a run is already going")
        worker = TrainingWorker(request)
        worker.status.connect(self.status)
        self.paused = False
        self._launch(worker)

    def _trainer(self) -> Trainer | None:
        return self.worker.trainer if isinstance(self.worker, TrainingWorker) else None

    def pause(self) -> None:
        trainer = self._trainer()
        if trainer is not None:
            trainer.pause()
            self.paused = True

    def resume(self) -> None:
        trainer = self._trainer()
        if trainer is not None:
            trainer.resume()
        self.paused = False

    def stop(self) -> None:
        super().stop()
        self.paused = False

    def _on_thread_finished(self) -> None:
        self.paused = False
        super()._on_thread_finished()
