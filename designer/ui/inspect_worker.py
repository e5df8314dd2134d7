"""Inspection off the GUI thread: a worker on its own QThread holds a copy of the weights.

The GUI asks through :class:`InspectSession`; requests queue to the worker and its answers come
back as signals. A sample request that a newer one has overtaken is skipped, so dragging
through samples or drawing never builds up a backlog.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QObject, QThread, Signal, Slot

from designer.core.architecture import Architecture
from designer.ui.engine_imports import engine_imports
from designer.ui.training_session import readable
from designer.ui.translation import translated

if TYPE_CHECKING:
    from designer.engine.augment import Normalization
    from designer.engine.builder import Network
    from designer.engine.inspect_data import InspectData


@dataclass(frozen=True)
class DataRequest:
    dataset: str
    input_shape: tuple[int, int, int]
    data_dir: str | None
    download: bool
    seed: int


@dataclass(frozen=True)
class WeightsRequest:
    """Which weights to inspect: fresh ones (``seed``), a copy shared by a run, or a checkpoint file."""

    architecture: Architecture
    seed: int = 0
    state: dict[str, Any] | None = None
    checkpoint: Path | None = None
    mean: tuple[float, ...] | None = None
    std: tuple[float, ...] | None = None


@dataclass(frozen=True)
class SampleRequest:
    """A test sample by index, a drawing (``(H, W)`` floats in [0, 1]) or an image file; ``target``
    is the class Grad-CAM explains (None: the predicted one)."""

    index: int | None = None
    drawing: npt.NDArray[np.float32] | None = None
    file: Path | None = None
    target: int | None = None


class _Stopped(Exception):
    """Raised in a data set's progress callback when the view is shutting down."""


