"""Previews of data sets as the model will see them, and of augmentation as the trainer applies it."""

from __future__ import annotations

import numpy as np
import pytest

from designer.core.training import TrainingSettings
from designer.engine.dataset_preview import augmentation_preview, preview_dataset
from designer.engine.datasets.base import StreamedDataset
from tests.engine.dataset_files import sample_split, write_image_folder, write_mnist


def solid_images(count: int, value: int, seed: int) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    return [
        np.clip(rng.integers(-20, 20, (12, 12, 3)) + value, 0, 255).astype(np.uint8) for _ in range(count)
    ]


def test_mnist_preview_is_padded_to_the_input_and_counts_every_class(tmp_path):
    train = sample_split(60, (28, 28), 10, seed=1)
    write_mnist(tmp_path, train, sample_split(20, (28, 28), 10, seed=2))

    preview = preview_dataset("mnist", (1, 32, 32), data_dir=str(tmp_path), download=False)

    assert preview.name == "mnist"
    assert preview.sample_images.shape == (25, 1, 32, 32)
    assert preview.sample_images.dtype == np.uint8
    assert preview.sample_images[:, :, :2].max() == 0  # the black padding
    assert preview.notes == ("28x28 grayscale images padded by 2 on each side to 32x32.",)
    assert preview.class_counts.tolist() == np.bincount(train[1], minlength=10).tolist()
    assert (preview.train_count, preview.test_count) == (60, 20)
    assert preview.imbalance == 1.0
    assert preview.warning == ""


def test_samples_are_real_training_images_spread_over_the_classes(tmp_path):
    images, _ = sample_split(60, (28, 28), 10, seed=1)
    train = (images, np.repeat(np.arange(10), 6))  # sorted by class: the first 25 hold only five classes
    write_mnist(tmp_path, train, sample_split(20, (28, 28), 10, seed=2))

    preview = preview_dataset("mnist", (1, 28, 28), data_dir=str(tmp_path), download=False, seed=3)

    assert sorted(np.bincount(preview.sample_labels, minlength=10)) == [2] * 5 + [3] * 5
    for image, label in zip(preview.sample_images, preview.sample_labels, strict=True):
        (matches,) = np.nonzero((train[0] == image[0]).all(axis=(1, 2)))
        assert train[1][matches].tolist() == [label]
    again = preview_dataset("mnist", (1, 28, 28), data_dir=str(tmp_path), download=False, seed=3)
    assert np.array_equal(again.sample_images, preview.sample_images)
    other = preview_dataset("mnist", (1, 28, 28), data_dir=str(tmp_path), download=False, seed=4)
    assert not np.array_equal(other.sample_labels, preview.sample_labels)


def test_a_skewed_folder_is_called_unbalanced(tmp_path):
    write_image_folder(tmp_path, {"cat": solid_images(60, 200, 1), "dog": solid_images(6, 50, 2)})

    preview = preview_dataset(str(tmp_path), (3, 8, 8))

    assert preview.class_names == ("cat", "dog")
    assert preview.class_counts.tolist() == [48, 5]  # 20% of each class is held out for testing
    assert preview.imbalance == pytest.approx(9.6)
    assert preview.warning == (
        "The classes are unbalanced: 'cat' has 9.6 times as many training images as 'dog'; "
        "accuracy will flatter the bigger classes."
    )
    assert len(preview.sample_images) == 25
    assert set(preview.sample_labels.tolist()) == {0, 1}


def test_a_balanced_folder_gets_no_warning(tmp_path):
    write_image_folder(tmp_path, {"cat": solid_images(12, 200, 1), "dog": solid_images(10, 50, 2)})

    preview = preview_dataset(str(tmp_path), (3, 8, 8))

    assert preview.class_counts.tolist() == [10, 8]
    assert preview.imbalance == pytest.approx(1.25)
    assert preview.warning == ""


def test_a_set_smaller_than_the_grid_shows_every_training_image(tmp_path):
    write_image_folder(tmp_path, {"cat": solid_images(5, 200, 1), "dog": solid_images(5, 50, 2)})

    preview = preview_dataset(str(tmp_path), (1, 8, 8))

    assert preview.sample_images.shape == (8, 1, 8, 8)
    assert sorted(preview.sample_labels.tolist()) == [0, 0, 0, 0, 1, 1, 1, 1]


