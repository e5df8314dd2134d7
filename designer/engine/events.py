"""What a training run reports, as small frozen values: floats, text and numpy arrays.

Nothing here holds a device tensor or a Qt object, so events can cross threads freely
(shared weights are CPU copies). This module does not import torch, so the GUI can load it early.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

import numpy as np
import numpy.typing as npt

from designer.core.runs import EpochMetrics

if TYPE_CHECKING:  # the GUI imports these events before torch has loaded
    import torch

FinishReason = Literal["completed", "stopped", "early_stopped", "diverged", "failed"]


@dataclass(frozen=True)
class RunStarted:
    device: str
    precision: str
    memory_format: str
    train_samples: int
    validation_samples: int
    test_samples: int
    batches_per_epoch: int
    first_epoch: int
    epochs: int
    parameters: int
    notes: tuple[str, ...] = ()
    #: Processes training together (``torchrun``); ``train_samples`` counts them all.
    processes: int = 1


@dataclass(frozen=True)
class EpochStarted:
    epoch: int
    epochs: int
    learning_rate: float


@dataclass(frozen=True)
class BatchProgress:
    """Running means over the epoch so far; sent a few times a second, not every batch."""

    epoch: int
    batch: int
    batches: int
    loss: float
    accuracy: float
    images_per_second: float
    eta_seconds: float


@dataclass(frozen=True)
class LayerHealth:
    """One layer's health on the epoch's last batch.

    ``update_ratio`` is the size of the last optimizer update relative to the weights
    (about 1e-3 is healthy); ``dead_fraction`` the share of ReLU units that never fired.
    """

    layer: str
    gradient_norm: float
    update_ratio: float
    dead_fraction: float | None = None


@dataclass(frozen=True)
class EpochEnded(EpochMetrics):
    """An epoch's metrics (as a run record keeps them) and the layers' health."""

    health: tuple[LayerHealth, ...] = ()


@dataclass(frozen=True)
class CheckpointSaved:
    epoch: int
    kind: Literal["best", "last"]
    path: str


@dataclass(frozen=True)
class Evaluation:
    """Loss, accuracy, per-class accuracy and the confusion matrix (rows: true class)."""

    loss: float
    accuracy: float
    per_class_accuracy: np.ndarray
    confusion: np.ndarray


@dataclass(frozen=True)
class RunFinished:
    reason: FinishReason
    message: str
    epochs_done: int
    test: Evaluation | None = None
    history: tuple[EpochEnded, ...] = field(default=())


@dataclass(frozen=True)
class FeatureMaps:
    """One layer's output for a sample: ``maps`` is ``(C, H, W)``."""

    layer: str
    kind: str
    maps: npt.NDArray[np.float32]


@dataclass(frozen=True)
class SampleInspection:
    feature_maps: tuple[FeatureMaps, ...]
    #: Softmax of the logits, one per class.
    probabilities: npt.NDArray[np.float32]

    @property
    def predicted(self) -> int:
        return int(np.argmax(self.probabilities))


@dataclass(frozen=True)
class WeightsShared:
    """A copy of the weights in CPU memory, sent while training so views can follow the run."""

    epoch: int
    batch: int
    state: dict[str, torch.Tensor]
    mean: tuple[float, ...]
    std: tuple[float, ...]


@dataclass(frozen=True)
class EpochSnapshot:
    """The model after ``epoch``: its kernels, what it makes of the pinned sample, its confusion matrix."""

    epoch: int
    #: The pinned test sample, uint8 ``(C, H, W)``, and its label.
    image: npt.NDArray[np.uint8]
    label: int
    #: (layer name, ``(filters, inputs, kh, kw)`` weights) for each convolution, truncated to what is drawn.
    kernels: tuple[tuple[str, npt.NDArray[np.float32]], ...]
    sample: SampleInspection
    #: Validation confusion matrix, rows the true class.
    confusion: npt.NDArray[np.int64]

    def kernels_of(self, layer: str) -> npt.NDArray[np.float32] | None:
        return next((weights for name, weights in self.kernels if name == layer), None)


Event = (
    RunStarted
    | EpochStarted
    | BatchProgress
    | EpochEnded
    | CheckpointSaved
    | RunFinished
    | EpochSnapshot
    | WeightsShared
)