class InspectWorker(QObject):
    data_loaded = Signal(object)  # InspectData
    weights_loaded = Signal(str)  # what they are
    sample_ready = Signal(int, object)  # request number, SampleReport
    evaluated = Signal(int, object)  # request number, TestPredictions
    snapshots_loaded = Signal(str, object)  # run folder, list of EpochSnapshot
    status = Signal(str, object)  # loading message, fraction or None
    failed = Signal(str, str)  # what it is wrong with ("data", "weights", "sample"), one sentence

    def __init__(self) -> None:
        super().__init__()
        self.data: InspectData | None = None
        self.model: Network | None = None
        self.architecture: Architecture | None = None
        self.normalization: Normalization | None = None
        #: The newest sample request's number, set from the GUI thread.
        self.latest = 0
        #: Set from the GUI thread when the view closes: loading and evaluating stop early.
        self.stopping = False

    def _progress(self, message: str, fraction: float | None) -> None:
        if self.stopping:
            raise _Stopped
        self.status.emit(translated(message), fraction)

    @Slot(object)
    def load_data(self, request: DataRequest) -> None:
        with engine_imports():
            from designer.engine.inspect_data import load_inspect_data
        try:
            self.data = load_inspect_data(
                request.dataset,
                request.input_shape,
                data_dir=request.data_dir,
                download=request.download,
                seed=request.seed,
                progress=self._progress,
            )
        except _Stopped:
            return
        except Exception as error:  # the view says why and stays usable
            self.data = None
            self.failed.emit("data", readable(error))
            return
        self.data_loaded.emit(self.data)

    @Slot(object)
    def set_weights(self, request: WeightsRequest) -> None:
        with engine_imports():
            import torch

            from designer.engine.augment import Normalization
            from designer.engine.builder import build_model
            from designer.engine.checkpoint import load_checkpoint
        try:
            state, mean, std = request.state, request.mean, request.std
            if request.checkpoint is not None:
                checkpoint = load_checkpoint(request.checkpoint)
                state, mean, std = checkpoint.model, tuple(checkpoint.mean), tuple(checkpoint.std)
            if self.model is None or self.architecture != request.architecture or state is None:
                # A run may be training on another thread: seed a forked generator, not its.
                with torch.random.fork_rng(devices=[]):
                    torch.manual_seed(request.seed)
                    self.model = build_model(request.architecture)
                self.architecture = request.architecture
            if state is not None:
                self.model.load_state_dict(state)
            self.model.eval()
            self.normalization = Normalization(mean, std) if mean is not None and std is not None else None
        except Exception as error:
            self.model = None
            self.failed.emit("weights", readable(error))
            return
        self.weights_loaded.emit(str(request.checkpoint or ""))

    @Slot(int, object)
    def inspect(self, number: int, request: SampleRequest) -> None:
        if number < self.latest or self.model is None or self.architecture is None:
            return
        with engine_imports():
            from designer.engine.augment import Normalization
            from designer.engine.inspect_data import drawing_image, file_image
            from designer.engine.inspection import report_sample
        shape = self.architecture.input.shape
        # Without a data set or a run's own, a neutral normalisation still lets a drawing through.
        neutral = Normalization((0.5,) * shape[0], (0.25,) * shape[0])
        normalization = self.normalization or (self.data.normalization if self.data else neutral)
        try:
            label = None
            if request.index is not None and self.data is not None:
                image, label = self.data.image(request.index), int(self.data.labels[request.index])
            elif request.drawing is not None:
                image = drawing_image(request.drawing, (shape[0], shape[1], shape[2]))
            elif request.file is not None:
                image = file_image(request.file, (shape[0], shape[1], shape[2]))
            else:
                return
            report = report_sample(self.model, self.architecture, image, normalization, label, request.target)
        except Exception as error:
            self.failed.emit("sample", readable(error))
            return
        self.sample_ready.emit(number, report)

    @Slot(str)
    def load_snapshots(self, folder: str) -> None:
        with engine_imports():
            from designer.engine.snapshots import load_snapshots
        snapshots, unreadable = load_snapshots(folder)
        if unreadable:
            self.failed.emit(
                "sample",
                self.tr("{count} epoch snapshot(s) in {folder} could not be read and are left out.").format(
                    count=unreadable, folder=folder
                ),
            )
        self.snapshots_loaded.emit(folder, snapshots)

    @Slot(int)
    def evaluate(self, number: int) -> None:
        if self.model is None or self.data is None:
            return
        with engine_imports():
            from designer.engine.evaluation import predict_all
        self.status.emit(self.tr("Evaluating on the test set"), None)
        try:
            result = predict_all(
                self.model,
                self.data,
                self.normalization or self.data.normalization,
                should_stop=lambda: self.stopping,
            )
        except Exception as error:
            self.failed.emit("sample", readable(error))
            return
        if result is not None:
            self.evaluated.emit(number, result)


class InspectSession(QObject):
    """The GUI thread's handle on the inspect worker and its thread."""

    request_data = Signal(object)
    request_weights = Signal(object)
    request_sample = Signal(int, object)
    request_evaluation = Signal(int)
    request_snapshots = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thread = QThread()
        self.thread.setObjectName("inspect")
        self.worker = InspectWorker()
        self.worker.moveToThread(self.thread)
        self.request_data.connect(self.worker.load_data)
        self.request_weights.connect(self.worker.set_weights)
        self.request_sample.connect(self.worker.inspect)
        self.request_evaluation.connect(self.worker.evaluate)
        self.request_snapshots.connect(self.worker.load_snapshots)
        self.thread.finished.connect(self.worker.deleteLater)
        self._numbers = 0
        self.thread.start()

    def _next(self) -> int:
        self._numbers += 1
        return self._numbers

    def load_data(self, request: DataRequest) -> None:
        self.request_data.emit(request)

    def set_weights(self, request: WeightsRequest) -> None:
        self.request_weights.emit(request)

    def inspect(self, request: SampleRequest) -> int:
        """Ask for a sample; earlier sample requests still queued are dropped. Returns its number."""
        number = self._next()
        self.worker.latest = number
        self.request_sample.emit(number, request)
        return number

    def evaluate(self) -> int:
        number = self._next()
        self.request_evaluation.emit(number)
        return number

    def load_snapshots(self, folder: str) -> None:
        self.request_snapshots.emit(folder)

    def shutdown(self, seconds: float = 5.0) -> bool:
        self.worker.stopping = True
        self.thread.quit()
        return self.thread.wait(int(seconds * 1000))
