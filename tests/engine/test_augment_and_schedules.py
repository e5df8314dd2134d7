"""Batch augmentation, normalisation, mixup and learning-rate schedules."""

from __future__ import annotations

import math

import pytest
import torch

from designer.core.training import TrainingSettings
from designer.engine.augment import Normalization, augment, mixup
from designer.engine.optim import make_optimizer, rate_factor


def batch(n: int = 8) -> torch.Tensor:
    return torch.arange(n * 2 * 5 * 5, dtype=torch.float32).reshape(n, 2, 5, 5) + 1


def test_normalization_measures_and_applies_per_channel():
    images = torch.stack([torch.full((8, 8), 0), torch.full((8, 8), 255)]).unsqueeze(0).repeat(4, 1, 1, 1)
    images[:2, 0] = 255
    norm = Normalization.of(images.to(torch.uint8))
    assert norm.mean == pytest.approx((0.5, 1.0))
    assert norm.std == pytest.approx((0.5, 1e-3))
    scale, shift = norm.factors(torch.device("cpu"))
    out = images.float() * scale + shift
    assert out[:, 0].unique().tolist() == [-1.0, 1.0]


def test_flip_only_mirrors_whole_images():
    x = batch()
    y = augment(x, TrainingSettings(augment_flip=True), torch.Generator().manual_seed(0))
    flipped = [torch.equal(a, b.flip(-1)) for a, b in zip(y, x, strict=True)]
    kept = [torch.equal(a, b) for a, b in zip(y, x, strict=True)]
    assert all(f or k for f, k in zip(flipped, kept, strict=True))
    assert any(flipped)
    assert any(kept)


def test_crop_shifts_by_whole_pixels_and_fills_with_zeros():
    x = batch(16)
    y = augment(x, TrainingSettings(augment_crop=2), torch.Generator().manual_seed(3))
    for original, moved in zip(x, y, strict=True):
        matches = []
        for dy in range(-2, 3):
            for dx in range(-2, 3):
                padded = torch.nn.functional.pad(original, (2, 2, 2, 2))
                window = padded[:, 2 + dy : 7 + dy, 2 + dx : 7 + dx]
                matches.append(torch.equal(window, moved))
        assert any(matches)


def test_augmentation_is_deterministic_for_a_generator():
    settings = TrainingSettings(augment_crop=1, augment_flip=True, augment_affine=True)
    first = augment(batch(), settings, torch.Generator().manual_seed(5))
    second = augment(batch(), settings, torch.Generator().manual_seed(5))
    assert torch.equal(first, second)
    assert not torch.equal(first, batch())


def test_no_augmentation_returns_the_batch():
    x = batch()
    assert augment(x, TrainingSettings(), torch.Generator()) is x


def test_mixup_blends_pairs():
    torch.manual_seed(0)
    x, labels = batch(), torch.arange(8)
    mixed, a, b, weight = mixup(x, labels, 0.4, torch.Generator().manual_seed(1))
    assert 0 <= weight <= 1
    assert torch.equal(a, labels)
    order = b.tolist()
    torch.testing.assert_close(mixed, weight * x + (1 - weight) * x[order])


@pytest.mark.parametrize(
    ("schedule", "step", "expected"),
    [
        ("none", 500, 1.0),
        ("step", 99, 1.0),
        ("step", 100, 0.1),
        ("step", 250, 0.01),
        ("cosine", 0, 1.0),
        ("cosine", 500, 0.5),
        ("cosine", 1000, 0.0),
        ("one_cycle", 0, 0.04),
        ("one_cycle", 300, 1.0),
        ("one_cycle", 1000, 0.0),
    ],
)
def test_schedules(schedule, step, expected):
    # 10 epochs of 100 steps; step every 1 epoch (step_epochs=1) x 0.1
    settings = TrainingSettings(schedule=schedule, epochs=10, step_epochs=1)
    assert rate_factor(settings, step, 100) == pytest.approx(expected, abs=1e-9)


def test_keras_decay_divides_the_rate():
    settings = TrainingSettings(lr_decay=1e-6)
    assert rate_factor(settings, 1_000_000, 100) == pytest.approx(0.5)
    assert math.isclose(rate_factor(settings, 0, 100), 1.0)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("sgd", torch.optim.SGD),
        ("adam", torch.optim.Adam),
        ("adamw", torch.optim.AdamW),
        ("rmsprop", torch.optim.RMSprop),
    ],
)
def test_optimizers(name, kind):
    model = torch.nn.Linear(2, 2)
    optimizer = make_optimizer(model, TrainingSettings(optimizer=name, learning_rate=0.5, weight_decay=0.01))
    assert isinstance(optimizer, kind)
    assert optimizer.param_groups[0]["lr"] == 0.5
    assert optimizer.param_groups[0]["weight_decay"] == 0.01
