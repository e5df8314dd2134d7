"""From a loaded data set to the batch sources a run uses: validation split and normalisation."""

from __future__ import annotations

from dataclasses import dataclass

import torch

from designer.core.training import TrainingSettings
from designer.engine.augment import Normalization
from designer.engine.batches import BatchSource, TensorBatches, epoch_generator
from designer.engine.datasets.base import Dataset, DatasetError, ImageData

#: Evaluation needs no gradients, so it takes larger batches.
EVALUATION_BATCH = 256


@dataclass
class TrainingData:
    class_names: tuple[str, ...]
    normalization: Normalization
    train: BatchSource
    validation: BatchSource
    test: BatchSource
    notes: tuple[str, ...] = ()


def split_off(data: ImageData, fraction: float, seed: int) -> tuple[ImageData, ImageData]:
    """A seeded random split: (the rest, ``fraction`` of the samples)."""
    order = torch.randperm(len(data), generator=epoch_generator(seed, 0, stream=2))
    held = max(1, round(len(data) * fraction))
    rest, kept = order[held:].sort().values, order[:held].sort().values
    return ImageData(data.images[rest], data.labels[rest]), ImageData(data.images[kept], data.labels[kept])


def prepare_data(dataset: Dataset, settings: TrainingSettings, device: torch.device) -> TrainingData:
    train, validation = dataset.train, dataset.test
    if settings.validation == "split":
        train, validation = split_off(dataset.train, settings.validation_fraction, settings.seed)
    if len(train) < 2 or len(validation) < 1 or len(dataset.test) < 1:
        raise DatasetError(
            f"{dataset.name} has too few images to train ({len(train)} for training, "
            f"{len(validation)} for validation, {len(dataset.test)} for testing)"
        )
    eval_batch = max(settings.batch_size, EVALUATION_BATCH)
    test = TensorBatches(dataset.test, eval_batch, device)
    return TrainingData(
        class_names=dataset.class_names,
        normalization=Normalization.of(train.images),
        train=TensorBatches(train, settings.batch_size, device, shuffle=True, seed=settings.seed),
        validation=test if settings.validation == "test" else TensorBatches(validation, eval_batch, device),
        test=test,
        notes=tuple(dataset.notes),
    )
