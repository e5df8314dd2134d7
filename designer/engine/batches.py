"""Batches for training and evaluation, as uint8 images on the training device.

Every epoch's order comes from ``(seed, epoch)`` alone, so a run resumed at an epoch
boundary sees exactly the batches an uninterrupted run would have seen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Protocol

import torch
from torch.utils.data import DataLoader

from designer.engine.datasets.base import ImageData

Batch = tuple[torch.Tensor, torch.Tensor]


def epoch_generator(seed: int, epoch: int, stream: int = 0) -> torch.Generator:
    """A CPU random generator for one epoch of one purpose (``stream``)."""
    return torch.Generator().manual_seed((seed * 1_000_003 + epoch * 7919 + stream) % 2**63)


class BatchSource(Protocol):
    """Where a loop gets its batches from: ``len()`` batches per epoch."""

    samples: int
    device: torch.device

    def __len__(self) -> int: ...

    def batches(self, epoch: int) -> Iterator[Batch]: ...


def batch_count(samples: int, batch_size: int, drop_lone: bool) -> int:
    full, rest = divmod(samples, batch_size)
    return full + (1 if rest > (1 if drop_lone else 0) else 0)


class TensorBatches:
    """A data set held as one uint8 tensor on the device, sliced into batches.

    With ``shuffle`` each epoch takes a seeded permutation.  A training epoch drops a
    last batch of one sample, which BatchNorm cannot normalise.  ``shard`` ``(rank, world)``
    gives this process every world-th sample of each permutation, all processes the same count.
    """

    def __init__(
        self,
        data: ImageData,
        batch_size: int,
        device: torch.device,
        shuffle: bool = False,
        seed: int = 0,
        shard: tuple[int, int] = (0, 1),
    ) -> None:
        pin = device.type == "cuda"
        images, labels = (
            (data.images.pin_memory(), data.labels.pin_memory()) if pin else (data.images, data.labels)
        )
        self.device = device
        self.images = images.to(device, non_blocking=True)
        self.labels = labels.to(device, non_blocking=True)
        self.rank, self.world = shard
        self.samples = len(data) // self.world if shuffle else len(data)
        self.batch_size = batch_size
        self.shuffle = shuffle
        self.seed = seed

    def __len__(self) -> int:
        return batch_count(self.samples, self.batch_size, drop_lone=self.shuffle)

    def batches(self, epoch: int) -> Iterator[Batch]:
        if not self.shuffle:
            for start in range(0, self.samples, self.batch_size):
                yield (
                    self.images[start : start + self.batch_size],
                    self.labels[start : start + self.batch_size],
                )
            return
        every = torch.randperm(len(self.images), generator=epoch_generator(self.seed, epoch))
        order = every[: self.samples * self.world][self.rank :: self.world].to(self.images.device)
        for index in range(len(self)):
            chosen = order[index * self.batch_size : (index + 1) * self.batch_size]
            yield self.images[chosen], self.labels[chosen]


class _Numbered(torch.utils.data.Dataset[tuple[torch.Tensor, int, int]]):
    """Samples that carry their index, so that the process that reads the batches knows what each holds."""

    def __init__(self, dataset: torch.utils.data.Dataset[tuple[torch.Tensor, int]], samples: int) -> None:
        self.dataset = dataset
        self.samples = samples

    def __len__(self) -> int:
        return self.samples

    def __getitem__(self, index: int) -> tuple[torch.Tensor, int, int]:
        image, label = self.dataset[index]
        return image, label, index


class StreamedBatches:
    """Batches decoded on the fly by DataLoader workers, for sets too large to hold in memory.

    ``check``, when given, sees the sample indices of each batch before it is used, and may raise to end
    the loop (say, when a file it read has vanished).
    """

    def __init__(
        self,
        dataset: torch.utils.data.Dataset[tuple[torch.Tensor, int]],
        samples: int,
        batch_size: int,
        device: torch.device,
        shuffle: bool = False,
        seed: int = 0,
        workers: int = 2,
        check: Callable[[list[int]], None] | None = None,
    ) -> None:
        self.dataset = dataset
        self.samples = samples
        self.batch_size = batch_size
        self.device = device
        self.shuffle = shuffle
        self.seed = seed
        self.workers = workers
        self.check = check

    def __len__(self) -> int:
        return batch_count(self.samples, self.batch_size, drop_lone=self.shuffle)

    def batches(self, epoch: int) -> Iterator[Batch]:
        loader = DataLoader(
            _Numbered(self.dataset, self.samples),
            batch_size=self.batch_size,
            shuffle=self.shuffle,
            generator=epoch_generator(self.seed, epoch),
            num_workers=self.workers,
            pin_memory=self.device.type == "cuda",
            drop_last=False,
            persistent_workers=False,
        )
        for index, (images, labels, numbers) in enumerate(loader):
            if index == len(self):
                break
            if self.check is not None:
                self.check(numbers.tolist())
            yield images.to(self.device, non_blocking=True), labels.to(self.device, non_blocking=True)