def test_a_class_without_training_images_is_named(tmp_path):
    images, labels = sample_split(30, (28, 28), 3)
    labels[labels == 2] = 0
    write_mnist(tmp_path, (images, labels), sample_split(10, (28, 28), 10))

    preview = preview_dataset("mnist", (1, 28, 28), data_dir=str(tmp_path), download=False)

    assert preview.imbalance == float("inf")
    assert preview.warning == "The class '2' has no training images, so the model cannot learn it."


def test_a_streamed_folder_decodes_only_the_samples(tmp_path, monkeypatch):
    write_image_folder(tmp_path, {"dark": solid_images(40, 30, 1), "bright": solid_images(40, 220, 2)})
    monkeypatch.setattr("designer.engine.datasets.catalogue.STREAM_ABOVE_BYTES", 0)
    from designer.engine.datasets import image_folder

    decoded = []
    real_decode = image_folder._decode
    monkeypatch.setattr(
        image_folder, "_decode", lambda path, *a: decoded.append(path) or real_decode(path, *a)
    )

    preview = preview_dataset(str(tmp_path), (3, 10, 10))

    assert len(decoded) == 25
    assert preview.sample_images.shape == (25, 3, 10, 10)
    assert preview.class_counts.tolist() == [32, 32]
    assert (preview.train_count, preview.test_count) == (64, 16)
    assert "stream from disk" in preview.notes[0]
    bright = preview.sample_images[preview.sample_labels == 0]
    assert bright.mean() > 150 > 60 > preview.sample_images[preview.sample_labels == 1].mean()


def test_streamed_samples_without_a_file_list_are_counted_one_by_one(monkeypatch):
    import torch

    class Numbers:
        def __len__(self) -> int:
            return 30

        def __getitem__(self, index: int) -> tuple[torch.Tensor, int]:
            return torch.full((1, 4, 4), index, dtype=torch.uint8), index % 3

    streamed = StreamedDataset("numbers", ("a", "b", "c"), Numbers(), Numbers())
    monkeypatch.setattr("designer.engine.dataset_preview.load_dataset", lambda *a, **k: streamed)

    preview = preview_dataset("numbers", (1, 4, 4))

    assert preview.class_counts.tolist() == [10, 10, 10]
    assert [int(image[0, 0, 0]) % 3 for image in preview.sample_images] == preview.sample_labels.tolist()


def test_augmentation_preview_is_deterministic_and_shaped(tmp_path):
    image = np.random.default_rng(0).integers(0, 256, (3, 16, 16), dtype=np.uint8)
    settings = TrainingSettings(augment_crop=3, augment_flip=True, augment_affine=True)

    copies = augmentation_preview(image, settings, count=8, seed=5)

    assert copies.shape == (8, 3, 16, 16)
    assert copies.dtype == np.uint8
    assert np.array_equal(copies, augmentation_preview(image, settings, count=8, seed=5))
    assert not np.array_equal(copies, augmentation_preview(image, settings, count=8, seed=6))
    assert len({copy.tobytes() for copy in copies}) > 1


def test_without_augmentation_the_copies_are_the_image():
    image = np.random.default_rng(0).integers(0, 256, (1, 8, 8), dtype=np.uint8)

    copies = augmentation_preview(image, TrainingSettings(mixup=0.4), count=3)

    assert np.array_equal(copies, np.stack([image] * 3))


def test_flips_mirror_and_crops_shift_the_pixels():
    image = np.arange(64, dtype=np.uint8).reshape(1, 8, 8) * 3 + 10

    flipped = augmentation_preview(image, TrainingSettings(augment_flip=True), count=16)
    assert all(np.array_equal(c, image) or np.array_equal(c, image[:, :, ::-1]) for c in flipped)
    assert any(np.array_equal(c, image[:, :, ::-1]) for c in flipped)

    cropped = augmentation_preview(image, TrainingSettings(augment_crop=2), count=16)
    moved = [c for c in cropped if not np.array_equal(c, image)]
    assert moved
    # Whole-pixel shifts: what is left of the image is the image moved, the rest is black.
    for copy in moved:
        assert (copy == 0).any()
        assert set(copy[copy > 0].tolist()) <= set(image.ravel().tolist())
