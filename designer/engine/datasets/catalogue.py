"""The catalogue of data sets, and loading one fitted to a model's input."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from torch.utils.data import Subset

from designer.core.phrases import phrase
from designer.engine.datasets.base import (
    Dataset,
    DatasetError,
    ImageData,
    Progress,
    Samples,
    StreamedDataset,
    no_progress,
)
from designer.engine.datasets.digits import DIGITS, load_digits
from designer.engine.datasets.fitting import fit_images
from designer.engine.datasets.image_folder import scan_image_folder
from designer.engine.datasets.shapes import SHAPES, load_shapes
from designer.engine.datasets.torchvision_sets import TORCHVISION_SETS, load_torchvision_set


@dataclass(frozen=True)
class DatasetInfo:
    """What the catalogue shows about a data set before it is loaded."""

    name: str
    title: str
    built_in: bool
    class_names: tuple[str, ...]
    sample_shape: tuple[int, int, int]
    description: str


DATASETS: dict[str, DatasetInfo] = {
    info.name: info
    for info in (
        DatasetInfo(
            "digits",
            phrase("Digits (built-in)"),
            True,
            DIGITS.class_names,
            DIGITS.sample_shape,
            phrase(
                "Handwritten-style digits drawn by cnn-designer: "
                "60,000 training and 10,000 test images, offline"
            ),
        ),
        DatasetInfo(
            "shapes",
            phrase("Shapes (built-in)"),
            True,
            SHAPES.class_names,
            SHAPES.sample_shape,
            phrase(
                "Ten kinds of coloured shapes on cluttered backgrounds: "
                "50,000 training and 10,000 test images, offline"
            ),
        ),
        *(
            DatasetInfo(
                spec.key,
                spec.title,
                False,
                spec.class_names,
                spec.sample_shape,
                phrase(
                    "{train:,} training and {test:,} test images through torchvision (a {size} MB download)"
                ).format(train=spec.train_size, test=spec.test_size, size=spec.download_mb),
            )
            for spec in TORCHVISION_SETS.values()
        ),
    )
}


#: Image folders whose decoded images would take more memory than this stream from disk.
STREAM_ABOVE_BYTES = 2 * 1024**3


def _check_limit(limit: int | None, what: str) -> int | None:
    """``limit`` when it is None or positive; ``what`` names it (a phrase: "training", "test")."""
    if limit is not None and limit < 1:
        raise DatasetError(
            phrase("the {what} limit must be at least 1, got {limit}").format(what=what, limit=limit)
        )
    return limit


def _first(samples: Samples, limit: int | None) -> Samples:
    return samples if limit is None or limit >= len(samples) else Subset(samples, range(limit))  # type: ignore[arg-type]


def _image_folder(
    root: str,
    input_shape: tuple[int, ...],
    limits: tuple[int | None, int | None],
    seed: int,
    progress: Progress,
) -> Dataset | StreamedDataset:
    wanted, height, width = input_shape
    index = scan_image_folder(root, seed=seed)
    channels = 1 if wanted == 1 else 3  # held in memory, fitting converts 3 to another count or says why not
    size = index.in_memory_bytes(channels, (height, width))
    if size <= STREAM_ABOVE_BYTES:
        return index.load(channels, (height, width), progress)
    if wanted != channels:
        raise DatasetError(
            phrase("images stream as grayscale or RGB, but the model expects {wanted} channels").format(
                wanted=wanted
            )
        )
    train, test = index.streaming(channels, (height, width))
    note = phrase(
        "{count:,} images stream from disk in batches: decoded they would take "
        "{size:.1f} GB, more than is held in memory."
    ).format(count=len(train) + len(test), size=size / 1024**3)
    return StreamedDataset(
        index.root.name, index.class_names, _first(train, limits[0]), _first(test, limits[1]), [note]
    )


def load_dataset(
    name: str,
    input_shape: tuple[int, ...],
    *,
    data_dir: str | None = None,
    download: bool = True,
    limit_train: int | None = None,
    limit_test: int | None = None,
    seed: int = 0,
    progress: Progress = no_progress,
) -> Dataset | StreamedDataset:
    """A data set by name, or a folder of images, fitted to ``input_shape`` ``(C, H, W)``.

    How the images were fitted (padding, resizing, channel conversion) is added to the notes.
    A folder too large to hold in memory comes back as a :class:`StreamedDataset`.
    """
    limits = (_check_limit(limit_train, phrase("training")), _check_limit(limit_test, phrase("test")))
    if name == "digits":
        dataset = load_digits(progress=progress)
    elif name == "shapes":
        dataset = load_shapes(progress=progress)
    elif name in TORCHVISION_SETS:
        dataset = load_torchvision_set(name, data_dir, download=download, progress=progress)
    elif Path(name).is_dir():
        folder = _image_folder(name, input_shape, limits, seed, progress)
        if isinstance(folder, StreamedDataset):
            return folder
        dataset = folder
    else:
        raise DatasetError(
            phrase(
                "there is no data set called {name!r}; pick one of {names} "
                "or give a folder of images with one subfolder per class"
            ).format(name=name, names=", ".join(DATASETS))
        )
    train, test = dataset.train.head(limits[0]), dataset.test.head(limits[1])
    target = (input_shape[0], input_shape[1], input_shape[2])
    train_images, note = fit_images(train.images, target, sentence=True)
    test_images, _ = fit_images(test.images, target)
    notes = [*dataset.notes, *([note] if note else [])]
    return replace(
        dataset,
        train=ImageData(train_images, train.labels),
        test=ImageData(test_images, test.labels),
        notes=notes,
    )
