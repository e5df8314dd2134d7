"""The built-in ``digits`` set: handwritten-style digits 0-9, 1x28x28, white strokes on black like MNIST.

Each digit is a few pen strokes through control points (Catmull-Rom curves).  Every sample
jitters the control points, stretches, slants, rotates, scales and shifts the digit, bends it
with a smooth random displacement, inks it with a pen of random width and adds noise.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from math import ceil, pi

import numpy as np
import numpy.typing as npt
import torch
import torch.nn.functional as F

from designer.engine.datasets.base import Dataset, Progress, no_progress
from designer.engine.datasets.generated import GeneratedSet, load_generated
from designer.engine.datasets.raster import gaussian_blur, normal, splat, to_uint8, uniform

SIZE = 28
#: Curve samples per unit of skeleton length: about two per pixel at the largest digit size.
_SAMPLES_PER_UNIT = 48


@dataclass(frozen=True)
class _Skeleton:
    """Control points in a unit box (x right, y down) and strokes as lists of point indices.

    A stroke that ends at its first point is a closed loop.  Strokes that share a point stay
    joined however the points are jittered.
    """

    points: tuple[tuple[float, float], ...]
    strokes: tuple[tuple[int, ...], ...]
    #: Curve samples = ``sampler @ points``; ``joined[i]`` says samples i and i+1 are on one stroke.
    sampler: npt.NDArray[np.float32] = field(init=False, repr=False, compare=False)
    joined: npt.NDArray[np.bool_] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        points = np.array(self.points)
        rows: list[npt.NDArray[np.float64]] = []
        joined: list[bool] = []
        for stroke in self.strokes:
            closed = len(stroke) > 2 and stroke[0] == stroke[-1]
            # Catmull-Rom needs a neighbour before the first and after the last point.
            padded = (stroke[-2], *stroke, stroke[1]) if closed else (stroke[0], *stroke, stroke[-1])
            for segment in range(len(stroke) - 1):
                last = segment == len(stroke) - 2
                length = float(np.linalg.norm(points[stroke[segment + 1]] - points[stroke[segment]]))
                steps = max(4, ceil(length * _SAMPLES_PER_UNIT))
                t = np.arange(steps + (1 if last else 0)) / steps
                weights = 0.5 * np.stack(
                    [-t + 2 * t**2 - t**3, 2 - 5 * t**2 + 3 * t**3, t + 4 * t**2 - 3 * t**3, t**3 - t**2],
                    axis=1,
                )
                block = np.zeros((len(t), len(points)))
                for k in range(4):
                    block[:, padded[segment + k]] += weights[:, k]
                rows.append(block)
                joined.extend([True] * len(t))
            joined[-1] = False
        object.__setattr__(self, "sampler", np.concatenate(rows).astype(np.float32))
        object.__setattr__(self, "joined", np.array(joined[:-1]))


def _s(points: list[tuple[float, float]], *strokes: tuple[int, ...]) -> _Skeleton:
    return _Skeleton(tuple(points), strokes)


#: Ways of writing each digit; a sample picks one at random.
_SKELETONS: tuple[tuple[_Skeleton, ...], ...] = (
    (
        _s(
            [(0.5, 0), (0.86, 0.1), (1, 0.45), (0.9, 0.85), (0.5, 1), (0.12, 0.88), (0, 0.5), (0.12, 0.12)],
            (0, 1, 2, 3, 4, 5, 6, 7, 0),
        ),
    ),
    (
        _s([(0.5, 0), (0.5, 1)], (0, 1)),
        _s([(0.15, 0.28), (0.6, 0), (0.5, 1)], (0, 1), (1, 2)),
        _s([(0.15, 0.28), (0.55, 0), (0.5, 1), (0.15, 1), (0.85, 1)], (0, 1), (1, 2), (3, 2, 4)),
    ),
    (
        _s(
            [(0.05, 0.25), (0.4, 0), (0.85, 0.08), (0.9, 0.38), (0.55, 0.68), (0, 1), (1, 1)],
            (0, 1, 2, 3, 4, 5),
            (5, 6),
        ),
        _s(
            [(0, 0.2), (0.45, 0), (0.92, 0.2), (0.7, 0.55), (0.05, 0.98), (0.3, 0.85), (1, 0.98)],
            (0, 1, 2, 3, 4, 5, 6),
        ),
    ),
    (
        _s(
            [(0.05, 0.1), (0.5, 0), (0.9, 0.18), (0.75, 0.42), (0.4, 0.5)]
            + [(0.95, 0.68), (0.8, 0.95), (0.4, 1), (0, 0.85)],
            (0, 1, 2, 3, 4),
            (4, 5, 6, 7, 8),
        ),
    ),
    (
        _s([(0.7, 0), (0, 0.68), (1, 0.68), (0.7, 1)], (0, 1), (1, 2), (0, 3)),
        _s([(0.15, 0), (0.05, 0.58), (1, 0.58), (0.75, 0.05), (0.75, 1)], (0, 1), (1, 2), (3, 4)),
    ),
    (
        _s(
            [(0.95, 0), (0.2, 0), (0.12, 0.45), (0.6, 0.38), (0.95, 0.65), (0.8, 0.93), (0.4, 1), (0, 0.87)],
            (0, 1),
            (1, 2),
            (2, 3, 4, 5, 6, 7),
        ),
    ),
    (
        _s(
            [(0.8, 0), (0.4, 0.2), (0.08, 0.6), (0.3, 0.98), (0.75, 0.95), (0.92, 0.7), (0.6, 0.5)]
            + [(0.22, 0.58), (0.1, 0.72)],
            (0, 1, 2, 3, 4, 5, 6, 7, 8),
        ),
    ),
    (
        _s([(0, 0), (1, 0), (0.65, 0.5), (0.4, 1)], (0, 1), (1, 2, 3)),
        _s([(0, 0), (1, 0), (0.65, 0.5), (0.4, 1), (0.35, 0.52), (0.95, 0.48)], (0, 1), (1, 2, 3), (4, 5)),
    ),
    (
        _s(
            [(0.5, 0), (0.85, 0.12), (0.8, 0.37), (0.5, 0.48), (0.2, 0.37), (0.15, 0.12)]
            + [(0.92, 0.68), (0.85, 0.92), (0.5, 1), (0.15, 0.92), (0.08, 0.68)],
            (0, 1, 2, 3, 4, 5, 0),
            (3, 6, 7, 8, 9, 10, 3),
        ),
    ),
    (
        _s(
            [
                (0.5, 0),
                (0.9, 0.15),
                (0.85, 0.4),
                (0.5, 0.5),
                (0.12, 0.38),
                (0.12, 0.12),
                (0.88, 0.6),
                (0.6, 1),
            ],
            (0, 1, 2, 3, 4, 5, 0),
            (1, 6, 7),
        ),
        _s(
            [(0.5, 0), (0.9, 0.15), (0.85, 0.4), (0.5, 0.5), (0.12, 0.38), (0.12, 0.12), (0.85, 1)],
            (0, 1, 2, 3, 4, 5, 0),
            (1, 6),
        ),
    ),
)


def _curves(skeleton: _Skeleton, rng: np.random.Generator, count: int) -> torch.Tensor:
    """Sampled curves ``(count, Q, 2)`` through jittered control points, centred on 0."""
    points = torch.tensor(skeleton.points, dtype=torch.float32) - 0.5
    points = points + normal(rng, 0.05, count, len(skeleton.points), 2)
    return torch.einsum("qp,npd->nqd", torch.from_numpy(skeleton.sampler), points)


def _lengths(points: torch.Tensor, joined: npt.NDArray[np.bool_]) -> torch.Tensor:
    """The length of stroke each curve sample ``(N, Q, 2)`` stands for: half the way to each neighbour."""
    steps = (points[:, 1:] - points[:, :-1]).norm(dim=2) * torch.from_numpy(joined)
    return 0.5 * (F.pad(steps, (1, 0)) + F.pad(steps, (0, 1)))


def _place(curves: torch.Tensor, rng: np.random.Generator) -> torch.Tensor:
    """Curves stretched, slanted, rotated, scaled to pixels, bent and shifted into the frame."""
    count = curves.shape[0]
    x = curves[..., 0] * uniform(rng, 0.6, 0.95, count, 1)
    y = curves[..., 1]
    x = x - uniform(rng, -0.15, 0.45, count, 1) * y
    angle = uniform(rng, -0.25, 0.25, count, 1)
    cos, sin = torch.cos(angle), torch.sin(angle)
    scale = uniform(rng, 16.0, 22.0, count, 1)
    x, y = (cos * x - sin * y) * scale, (sin * x + cos * y) * scale
    # A smooth bend: two travelling waves per axis, about a pixel high and a digit long.
    waves = (count, 1, 2)
    for axis in range(2):
        direction = uniform(rng, 0, 2 * pi, *waves)
        frequency = 2 * pi / uniform(rng, 12.0, 30.0, *waves)
        phase = uniform(rng, 0, 2 * pi, *waves)
        height = uniform(rng, 0, 1.0, *waves)
        arg = (torch.cos(direction) * x.unsqueeze(2) + torch.sin(direction) * y.unsqueeze(2)) * frequency
        bend = (height * torch.sin(arg + phase)).sum(dim=2)
        x, y = (x + bend, y) if axis == 0 else (x, y + bend)
    placed = torch.stack([x, y], dim=2)
    low, high = placed.amin(dim=1, keepdim=True), placed.amax(dim=1, keepdim=True)
    extent = high - low
    # Shrink digits that rotation and slant made too big for the frame, then shift within it.
    fit = (24.0 / extent.amax(dim=2, keepdim=True)).clamp(max=1.0)
    extent = extent * fit
    room = ((SIZE - 2 - extent) / 2).clamp(min=0.0, max=3.0)
    shift = (uniform(rng, -1.0, 1.0, count, 1, 2) * room) + SIZE / 2
    return (placed - (low + high) / 2) * fit + shift


def _draw(labels: npt.NDArray[np.int64], rng: np.random.Generator) -> npt.NDArray[np.uint8]:
    count = len(labels)
    styles = rng.integers(0, 6, count)  # 6: shared evenly by one, two or three styles
    density = torch.zeros(count, SIZE, SIZE)
    for digit, skeletons in enumerate(_SKELETONS):
        for style, skeleton in enumerate(skeletons):
            chosen = np.flatnonzero((labels == digit) & (styles % len(skeletons) == style))
            if len(chosen):
                points = _place(_curves(skeleton, rng, len(chosen)), rng)
                density[chosen] = splat(points, _lengths(points, skeleton.joined), SIZE)
    # The blur turns the centre line into a soft stroke; the gain sets how far it saturates.
    sigma = uniform(rng, 0.65, 1.05, count)
    peak = 1 / (sigma * (2 * pi) ** 0.5)
    gain = uniform(rng, 1.2, 3.5, count) / peak
    ink = (gaussian_blur(density, sigma) * gain.view(-1, 1, 1)).clamp(0, 1)
    return to_uint8(ink.unsqueeze(1), uniform(rng, 0.0, 0.12, count), rng)


DIGITS = GeneratedSet("digits", 3, tuple(str(digit) for digit in range(10)), (1, SIZE, SIZE), _draw)


def load_digits(
    train_count: int = 60_000, test_count: int = 10_000, seed: int = 0, progress: Progress = no_progress
) -> Dataset:
    """Handwritten-style digits, drawn on first use and then read from the cache."""
    return load_generated(DIGITS, train_count, test_count, seed, progress)
