"""The built-in digits and shapes sets: their form, determinism, balance, caching and drawing helpers."""

from __future__ import annotations

import io

import numpy as np
import pytest
import torch

from designer.engine.datasets import generated
from designer.engine.datasets.digits import DIGITS, load_digits
from designer.engine.datasets.raster import gaussian_blur, splat
from designer.engine.datasets.shapes import SHAPES, load_shapes

SETS = [
    pytest.param(load_digits, DIGITS, (1, 28, 28), id="digits"),
    pytest.param(load_shapes, SHAPES, (3, 32, 32), id="shapes"),
]


@pytest.fixture(autouse=True)
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CNN_DESIGNER_CACHE", str(tmp_path))
    return tmp_path


@pytest.fixture
def generations(monkeypatch):
    """Counts the sets actually drawn (rather than read from the cache)."""
    drawn: list[str] = []
    real = generated.generate

    def counting(spec, *args):
        drawn.append(spec.name)
        return real(spec, *args)

    monkeypatch.setattr(generated, "generate", counting)
    return drawn


@pytest.mark.parametrize(("load", "spec", "shape"), SETS)
def test_images_and_labels_have_the_promised_form(load, spec, shape):
    data = load(train_count=120, test_count=40)
    assert data.name == spec.name
    assert len(data.class_names) == len(set(data.class_names)) == 10
    assert data.sample_shape == shape
    for split, count in ((data.train, 120), (data.test, 40)):
        assert split.images.dtype == torch.uint8
        assert split.images.shape == (count, *shape)
        assert split.labels.dtype == torch.int64
        assert split.labels.min() >= 0
        assert split.labels.max() <= 9


def test_digit_names_are_the_digits():
    assert load_digits(train_count=10, test_count=10).class_names == tuple("0123456789")


@pytest.mark.parametrize(("load", "spec", "shape"), SETS)
def test_classes_are_balanced(load, spec, shape):
    data = load(train_count=205, test_count=53)
    for split in (data.train, data.test):
        counts = torch.bincount(split.labels, minlength=10)
        assert int(counts.max() - counts.min()) <= 1


@pytest.mark.parametrize(("load", "spec", "shape"), SETS)
def test_a_seed_gives_the_same_set_and_another_seed_a_different_one(load, spec, shape, cache, generations):
    first = load(train_count=60, test_count=20, seed=3)
    for path in (cache / "generated").iterdir():
        path.unlink()
    again = load(train_count=60, test_count=20, seed=3)
    other = load(train_count=60, test_count=20, seed=4)
    assert generations == [spec.name] * 3
    assert torch.equal(first.train.images, again.train.images)
    assert torch.equal(first.test.labels, again.test.labels)
    assert not torch.equal(first.train.images, other.train.images)


@pytest.mark.parametrize(("load", "spec", "shape"), SETS)
def test_test_images_are_not_training_images(load, spec, shape):
    data = load(train_count=100, test_count=100)
    assert not torch.equal(data.train.images, data.test.images)
    seen = {image.numpy().tobytes() for image in data.train.images}
    assert not any(image.numpy().tobytes() in seen for image in data.test.images)


def test_digit_labels_match_the_images():
    """Even the nearest class average, far from a good classifier, reads most digits right."""
    data = load_digits(train_count=1000, test_count=200)
    images = data.train.images.flatten(1).float()
    centres = torch.stack([images[data.train.labels == digit].mean(dim=0) for digit in range(10)])
    predicted = torch.cdist(data.test.images.flatten(1).float(), centres).argmin(dim=1)
    assert (predicted == data.test.labels).float().mean() > 0.5


