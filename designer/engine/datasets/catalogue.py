"""The catalogue of data sets, and loading one fitted to a model's input."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from designer.engine.datasets.base import Dataset, DatasetError, ImageData, Progress, no_progress
from designer.engine.datasets.digits import DIGITS, load_digits
from designer.engine.datasets.fitting import fit_images
from designer.engine.datasets.image_folder import load_image_folder
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
            "Digits (built-in)",
            True,
            DIGITS.class_names,
            DIGITS.sample_shape,
            "Handwritten-style digits drawn by cnn-designer: 60,000 training and 10,000 test images, offline",
        ),
        DatasetInfo(
            "shapes",
            "Shapes (built-in)",
            True,
            SHAPES.class_names,
            SHAPES.sample_shape,
            "Ten kinds of coloured shapes on cluttered backgrounds: "
            "50,000 training and 10,000 test images, offline",
        ),
        *(
            DatasetInfo(
                spec.key,
                spec.title,
                False,
                spec.class_names,
                spec.sample_shape,
                f"{spec.train_size:,} training and {spec.test_size:,} test images through torchvision "
                f"(a {spec.download_mb} MB download)",
            )
            for spec in TORCHVISION_SETS.values()
        ),
    )
}


def _limited(data: ImageData, limit: int | None, what: str) -> ImageData:
    if limit is not None and limit < 1:
        raise DatasetError(f"the {what} limit must be at least 1, got {limit}")
    return data.head(limit)


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
) -> Dataset:
    """A data set by name, or a folder of images, fitted to ``input_shape`` ``(C, H, W)``.

    How the images were fitted (padding, resizing, channel conversion) is added to the notes.
    """
    channels, height, width = input_shape
    if name == "digits":
        dataset = load_digits(progress=progress)
    elif name == "shapes":
        dataset = load_shapes(progress=progress)
    elif name in TORCHVISION_SETS:
        dataset = load_torchvision_set(name, data_dir, download=download, progress=progress)
    elif Path(name).is_dir():
        dataset = load_image_folder(
            name, 1 if channels == 1 else 3, (height, width), seed=seed, progress=progress
        )
    else:
        raise DatasetError(
            f"there is no data set called {name!r}; pick one of {', '.join(DATASETS)} "
            "or give a folder of images with one subfolder per class"
        )
    train = _limited(dataset.train, limit_train, "training")
    test = _limited(dataset.test, limit_test, "test")
    train_images, note = fit_images(train.images, (channels, height, width))
    test_images, _ = fit_images(test.images, (channels, height, width))
    notes = [*dataset.notes, *([note[0].upper() + note[1:] + "."] if note else [])]
    return replace(
        dataset,
        train=ImageData(train_images, train.labels),
        test=ImageData(test_images, test.labels),
        notes=notes,
    )
