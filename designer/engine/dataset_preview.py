"""A look at a data set before training: samples as the model sees them, class counts, augmentation.

The preview loads through :func:`~designer.engine.datasets.catalogue.load_dataset`, the path training
takes, so the samples show the same fitting (padding, resizing, channel conversion) and the notes say so.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import torch

from designer.core.phrases import phrase
from designer.core.training import TrainingSettings
from designer.engine.augment import augment
from designer.engine.datasets.base import Progress, StreamedDataset, no_progress
from designer.engine.datasets.catalogue import load_dataset
from designer.engine.datasets.image_folder import labels_of

#: Samples in a preview: a 5x5 grid.
SAMPLE_COUNT = 25
#: A largest-to-smallest class ratio from which the preview warns.
IMBALANCE_WARNING = 3.0


@dataclass(frozen=True)
class DatasetPreview:
    """What a data set holds, with up to 25 training samples fitted to the model's input."""

    name: str
    class_names: tuple[str, ...]
    #: uint8 ``(N, C, H, W)``, N = 25 unless the training set is smaller.
    sample_images: npt.NDArray[np.uint8]
    sample_labels: npt.NDArray[np.int64]
    #: Training images per class.
    class_counts: npt.NDArray[np.int64]
    train_count: int
    test_count: int
    notes: tuple[str, ...]
    #: Largest class count over smallest; ``inf`` when a class has no training images.
    imbalance: float
    #: One sentence when the classes are badly unbalanced, else empty.
    warning: str


def preview_dataset(
    name: str,
    input_shape: tuple[int, int, int],
    *,
    data_dir: str | None = None,
    download: bool = True,
    seed: int = 0,
    progress: Progress = no_progress,
) -> DatasetPreview:
    """Load ``name`` (a catalogue name or an image folder) fitted to ``input_shape`` and sum it up.

    The samples are a seeded spread over the classes. A streamed folder decodes only those samples
    and counts classes from its file list.
    """
    dataset = load_dataset(
        name, input_shape, data_dir=data_dir, download=download, seed=seed, progress=progress
    )
    rng = np.random.default_rng(seed)
    if isinstance(dataset, StreamedDataset):
        labels = labels_of(dataset.train)
        chosen = _spread(labels, len(dataset.class_names), rng)
        images = torch.stack([dataset.train[int(index)][0] for index in chosen]).numpy()
    else:
        labels = dataset.train.labels.numpy()
        chosen = _spread(labels, len(dataset.class_names), rng)
        images = dataset.train.images[torch.from_numpy(chosen)].numpy()
    counts = np.bincount(labels, minlength=len(dataset.class_names)).astype(np.int64)
    imbalance, warning = _balance(counts, dataset.class_names)
    return DatasetPreview(
        name=dataset.name,
        class_names=dataset.class_names,
        sample_images=images,
        sample_labels=labels[chosen],
        class_counts=counts,
        train_count=len(labels),
        test_count=len(dataset.test),
        notes=tuple(dataset.notes),
        imbalance=imbalance,
        warning=warning,
    )


def augmentation_preview(
    image: npt.NDArray[np.uint8], settings: TrainingSettings, count: int = 8, seed: int = 0
) -> npt.NDArray[np.uint8]:
    """``count`` copies of a uint8 ``(C, H, W)`` image through the trainer's crop, flip and affine warp.

    Mixup is not shown: it blends two images of a batch, so it has no per-image picture.
    With no augmentation switched on the copies are the image itself.
    """
    batch = torch.from_numpy(image).float().unsqueeze(0).repeat(count, 1, 1, 1)
    warped = augment(batch, settings, torch.Generator().manual_seed(seed))
    return warped.round().clamp(0, 255).to(torch.uint8).numpy()


def _spread(labels: npt.NDArray[np.int64], classes: int, rng: np.random.Generator) -> npt.NDArray[np.int64]:
    """Indices of up to 25 samples taking the classes in turn (in a random order), then shuffled."""
    per_class = [
        rng.permutation(np.flatnonzero(labels == number))[:SAMPLE_COUNT] for number in range(classes)
    ]
    turns = [per_class[number] for number in rng.permutation(classes)]
    chosen = [int(picks[turn]) for turn in range(SAMPLE_COUNT) for picks in turns if turn < len(picks)]
    return rng.permutation(np.array(chosen[:SAMPLE_COUNT], dtype=np.int64))


def _balance(counts: npt.NDArray[np.int64], class_names: tuple[str, ...]) -> tuple[float, str]:
    """The largest-to-smallest class ratio and a warning sentence when it is large."""
    if len(counts) < 2:
        return 1.0, ""
    largest, smallest = int(np.argmax(counts)), int(np.argmin(counts))
    big, small = class_names[largest], class_names[smallest]
    if counts[smallest] == 0:
        return float("inf"), phrase(
            "The class '{name}' has no training images, so the model cannot learn it."
        ).format(name=small)
    ratio = float(counts[largest] / counts[smallest])
    if ratio < IMBALANCE_WARNING:
        return ratio, ""
    times = f"{ratio:.0f}" if ratio >= 10 else f"{ratio:.1f}".removesuffix(".0")
    return ratio, phrase(
        "The classes are unbalanced: '{big}' has {times} times as many training images as '{small}'; "
        "accuracy will flatter the bigger classes."
    ).format(big=big, times=times, small=small)
