"""Loading any data set by name, fitted to the model's input."""

from __future__ import annotations

import pytest

from designer.engine.datasets.base import DatasetError
from designer.engine.datasets.catalogue import DATASETS, load_dataset
from tests.engine.dataset_files import sample_split, write_image_folder, write_mnist


def test_catalogue_lists_built_in_and_torchvision_sets():
    assert list(DATASETS) == ["digits", "shapes", "mnist", "fashion_mnist", "cifar10", "cifar100"]
    assert DATASETS["digits"].built_in
    assert DATASETS["cifar10"].sample_shape == (3, 32, 32)
    assert len(DATASETS["cifar100"].class_names) == 100


def test_mnist_is_padded_into_lenets_input(tmp_path):
    write_mnist(tmp_path, sample_split(50, (28, 28), 10, seed=1), sample_split(20, (28, 28), 10, seed=2))
    dataset = load_dataset("mnist", (1, 32, 32), data_dir=str(tmp_path), download=False, limit_train=30)
    assert dataset.train.images.shape == (30, 1, 32, 32)
    assert dataset.test.images.shape == (20, 1, 32, 32)
    assert dataset.notes == ["28x28 grayscale images padded by 2 on each side to 32x32."]
    assert dataset.train.images[:, :, :2].max() == 0


def test_image_folder_by_path(tmp_path):
    import numpy as np

    rng = np.random.default_rng(0)
    write_image_folder(
        tmp_path,
        {c: [rng.integers(0, 255, (10, 12, 3), dtype=np.uint8) for _ in range(5)] for c in ("cat", "dog")},
    )
    dataset = load_dataset(str(tmp_path), (3, 8, 8))
    assert dataset.class_names == ("cat", "dog")
    assert dataset.train.images.shape[1:] == (3, 8, 8)
    assert len(dataset.train) + len(dataset.test) == 10


@pytest.mark.parametrize(
    ("name", "kwargs", "message"),
    [
        ("imagenet", {}, "there is no data set called 'imagenet'; pick one of digits, shapes, mnist"),
        ("mnist", {"download": False}, "MNIST is not in"),
    ],
)
def test_clear_errors(tmp_path, name, kwargs, message):
    with pytest.raises(DatasetError, match=message):
        load_dataset(name, (1, 28, 28), data_dir=str(tmp_path), **kwargs)


def test_bad_limit(tmp_path):
    write_mnist(tmp_path, sample_split(10, (28, 28), 10), sample_split(10, (28, 28), 10))
    with pytest.raises(DatasetError, match="the training limit must be at least 1, got 0"):
        load_dataset("mnist", (1, 28, 28), data_dir=str(tmp_path), download=False, limit_train=0)


def test_impossible_channels(tmp_path):
    write_mnist(tmp_path, sample_split(10, (28, 28), 10), sample_split(10, (28, 28), 10))
    with pytest.raises(DatasetError, match="channels"):
        load_dataset("mnist", (4, 28, 28), data_dir=str(tmp_path), download=False)
