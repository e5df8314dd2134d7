"""The samples the inspect views work on: a data set's test split, fitted to the model's input.

Also turns the user's own pictures (an image file, a drawing) into the same uint8 ``(C, H, W)``
form, and any of them into the normalised float tensor the network takes.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
import torch

from designer.core.phrases import phrase
from designer.engine.augment import Normalization
from designer.engine.datasets.base import (
    DatasetError,
    ImageData,
    Progress,
    Samples,
    StreamedDataset,
    no_progress,
)
from designer.engine.datasets.catalogue import load_dataset
from designer.engine.datasets.fitting import fit_images
from designer.engine.datasets.image_folder import MAX_PIXELS, TooLarge, labels_of, upright_image

#: Training images decoded to measure the normalisation of a streamed set.
NORMALIZATION_SAMPLE = 500


@dataclass
class InspectData:
    """A test split to pick samples from, and the normalisation measured on the training images.

    A run's own normalisation (stored with its weights) replaces it when its weights are shown.
    """

    name: str
    class_names: tuple[str, ...]
    test: ImageData | Samples
    labels: npt.NDArray[np.int64]
    normalization: Normalization
    notes: tuple[str, ...] = ()

    def __len__(self) -> int:
        return len(self.labels)

    def image(self, index: int) -> torch.Tensor:
        """Test image ``index`` as uint8 ``(C, H, W)``."""
        if isinstance(self.test, ImageData):
            return self.test.images[index]
        return self.test[index][0]

    def images(self, indices: npt.ArrayLike) -> torch.Tensor:
        """Several test images as uint8 ``(N, C, H, W)``."""
        chosen = np.asarray(indices, dtype=np.int64).reshape(-1)
        if isinstance(self.test, ImageData):
            return self.test.images[torch.from_numpy(chosen)]
        return torch.stack([self.test[int(i)][0] for i in chosen])

    def indices_of(self, label: int) -> npt.NDArray[np.int64]:
        return np.flatnonzero(self.labels == label).astype(np.int64)


def load_inspect_data(
    name: str,
    input_shape: tuple[int, int, int],
    *,
    data_dir: str | None = None,
    download: bool = True,
    seed: int = 0,
    progress: Progress = no_progress,
) -> InspectData:
    dataset = load_dataset(
        name, input_shape, data_dir=data_dir, download=download, seed=seed, progress=progress
    )
    if isinstance(dataset, StreamedDataset):
        count = min(len(dataset.train), NORMALIZATION_SAMPLE)
        order = np.random.default_rng(seed).permutation(len(dataset.train))[:count]
        sample = torch.stack([dataset.train[int(i)][0] for i in order])
        return InspectData(
            dataset.name,
            dataset.class_names,
            dataset.test,
            labels_of(dataset.test),
            Normalization.of(sample),
            tuple(dataset.notes),
        )
    if len(dataset.test) == 0:
        raise DatasetError(phrase("{name} has no test images to inspect").format(name=dataset.name))
    return InspectData(
        dataset.name,
        dataset.class_names,
        dataset.test,
        dataset.test.labels.numpy(),
        Normalization.of(dataset.train.images),
        tuple(dataset.notes),
    )


def normalise(images: torch.Tensor, normalization: Normalization) -> torch.Tensor:
    """uint8 ``(C, H, W)`` or ``(N, C, H, W)`` pixels as the float input the network trained on."""
    batch = images.unsqueeze(0) if images.dim() == 3 else images
    scale, shift = normalization.factors(torch.device("cpu"))
    result = batch.float() * scale + shift
    return result[0] if images.dim() == 3 else result


def drawing_image(drawing: npt.ArrayLike, input_shape: tuple[int, int, int]) -> torch.Tensor:
    """A hand drawing (``(H, W)`` floats in [0, 1], white ink on black) as a uint8 input image."""
    values = np.clip(np.asarray(drawing, dtype=np.float64), 0.0, 1.0)
    if values.ndim != 2:
        raise ValueError(f"a drawing is a 2-D array; got shape {values.shape}")
    pixels = torch.from_numpy(np.rint(values * 255).astype(np.uint8))[None, None]
    fitted, _ = fit_images(pixels, input_shape)
    return fitted[0]


def file_image(path: str | os.PathLike[str], input_shape: tuple[int, int, int]) -> torch.Tensor:
    """An image file fitted to the input as training fits its images, decoded as training decodes
    them (16-bit, transparency, EXIF); unreadable files, and images too large to decode (a small file
    may claim billions of pixels), say so without decoding them."""
    from PIL import Image

    channels, height, width = input_shape
    try:
        picture = upright_image(Path(path), 2 * max(height, width)).convert("L" if channels == 1 else "RGB")
        # Averaged down to at least twice the input's size first: resizing millions of pixels as floats
        # took hundreds of megabytes.
        factor = min(picture.width // (2 * width), picture.height // (2 * height))
        array = np.array(picture.reduce(factor) if factor > 1 else picture, dtype=np.uint8)
    except (TooLarge, Image.DecompressionBombError):  # ours, and Pillow's own limit (twice ours)
        raise DatasetError(
            phrase("{path} has more than {limit:,} pixels, too many to open; pick a smaller image").format(
                path=path, limit=MAX_PIXELS
            )
        ) from None
    # Pillow fails on damaged files in many ways: OSError, SyntaxError, struct.error, ...
    except Exception as error:
        reason = type(error).__name__
        raise DatasetError(
            phrase("{path} could not be read as an image ({reason}); pick another file").format(
                path=path, reason=reason
            )
        ) from None
    pixels = torch.from_numpy(array[None] if array.ndim == 2 else array.transpose(2, 0, 1).copy())
    fitted, _ = fit_images(pixels[None], input_shape)
    return fitted[0]
