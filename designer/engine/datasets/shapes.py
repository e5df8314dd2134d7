"""The built-in ``shapes`` set: ten kinds of coloured object, 3x32x32 RGB, on cluttered backgrounds.

Each sample is one shape of random colour, size, position and rotation, drawn over a noisy
two-colour gradient crossed by distractor lines, with small blobs that may cover part of it.
Shapes are signed distance functions in a unit frame, evaluated at every pixel of a batch.
"""

from __future__ import annotations

from collections.abc import Callable
from math import pi

import numpy as np
import numpy.typing as npt
import torch
import torch.nn.functional as F

from designer.engine.datasets.base import Dataset, Progress, no_progress
from designer.engine.datasets.generated import GeneratedSet, load_generated
from designer.engine.datasets.raster import pixel_centres, squared_segment_distance, to_uint8, uniform

SIZE = 32

#: Signed distance (negative inside) of a shape at points ``(x, y)`` of its unit frame.
Shape = Callable[[torch.Tensor, torch.Tensor], torch.Tensor]


def _disc(cx: float, cy: float, radius: float) -> Shape:
    return lambda x, y: torch.hypot(x - cx, y - cy) - radius


def _polygon(vertices: list[tuple[float, float]]) -> Shape:
    """Any simple polygon: distance to the nearest edge, negative inside by the even-odd rule."""
    start = torch.tensor(vertices, dtype=torch.float32)
    end = start.roll(-1, dims=0)
    rise = end[:, 1] - start[:, 1]
    slope = (end[:, 0] - start[:, 0]) / rise  # infinite for level edges, which never straddle a point

    def distance(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        px, py = x.unsqueeze(-1), y.unsqueeze(-1)
        nearest = squared_segment_distance(px, py, start, end).amin(dim=-1).sqrt()
        above = py - start[:, 1]
        crossing = ((above < 0) != (above < rise)) & (px - start[:, 0] < slope * above)
        inside = crossing.sum(dim=-1) % 2 == 1
        return torch.where(inside, -nearest, nearest)

    return distance


def _regular(corners: int, radius: float, inner: float | None = None) -> Shape:
    """A regular polygon, or a star when ``inner`` gives the radius of the notches between points."""
    steps = corners * (2 if inner else 1)
    radii = [radius if inner is None or k % 2 == 0 else inner for k in range(steps)]
    angles = [2 * pi * k / steps for k in range(steps)]
    return _polygon([(r * np.cos(a), r * np.sin(a)) for r, a in zip(radii, angles, strict=True)])


def _union(*shapes: Shape) -> Shape:
    return lambda x, y: torch.stack([shape(x, y) for shape in shapes]).amin(dim=0)


def _ring(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    return (torch.hypot(x, y) - 0.7).abs() - 0.22


def _crescent(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    return torch.maximum(torch.hypot(x, y) - 0.92, 0.72 - torch.hypot(x - 0.4, y))


_CROSS = [(0.3, 0.95), (0.3, 0.3), (0.95, 0.3), (0.95, -0.3), (0.3, -0.3), (0.3, -0.95)]
_ARROW = [(-0.95, -0.2), (0.1, -0.2), (0.1, -0.58), (0.95, 0), (0.1, 0.58), (0.1, 0.2), (-0.95, 0.2)]

#: Name and signed distance of each class, sized to fill roughly a unit circle.
_SHAPES: tuple[tuple[str, Shape], ...] = (
    ("circle", _disc(0, 0, 0.85)),
    ("square", _regular(4, 1.0)),
    ("triangle", _regular(3, 1.0)),
    ("hexagon", _regular(6, 0.92)),
    ("star", _regular(5, 1.0, inner=0.42)),
    ("cross", _polygon(_CROSS + [(-x, -y) for x, y in _CROSS])),
    ("ring", _ring),
    (
        "heart",
        _union(
            _disc(-0.4, -0.35, 0.48),
            _disc(0.4, -0.35, 0.48),
            _polygon([(-0.85, -0.15), (0.85, -0.15), (0, 0.85)]),
        ),
    ),
    ("crescent", _crescent),
    ("arrow", _polygon(_ARROW)),
)


def _colours(rng: np.random.Generator, count: int) -> torch.Tensor:
    return uniform(rng, 0.0, 1.0, count, 3)


def _paint(canvas: torch.Tensor, alpha: torch.Tensor, colour: torch.Tensor) -> torch.Tensor:
    """``canvas`` ``(N, 3, H, W)`` with ``colour`` (``(N, 3)`` or per pixel) laid over it at ``alpha``."""
    if colour.dim() == 2:
        colour = colour.view(-1, 3, 1, 1)
    alpha = alpha.unsqueeze(1)
    return canvas * (1 - alpha) + colour * alpha


def _background(rng: np.random.Generator, count: int) -> torch.Tensor:
    """A gradient between two random colours in a random direction, mottled by smooth noise."""
    x, y = pixel_centres(SIZE)
    direction = uniform(rng, 0, 2 * pi, count, 1, 1)
    along = ((x - SIZE / 2) * torch.cos(direction) + (y - SIZE / 2) * torch.sin(direction)) / SIZE + 0.5
    first, second = _colours(rng, count), _colours(rng, count)
    canvas = _paint(first.view(-1, 3, 1, 1).expand(-1, -1, SIZE, SIZE), along.clamp(0, 1), second)
    mottle = uniform(rng, -0.1, 0.1, count, 3, 4, 4)
    return canvas + F.interpolate(mottle, size=(SIZE, SIZE), mode="bilinear", align_corners=False)


def _contrasting(rng: np.random.Generator, behind: torch.Tensor) -> torch.Tensor:
    """Random colours ``(N, 3)``, each the first of a few tries that stands out from ``behind``."""
    tries = uniform(rng, 0.0, 1.0, behind.shape[0], 8, 3)
    gap = (tries - behind.unsqueeze(1)).norm(dim=2)
    apart = gap >= 0.5
    pick = torch.where(apart.any(dim=1), apart.int().argmax(dim=1), gap.argmax(dim=1))
    return tries[torch.arange(len(pick)), pick]


def _scatter(
    rng: np.random.Generator,
    canvas: torch.Tensor,
    mark: Callable[[np.random.Generator, int], torch.Tensor],
    slots: int,
    chance: float,
) -> torch.Tensor:
    """``canvas`` with up to ``slots`` marks in random colours, each there with probability ``chance``."""
    count = canvas.shape[0]
    for _ in range(slots):
        alpha = mark(rng, count)
        shown = torch.from_numpy(rng.random(count) < chance).view(count, 1, 1)
        canvas = _paint(canvas, alpha * shown, _colours(rng, count))
    return canvas


def _line(rng: np.random.Generator, count: int) -> torch.Tensor:
    """Coverage of a thin, faint line across the image."""
    x, y = pixel_centres(SIZE)
    ends = uniform(rng, -4.0, SIZE + 4.0, count, 2, 2).view(count, 1, 1, 2, 2)
    width = uniform(rng, 0.7, 1.5, count, 1, 1)
    strength = uniform(rng, 0.4, 0.9, count, 1, 1)
    distance = squared_segment_distance(x, y, ends[..., 0, :], ends[..., 1, :]).sqrt()
    return (width / 2 + 0.5 - distance).clamp(0, 1) * strength


def _blob(rng: np.random.Generator, count: int) -> torch.Tensor:
    """Coverage of a dot much smaller than any shape."""
    x, y = pixel_centres(SIZE)
    centre = uniform(rng, 0.0, SIZE, count, 2, 1, 1)
    radius = uniform(rng, 1.2, 2.8, count, 1, 1)
    return (radius + 0.5 - torch.hypot(x - centre[:, 0], y - centre[:, 1])).clamp(0, 1)


def _draw(labels: npt.NDArray[np.int64], rng: np.random.Generator) -> npt.NDArray[np.uint8]:
    count = len(labels)
    background = _background(rng, count)
    canvas = _scatter(rng, background, _line, slots=2, chance=0.6)
    # The shape's unit frame: pixel centres moved to its centre, turned by its angle, scaled by its radius.
    radius = uniform(rng, 8.5, 13.0, count, 1, 1)
    room = (SIZE / 2 - radius.unsqueeze(1)).clamp(0, 5)
    centre = SIZE / 2 + uniform(rng, -1.0, 1.0, count, 2, 1, 1) * room
    angle = uniform(rng, -pi, pi, count, 1, 1)
    x, y = pixel_centres(SIZE)
    dx, dy = x - centre[:, 0], y - centre[:, 1]
    u = (torch.cos(angle) * dx + torch.sin(angle) * dy) / radius
    v = (-torch.sin(angle) * dx + torch.cos(angle) * dy) / radius
    distance = torch.empty(count, SIZE, SIZE)
    for index, (_, shape) in enumerate(_SHAPES):
        chosen = torch.from_numpy(np.flatnonzero(labels == index))
        if len(chosen):
            distance[chosen] = shape(u[chosen], v[chosen])
    alpha = (0.5 - distance * radius).clamp(0, 1)
    column, row = centre.view(count, 2).long().clamp(0, SIZE - 1).unbind(dim=1)
    behind = background[torch.arange(count), :, row, column]
    colour = _contrasting(rng, behind).view(count, 3, 1, 1)
    # Light falling from one side: the colour brightens across the shape.
    light = uniform(rng, 0, 2 * pi, count, 1, 1)
    shading = 1 + 0.2 * (torch.cos(light) * u + torch.sin(light) * v).clamp(-1, 1)
    canvas = _paint(canvas, alpha, colour * shading.unsqueeze(1))
    canvas = _scatter(rng, canvas, _blob, slots=2, chance=0.5)
    return to_uint8(canvas, uniform(rng, 0.0, 0.05, count), rng)


SHAPES = GeneratedSet("shapes", 4, tuple(name for name, _ in _SHAPES), (3, SIZE, SIZE), _draw)


def load_shapes(
    train_count: int = 50_000, test_count: int = 10_000, seed: int = 0, progress: Progress = no_progress
) -> Dataset:
    """Coloured shapes on cluttered backgrounds, drawn on first use and then read from the cache."""
    return load_generated(SHAPES, train_count, test_count, seed, progress)
