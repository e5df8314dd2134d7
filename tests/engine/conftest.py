"""Small in-memory data sets for engine tests: quick to train, easy to learn."""

from __future__ import annotations

import pytest
import torch

from designer.core.architecture import Architecture, InputSpec, Layer
from designer.engine.datasets.base import Dataset, ImageData


def bright_squares(count: int, seed: int, size: int = 16, classes: int = 4) -> ImageData:
    """Noise with a bright square whose position tells the class."""
    generator = torch.Generator().manual_seed(seed)
    labels = torch.randint(0, classes, (count,), generator=generator)
    images = (torch.rand(count, 1, size, size, generator=generator) * 80).to(torch.uint8)
    step = size // classes
    for index, label in enumerate(labels.tolist()):
        images[index, 0, label * step : label * step + step, label * step : label * step + step] = 250
    return ImageData(images, labels)


@pytest.fixture
def squares() -> Dataset:
    return Dataset("squares", ("a", "b", "c", "d"), bright_squares(384, 1), bright_squares(128, 2))


@pytest.fixture
def small_net() -> Architecture:
    return Architecture(
        InputSpec(1, 16, 16),
        (
            Layer.new("Conv2D", "conv", filters=4, kernel_size=3, padding="same"),
            Layer.new("MaxPool2D", "pool", pool_size=4),
            Layer.new("Dropout", "drop", rate=0.1),
            Layer.new("Flatten", "flat"),
            Layer.new("Dense", "out", units=4, activation="softmax"),
        ),
    )
