"""What a training run reports, as small frozen values: floats, text and numpy arrays.

Nothing here holds a device tensor or a Qt object, so events can cross threads freely
(the snapshots' weights are CPU copies).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import numpy as np

from designer.core.runs import EpochMetrics
from designer.engine.snapshots import EpochSnapshot, WeightsShared

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