@pytest.mark.slow
def test_a_small_network_learns_the_shapes():
    torch.manual_seed(0)
    data = load_shapes(train_count=3000, test_count=500)

    def normalised(images):
        images = images.float() / 255
        return (images - images.mean(dim=(0, 2, 3), keepdim=True)) / images.std(dim=(0, 2, 3), keepdim=True)

    train, test = normalised(data.train.images), normalised(data.test.images)
    net = torch.nn.Sequential(
        *(
            layer
            for inputs, outputs in ((3, 16), (16, 32), (32, 32))
            for layer in (
                torch.nn.Conv2d(inputs, outputs, 3, padding=1),
                torch.nn.ReLU(),
                torch.nn.MaxPool2d(2),
            )
        ),
        torch.nn.AdaptiveMaxPool2d(1),
        torch.nn.Flatten(),
        torch.nn.Linear(32, 10),
    )
    optimizer = torch.optim.Adam(net.parameters(), lr=3e-3)
    for _ in range(8):
        for start in range(0, len(train), 50):
            batch = slice(start, start + 50)
            loss = torch.nn.functional.cross_entropy(net(train[batch]), data.train.labels[batch])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
    with torch.no_grad():
        accuracy = (net(test).argmax(dim=1) == data.test.labels).float().mean()
    assert accuracy > 0.3, "well above the 10% of guessing"


def test_digits_are_light_strokes_on_a_dark_ground():
    images = load_digits(train_count=100, test_count=10).train.images.float()
    assert images.flatten(1).median(dim=1).values.max() < 40
    assert images.flatten(1).amax(dim=1).min() > 200
    border = torch.cat([images[..., 0, :], images[..., -1, :], images[..., 0], images[..., -1]], dim=-1)
    assert border.mean() < 20


@pytest.mark.parametrize(("load", "spec", "shape"), SETS)
def test_the_cache_is_reused(load, spec, shape, cache, generations, monkeypatch):
    first = load(train_count=50, test_count=20, seed=1)
    files = list((cache / "generated").iterdir())
    assert [path.name for path in files] == [f"{spec.name}-v{spec.version}-seed1-train50-test20.npz"]
    monkeypatch.setattr(generated, "generate", _fail)
    again = load(train_count=50, test_count=20, seed=1)
    assert generations == [spec.name]
    assert torch.equal(first.train.images, again.train.images)
    assert torch.equal(first.test.labels, again.test.labels)
    assert again.notes == []


def _fail(*args):
    raise AssertionError("drawn again although cached")


def _empty(data: bytes) -> bytes:
    return b""


