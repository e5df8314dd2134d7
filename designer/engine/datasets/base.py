"""What every data set source hands to the trainer: uint8 images in memory and class names."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

import torch

from designer.core.errors import DesignerError

#: Called with (what is happening, fraction done in [0, 1] or None when unknown).
Progress = Callable[[str, "float | None"], None]


def no_progress(message: str, fraction: float | None) -> None:
    """A :data:`Progress` that ignores reports."""


class DatasetError(DesignerError):
    """A data set that is missing, unreadable or unusable; the text says what to do."""


@dataclass
class ImageData:
    """Images as one uint8 tensor ``(N, C, H, W)`` and labels as int64 ``(N,)``."""

    images: torch.Tensor
    labels: torch.Tensor

    def __post_init__(self) -> None:
        if self.images.dtype != torch.uint8 or self.images.dim() != 4:
            shape = tuple(self.images.shape)
            raise ValueError(f"images must be uint8 (N, C, H, W), got {self.images.dtype} {shape}")
        if self.labels.dtype != torch.int64 or self.labels.shape != (self.images.shape[0],):
            raise ValueError("labels must be int64 (N,) matching the images")

    def __len__(self) -> int:
        return int(self.images.shape[0])

    def head(self, count: int | None) -> ImageData:
        """The first ``count`` samples (all when ``count`` is None)."""
        return self if count is None else ImageData(self.images[:count], self.labels[:count])


@dataclass
class Dataset:
    """A training and a test split with their class names.

    ``notes`` are one-line remarks for the user, such as images skipped as unreadable.
    """

    name: str
    class_names: tuple[str, ...]
    train: ImageData
    test: ImageData
    notes: list[str] = field(default_factory=list)

    @property
    def sample_shape(self) -> tuple[int, int, int]:
        _, c, h, w = self.train.images.shape
        return (int(c), int(h), int(w))


class Samples(Protocol):
    """Images decoded one at a time: ``(uint8 (C, H, W), label)``; what a DataLoader reads."""

    def __len__(self) -> int: ...

    def __getitem__(self, index: int) -> tuple[torch.Tensor, int]: ...


@dataclass
class StreamedDataset:
    """A data set read from its files batch by batch, for sets too large to hold in memory."""

    name: str
    class_names: tuple[str, ...]
    train: Samples
    test: Samples
    notes: list[str] = field(default_factory=list)
