"""The samples inspection works on: test splits, image files and drawings, as the network sees them."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from PIL import Image

from designer.engine.augment import Normalization
from designer.engine.datasets.base import DatasetError
from designer.engine.datasets.image_folder import _decode
from designer.engine.inspect_data import drawing_image, file_image, load_inspect_data, normalise
from tests.engine.dataset_files import (
    sample_split,
    write_broken_image,
    write_image,
    write_image_folder,
    write_mnist,
)


def test_mnist_test_split_is_fitted_and_normalised_like_training(tmp_path):
    train, test = sample_split(60, (28, 28), 10, seed=1), sample_split(20, (28, 28), 10, seed=2)
    write_mnist(tmp_path, train, test)
    data = load_inspect_data("mnist", (1, 32, 32), data_dir=str(tmp_path), download=False)
    assert len(data) == 20
    assert data.labels.tolist() == test[1].tolist()
    assert data.image(3).shape == (1, 32, 32)
    np.testing.assert_array_equal(data.image(3)[0, 2:30, 2:30].numpy(), test[0][3])
    np.testing.assert_array_equal(data.images([3, 5])[1].numpy(), data.image(5).numpy())
    assert data.indices_of(int(test[1][0]))[0] == 0
    padded = np.pad(train[0], ((0, 0), (2, 2), (2, 2))) / 255
    assert data.normalization.mean[0] == pytest.approx(padded.mean())


def test_a_streamed_folder_gives_its_labels_and_decodes_on_demand(tmp_path, monkeypatch):
    rng = np.random.default_rng(0)
    dark = [rng.integers(0, 60, (10, 10, 3), dtype=np.uint8) for _ in range(10)]
    bright = [rng.integers(190, 255, (10, 10, 3), dtype=np.uint8) for _ in range(10)]
    write_image_folder(tmp_path / "images", {"bright": bright, "dark": dark})
    monkeypatch.setattr("designer.engine.datasets.catalogue.STREAM_ABOVE_BYTES", 0)
    data = load_inspect_data(str(tmp_path / "images"), (3, 10, 10))
    assert data.class_names == ("bright", "dark")
    assert len(data) == 4
    for index in range(len(data)):
        brightness = float(data.image(index).float().mean())
        assert (brightness > 128) == (data.labels[index] == 0)
    assert data.images([0, 1]).shape == (2, 3, 10, 10)


def test_normalising_matches_the_trainers_factors():
    norm = Normalization((0.5, 0.25, 0.1), (0.2, 0.3, 0.4))
    image = torch.randint(0, 256, (3, 4, 4), dtype=torch.uint8)
    expected = (image.double() / 255 - torch.tensor(norm.mean).view(3, 1, 1)) / torch.tensor(norm.std).view(
        3, 1, 1
    )
    np.testing.assert_allclose(normalise(image, norm).numpy(), expected.numpy(), rtol=1e-5, atol=1e-5)
    assert normalise(image[None], norm).shape == (1, 3, 4, 4)


def test_a_drawing_becomes_a_padded_grayscale_input():
    drawing = np.zeros((28, 28))
    drawing[10:20, 12:16] = 1.0
    image = drawing_image(drawing, (1, 32, 32))
    assert image.dtype == torch.uint8
    assert image.shape == (1, 32, 32)
    assert image[0, 12:22, 14:18].min() == 255
    assert int(image.sum()) == 255 * 40
    assert drawing_image(drawing, (3, 28, 28)).shape == (3, 28, 28)
    with pytest.raises(ValueError, match="2-D"):
        drawing_image(np.zeros((1, 28, 28)), (1, 28, 28))


def test_an_image_file_is_fitted_and_a_broken_one_explained(tmp_path):
    pixels = np.zeros((64, 48, 3), dtype=np.uint8)
    pixels[:, :, 0] = 200
    path = write_image(tmp_path / "red.png", pixels)
    image = file_image(path, (3, 32, 32))
    assert image.shape == (3, 32, 32)
    assert int(image[0].float().mean().round()) == 200
    assert int(image[1].max()) == 0
    gray = file_image(path, (1, 28, 28))
    assert gray.shape == (1, 28, 28)
    assert int(gray.float().mean().round()) == round(0.299 * 200)
    with pytest.raises(DatasetError, match="could not be read as an image"):
        file_image(write_broken_image(tmp_path / "broken.png"), (3, 32, 32))
    with pytest.raises(DatasetError, match="could not be read"):
        file_image(tmp_path / "missing.png", (3, 32, 32))


@pytest.mark.parametrize("mode", ["I;16", "RGBA", "LA"])
def test_an_image_file_is_decoded_as_training_decodes_it(tmp_path, mode):
    """16-bit values scaled, transparency over white: what predict sees is what training saw."""
    rng = np.random.default_rng(0)
    if mode == "I;16":
        image = Image.fromarray(rng.integers(0, 65536, (32, 32), dtype=np.uint16))
    else:
        image = Image.fromarray(rng.integers(0, 256, (32, 32, len(mode)), dtype=np.uint8), mode)
    path = tmp_path / "picture.png"
    image.save(path)
    for channels in (1, 3):
        expected = torch.from_numpy(_decode(path, channels, (32, 32)).copy())
        assert torch.equal(file_image(path, (channels, 32, 32)), expected)