def _truncated(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _garbage(data: bytes) -> bytes:
    return bytes(np.random.default_rng(0).integers(0, 256, len(data), dtype=np.uint8))


def _corrupt_middle(data: bytes) -> bytes:
    middle = len(data) // 2
    return data[:middle] + bytes(1000) + data[middle + 1000 :]


def _wrong_shapes(data: bytes) -> bytes:
    with np.load(io.BytesIO(data)) as archive:
        arrays = {key: archive[key] for key in archive.files}
    arrays["train_images"] = arrays["train_images"][:-1]
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


def _bad_labels(data: bytes) -> bytes:
    with np.load(io.BytesIO(data)) as archive:
        arrays = {key: archive[key] for key in archive.files}
    arrays["test_labels"] = arrays["test_labels"] + 10
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


def _pickled(data: bytes) -> bytes:
    buffer = io.BytesIO()
    np.savez(buffer, train_images=np.array([object()], dtype=object))
    return buffer.getvalue()


def _single_array(data: bytes) -> bytes:
    buffer = io.BytesIO()
    np.save(buffer, np.zeros((50, 1, 28, 28), dtype=np.uint8))
    return buffer.getvalue()


@pytest.mark.parametrize(
    "spoil",
    [_truncated, _garbage, _corrupt_middle, _wrong_shapes, _bad_labels, _pickled, _single_array, _empty],
)
def test_a_spoilt_cache_file_is_drawn_again(spoil, cache, generations):
    first = load_digits(train_count=50, test_count=20)
    (path,) = (cache / "generated").iterdir()
    path.write_bytes(spoil(path.read_bytes()))
    again = load_digits(train_count=50, test_count=20)
    assert generations == ["digits", "digits"]
    assert torch.equal(first.train.images, again.train.images)
    assert torch.equal(first.test.labels, again.test.labels)
    assert load_digits(train_count=50, test_count=20).train.images.shape == (50, 1, 28, 28)
    assert generations == ["digits", "digits"], "the rewritten cache file is good"


def test_other_counts_get_their_own_cache_file(cache, generations):
    load_digits(train_count=30, test_count=10)
    load_digits(train_count=40, test_count=10)
    assert generations == ["digits", "digits"]
    assert len(list((cache / "generated").iterdir())) == 2


def test_files_of_earlier_versions_are_removed(cache):
    folder = cache / "generated"
    folder.mkdir()
    old = folder / f"digits-v{DIGITS.version - 1}-seed0-train30-test10.npz"
    other_set = folder / f"shapes-v{SHAPES.version - 1}-seed0-train30-test10.npz"
    for path in (old, other_set):
        path.write_bytes(b"old")
    load_digits(train_count=30, test_count=10)
    load_digits(train_count=40, test_count=10)
    assert sorted(path.name for path in folder.iterdir()) == [
        f"digits-v{DIGITS.version}-seed0-train30-test10.npz",
        f"digits-v{DIGITS.version}-seed0-train40-test10.npz",
        other_set.name,
    ]


def test_progress_is_reported_while_generating_only(monkeypatch):
    monkeypatch.setattr(generated, "CHUNK", 25)
    reports: list[tuple[str, float | None]] = []
    load_shapes(
        train_count=80, test_count=20, progress=lambda message, fraction: reports.append((message, fraction))
    )
    fractions = [fraction for _, fraction in reports]
    assert {message for message, _ in reports} == {"Generating shapes"}
    assert fractions[0] == 0.0
    assert fractions[-1] == 1.0
    assert len(fractions) >= 5
    assert fractions == sorted(fractions)
    reports.clear()
    load_shapes(
        train_count=80, test_count=20, progress=lambda message, fraction: reports.append((message, fraction))
    )
    assert reports == []


def test_an_unwritable_cache_still_gives_the_set_with_a_note(cache, monkeypatch):
    blocker = cache / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("CNN_DESIGNER_CACHE", str(blocker))
    data = load_digits(train_count=20, test_count=10)
    assert len(data.train) == 20
    assert len(data.notes) == 1
    assert "could not be cached" in data.notes[0]


@pytest.mark.parametrize(("counts", "seed"), [((0, 10), 0), ((10, 0), 0), ((10, 10), -1)])
def test_impossible_requests_are_refused(counts, seed):
    with pytest.raises(ValueError, match="digits"):
        load_digits(*counts, seed=seed)


def test_splat_keeps_the_weight_of_points_inside_the_image():
    points = torch.tensor([[[3.2, 4.7], [10.5, 10.5], [0.5, 0.5]], [[7.9, 1.1], [50.0, 3.0], [-9.0, 2.0]]])
    weights = torch.tensor([[1.0, 2.0, 0.5], [1.5, 4.0, 4.0]])
    images = splat(points, weights, 12)
    torch.testing.assert_close(images.sum(dim=(1, 2)), torch.tensor([3.5, 1.5]))
    assert images[0, 0, 0] == pytest.approx(0.5)
    assert images[0, 10, 10] == pytest.approx(2.0)


def test_gaussian_blur_spreads_each_image_by_its_own_width():
    images = torch.zeros(2, 15, 15)
    images[:, 7, 7] = 1.0
    blurred = gaussian_blur(images, torch.tensor([0.5, 2.0]))
    torch.testing.assert_close(blurred.sum(dim=(1, 2)), torch.ones(2))
    assert blurred[0, 7, 7] > 3 * blurred[1, 7, 7]
    torch.testing.assert_close(blurred[1], blurred[1].T)
