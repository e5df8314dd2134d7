"""Single image files a user opens for inspection or ``cnn-designer predict`` (``file_image``): PNG, JPEG,
BMP, GIF and WebP files of many modes (16-bit, palette, alpha, 1-bit) and sizes (1x1, very wide), intact,
damaged (truncated, bit-flipped, bytes inserted), empty or no image at all, and headers claiming
gigapixels. Every case gives a uint8 image of the requested shape or a DatasetError naming the file;
never another exception, a hang or a huge allocation."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
import torch
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from PIL import Image

from designer.engine.datasets.base import DatasetError
from designer.engine.datasets.image_folder import MAX_PIXELS
from designer.engine.inspect_data import file_image
from tests.engine.test_fuzz_dataset_files import png_header
from tests.fuzzing import damaged_bytes, peak_memory_growth_below

FUZZ = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
#: Far more than any intact image here needs (the largest has 300 pixels), and than a claim over the limit.
MEMORY_MIB = 128
#: A damaged header may claim any size up to the limit, which is decoded: 4 bytes a pixel, and a copy.
DAMAGED_MEMORY_MIB = MAX_PIXELS * 8 // 2**20
#: The formats a user's picture comes in, and the modes each can store.
FORMATS = {
    "PNG": ["1", "L", "LA", "P", "RGB", "RGBA", "I;16"],
    "JPEG": ["L", "RGB", "CMYK"],
    "BMP": ["1", "L", "P", "RGB"],
    "GIF": ["L", "P"],
    "WEBP": ["RGB", "RGBA"],
}
SIZES = [(1, 1), (300, 1), (1, 300), (16, 12)]
SHAPES = [(1, 8, 8), (3, 8, 8), (3, 5, 7), (1, 28, 28)]


def encoded(kind: str, mode: str, size: tuple[int, int], seed: int) -> bytes:
    """An image of random pixels in this format and mode."""
    values = np.random.default_rng(seed).integers(0, 256, (size[1], size[0], 4), dtype=np.uint8)
    picture = Image.fromarray(values, "RGBA")
    picture = picture.convert("RGB").convert(mode) if mode in ("I;16", "CMYK") else picture.convert(mode)
    buffer = io.BytesIO()
    picture.save(buffer, kind)
    return buffer.getvalue()


IMAGES = st.builds(
    lambda kind, data: (kind, data.draw(st.sampled_from(FORMATS[kind]))),
    st.sampled_from(sorted(FORMATS)),
    st.data(),
)


@pytest.fixture(scope="module")
def path(tmp_path_factory):
    return tmp_path_factory.mktemp("images") / "picture"


def outcome(raw: bytes, path: Path, shape: tuple[int, int, int], memory_mib: int = MEMORY_MIB) -> str:
    """'opened' for an image of ``shape``, else the DatasetError's text after the file's name."""
    path.write_bytes(raw)
    with peak_memory_growth_below(memory_mib):
        try:
            image = file_image(path, shape)
        except DatasetError as error:
            refusal = str(error)
        else:
            assert image.dtype == torch.uint8
            assert tuple(image.shape) == shape
            return "opened"
    assert refusal.startswith(f"{path} "), refusal
    return refusal.removeprefix(f"{path} ")


@pytest.mark.filterwarnings("ignore:Palette images with Transparency:UserWarning")
@FUZZ
@given(IMAGES, st.sampled_from(SIZES), st.sampled_from(SHAPES), st.integers(0, 3))
def test_images_of_every_format_mode_and_size_open(path, image, size, shape, seed):
    kind, mode = image
    assert outcome(encoded(kind, mode, size, seed), path, shape) == "opened"
    event(f"{kind} {mode}")


@pytest.mark.filterwarnings("ignore:Palette images with Transparency:UserWarning")
@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
@FUZZ
@given(IMAGES, st.sampled_from(SIZES), st.sampled_from(SHAPES), st.data())
def test_damaged_images_open_or_are_named(path, image, size, shape, data):
    raw = data.draw(damaged_bytes(encoded(*image, size, seed=0)))
    event(f"{image[0]}: {outcome(raw, path, shape, DAMAGED_MEMORY_MIB)[:40]}")


@settings(FUZZ, max_examples=40)
@given(
    st.one_of(
        st.binary(max_size=64),
        st.sampled_from([b"", b"name,label\ncat.png,0\n", "\u202e\U0001f600".encode(), b"\0" * 1000]),
    ),
    st.sampled_from(SHAPES),
)
def test_files_that_are_no_image_are_named(path, raw, shape):
    refusal = outcome(raw, path, shape)
    assert refusal.startswith("could not be read as an image (")
    event(refusal)


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
@pytest.mark.parametrize(
    ("width", "height"),
    [(10_000, 10_000), (100_000, 100_000), (2**31 - 1, 2**31 - 1)],
    ids=["100 million pixels (Pillow only warns)", "10 billion (Pillow refuses)", "the largest PNG"],
)
def test_images_claiming_too_many_pixels_are_refused_without_decoding(path, width, height):
    """A few hundred bytes claiming a decompression bomb: decoding one of 100 million pixels took 400 MB."""
    assert width * height > MAX_PIXELS
    assert outcome(png_header(width, height), path, (1, 8, 8)) == (
        f"has more than {MAX_PIXELS:,} pixels, too many to open; pick a smaller image"
    )


def test_a_large_image_is_averaged_down_before_it_is_fitted(path):
    """4000x4000 RGB took 190 MB more as floats in fit_images; averaged down to 32x32 first, it does not."""
    values = np.zeros((4000, 4000, 3), dtype=np.uint8)
    values[:, 2000:] = 200
    Image.fromarray(values).save(path, "BMP")
    with peak_memory_growth_below(100):
        image = file_image(path, (3, 16, 16))
    assert image[:, :, :7].max() == 0
    assert image[:, :, 9:].min() == 200


def test_an_image_at_the_limit_is_not_refused_for_its_size(path):
    width = MAX_PIXELS // 10_000
    assert outcome(png_header(width, 10_000), path, (1, 8, 8)).startswith("could not be read as an image")
