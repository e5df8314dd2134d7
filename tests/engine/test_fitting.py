"""Fitting images to a model's input: padding, resizing and channel conversion, with one line saying so."""

from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F

from designer.engine.datasets import fitting
from designer.engine.datasets.base import DatasetError
from designer.engine.datasets.fitting import fit_images


def images(count: int, channels: int, height: int, width: int, seed: int = 0) -> torch.Tensor:
    generator = torch.Generator().manual_seed(seed)
    return torch.randint(1, 256, (count, channels, height, width), dtype=torch.uint8, generator=generator)


def test_images_that_fit_are_returned_untouched():
    batch = images(3, 1, 28, 28)
    fitted, line = fit_images(batch, (1, 28, 28))
    assert fitted is batch
    assert line == ""


def test_mnist_is_padded_by_two_into_lenet_input():
    batch = images(5, 1, 28, 28)
    fitted, line = fit_images(batch, (1, 32, 32))
    assert line == "28x28 grayscale images padded by 2 on each side to 32x32"
    assert fitted.shape == (5, 1, 32, 32)
    assert fitted.dtype == torch.uint8
    assert torch.equal(fitted[:, :, 2:30, 2:30], batch)
    border = torch.ones(32, 32, dtype=torch.bool)
    border[2:30, 2:30] = False
    assert int(fitted[:, :, border].count_nonzero()) == 0


def test_odd_padding_puts_the_extra_row_and_column_bottom_right():
    batch = images(2, 3, 27, 30)
    fitted, line = fit_images(batch, (3, 32, 32))
    assert line == "27x30 RGB images padded with black to 32x32"
    assert torch.equal(fitted[:, :, 2:29, 1:31], batch)
    assert int(fitted.sum()) == int(batch.sum(dtype=torch.int64))


@pytest.mark.parametrize(
    ("size", "target", "resized"),
    [
        ((64, 64), (32, 32), True),  # larger
        ((23, 32), (32, 32), True),  # more than 25% smaller
        ((24, 32), (32, 32), False),  # exactly 25% smaller
        ((30, 40), (32, 32), True),  # one side larger
    ],
)
def test_padding_only_when_at_most_a_quarter_smaller(size, target, resized):
    fitted, line = fit_images(images(2, 1, *size), (1, *target))
    assert fitted.shape == (2, 1, *target)
    assert ("resized" in line) is resized
    assert ("padded" in line) is not resized


def test_resizing_is_bilinear_with_antialiasing():
    batch = images(4, 3, 64, 48)
    fitted, line = fit_images(batch, (3, 32, 32))
    assert line == "64x48 RGB images resized to 32x32"
    expected = (
        F.interpolate(batch.float(), size=(32, 32), mode="bilinear", antialias=True).round().to(torch.uint8)
    )
    assert torch.equal(fitted, expected)


def test_a_flat_image_stays_flat_when_resized_up_or_down():
    for size in (8, 100):
        fitted, _ = fit_images(torch.full((1, 1, size, size), 77, dtype=torch.uint8), (1, 32, 32))
        assert fitted.unique().tolist() == [77]


def test_rgb_becomes_grayscale_by_luminance():
    pixels = torch.tensor(
        [[255, 0, 0], [0, 255, 0], [0, 0, 255], [255, 255, 255], [10, 20, 30]], dtype=torch.uint8
    )
    batch = pixels.T.reshape(1, 3, 1, 5)
    fitted, line = fit_images(batch, (1, 1, 5))
    assert line == "RGB images converted to grayscale"
    assert fitted.flatten().tolist() == [76, 150, 29, 255, 18]  # 0.299 R + 0.587 G + 0.114 B, rounded


def test_grayscale_is_repeated_to_three_channels():
    batch = images(2, 1, 32, 32)
    fitted, line = fit_images(batch, (3, 32, 32))
    assert line == "grayscale images repeated to 3 channels"
    assert torch.equal(fitted, batch.expand(-1, 3, -1, -1))


def test_size_and_channels_change_together_in_one_line():
    batch = images(3, 1, 28, 28)
    fitted, line = fit_images(batch, (3, 32, 32))
    assert line == "28x28 grayscale images padded by 2 on each side to 32x32 and repeated to 3 channels"
    assert torch.equal(fitted[:, 1:2, 2:30, 2:30], batch)
    _, line = fit_images(images(3, 3, 64, 64), (1, 32, 32))
    assert line == "64x64 RGB images resized to 32x32 and converted to grayscale"


@pytest.mark.parametrize(("channels", "target"), [(4, 3), (2, 1), (3, 4)])
def test_other_channel_counts_are_refused_naming_both(channels, target):
    with pytest.raises(
        DatasetError, match=f"The images have {channels} channels but the model expects {target};"
    ):
        fit_images(images(1, channels, 8, 8), (target, 8, 8))


def test_chunks_give_the_same_result_as_one_pass(monkeypatch):
    batch = images(10, 3, 40, 40)
    whole, _ = fit_images(batch, (1, 32, 32))
    monkeypatch.setattr(fitting, "_CHUNK_ELEMENTS", 3 * 40 * 40 * 3)  # three images a chunk
    chunked, _ = fit_images(batch, (1, 32, 32))
    assert torch.equal(whole, chunked)
    assert torch.equal(fit_images(batch, (1, 32, 32))[0], chunked)


def test_only_uint8_image_batches_are_accepted():
    with pytest.raises(ValueError, match="uint8"):
        fit_images(torch.zeros(2, 1, 8, 8), (1, 8, 8))
