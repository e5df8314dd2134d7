"""From a loaded data set to the batch sources a run uses: validation split and normalisation."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

import torch
from torch.utils.data import Subset

from designer.core.phrases import phrase
from designer.core.training import TrainingSettings
from designer.engine.augment import Normalization
from designer.engine.batches import BatchSource, StreamedBatches, TensorBatches, epoch_generator
from designer.engine.datasets.base import Dataset, DatasetError, ImageData, Samples, StreamedDataset
from designer.engine.datasets.image_folder import ImageFiles

#: Evaluation needs no gradients, so it takes larger batches.
EVALUATION_BATCH = 256
#: Images decoded to measure the normalisation of a streamed data set.
NORMALIZATION_SAMPLE = 2000


@dataclass
class TrainingData:
    class_names: tuple[str, ...]
    normalization: Normalization
    train: BatchSource
    validation: BatchSource
    test: BatchSource
    #: A test image (uint8 ``(C, H, W)``) and its label: the sample a run's snapshots follow.
    pinned: tuple[torch.Tensor, int]
    notes: tuple[str, ...] = ()


def split_indices(count: int, fraction: float, seed: int) -> tuple[torch.Tensor, torch.Tensor]:
    """A seeded random split of ``range(count)``: (the rest, ``fraction`` of it), each in order."""
    order = torch.randperm(count, generator=epoch_generator(seed, 0, stream=2))
    held = max(1, round(count * fraction))
    return order[held:].sort().values, order[:held].sort().values


def split_off(data: ImageData, fraction: float, seed: int) -> tuple[ImageData, ImageData]:
    """A seeded random split: (the rest, ``fraction`` of the samples)."""
    rest, kept = split_indices(len(data), fraction, seed)
    return ImageData(data.images[rest], data.labels[rest]), ImageData(data.images[kept], data.labels[kept])


def prepare_data(
    dataset: Dataset | StreamedDataset,
    settings: TrainingSettings,
    device: torch.device,
    pinned: int = 0,
    shard: tuple[int, int] = (0, 1),
) -> TrainingData:
    """Batch sources for a run; ``pinned``: the test sample its snapshots follow (out of range: the first).

    ``shard`` ``(rank, world)`` splits each training epoch between processes (in-memory sets only).
    """
    pinned = pinned if 0 <= pinned < len(dataset.test) else 0
    if isinstance(dataset, StreamedDataset):
        if shard[1] > 1:
            raise DatasetError(
                phrase(
                    "{name} is read from disk as it trains, which several processes cannot share yet; "
                    "train it in one process"
                ).format(name=dataset.name)
            )
        return _prepare_streamed(dataset, settings, device, pinned)
    train, validation = dataset.train, dataset.test
    if settings.validation == "split":
        train, validation = split_off(dataset.train, settings.validation_fraction, settings.seed)
    if len(train) < 2 or len(validation) < 1 or len(dataset.test) < 1:
        raise DatasetError(
            phrase(
                "{name} has too few images to train ({train} for training, "
                "{validation} for validation, {test} for testing)"
            ).format(name=dataset.name, train=len(train), validation=len(validation), test=len(dataset.test))
        )
    eval_batch = max(settings.batch_size, EVALUATION_BATCH)
    test = TensorBatches(dataset.test, eval_batch, device)
    return TrainingData(
        class_names=dataset.class_names,
        normalization=Normalization.of(train.images),
        train=TensorBatches(
            train, settings.batch_size, device, shuffle=True, seed=settings.seed, shard=shard
        ),
        validation=test if settings.validation == "test" else TensorBatches(validation, eval_batch, device),
        test=test,
        pinned=(dataset.test.images[pinned], int(dataset.test.labels[pinned])),
        notes=tuple(dataset.notes),
    )


def _prepare_streamed(
    dataset: StreamedDataset, settings: TrainingSettings, device: torch.device, pinned: int
) -> TrainingData:
    """Batches decoded by DataLoader workers; the normalisation comes from a seeded sample."""
    train: Samples = dataset.train
    validation: Samples = dataset.test
    order = torch.randperm(len(train), generator=epoch_generator(settings.seed, 0, stream=2)).tolist()
    if settings.validation == "split":
        held = max(1, round(len(train) * settings.validation_fraction))
        validation = Subset(dataset.train, sorted(order[:held]))  # type: ignore[arg-type]
        train = Subset(dataset.train, sorted(order[held:]))  # type: ignore[arg-type]
        order = torch.randperm(len(train), generator=epoch_generator(settings.seed, 0, stream=2)).tolist()
    if len(train) < 2 or len(validation) < 1 or len(dataset.test) < 1:
        raise DatasetError(phrase("{name} has too few images to train").format(name=dataset.name))
    sample = torch.stack([train[i][0] for i in order[:NORMALIZATION_SAMPLE]])
    workers = min(4, os.cpu_count() or 1)
    eval_batch = max(settings.batch_size, EVALUATION_BATCH)

    def source(samples: Samples, batch: int, shuffle: bool) -> StreamedBatches:
        return StreamedBatches(
            samples,  # type: ignore[arg-type]
            len(samples),
            batch,
            device,
            shuffle,
            settings.seed,
            workers,
            check=_vanished_files(samples),
        )

    test = source(dataset.test, eval_batch, False)
    return TrainingData(
        class_names=dataset.class_names,
        normalization=Normalization.of(sample),
        train=source(train, settings.batch_size, True),
        validation=test if settings.validation == "test" else source(validation, eval_batch, False),
        test=test,
        pinned=dataset.test[pinned],
        notes=tuple(dataset.notes),
    )


def _vanished_files(samples: Samples) -> Callable[[list[int]], None] | None:
    """For image files read from disk: a check of a batch's sample indices that ends the run, naming the file,
    when one of them has vanished since the run began (a file that is there but unreadable trains as black).
    """
    files: object = samples
    while isinstance(files, Subset):
        files = files.dataset
    if not isinstance(files, ImageFiles):
        return None
    images = files

    def check(indices: list[int]) -> None:
        if images.unreadable == 0:  # no file has failed to read, so none has vanished
            return
        for index in indices:
            inner: object = samples
            while isinstance(inner, Subset):
                index = inner.indices[index]
                inner = inner.dataset
            path = images.entries[index][0]
            if not path.exists():
                raise DatasetError(
                    phrase(
                        "The image {path} vanished during training; "
                        "put it back, or train again to leave it out."
                    ).format(path=path)
                )

    return check
