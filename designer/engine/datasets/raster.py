"""Drawing helpers shared by the generated data sets, each working on a whole batch of images at once."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import torch
import torch.nn.functional as F


def uniform(rng: np.random.Generator, low: float, high: float, *shape: int) -> torch.Tensor:
    """float32 values drawn uniformly from ``[low, high)``."""
    return torch.from_numpy(rng.uniform(low, high, shape).astype(np.float32))


def normal(rng: np.random.Generator, scale: float, *shape: int) -> torch.Tensor:
    """float32 values drawn from a normal distribution around 0."""
    return torch.from_numpy(rng.standard_normal(shape, dtype=np.float32) * np.float32(scale))


def pixel_centres(size: int) -> tuple[torch.Tensor, torch.Tensor]:
    """x ``(1, size)`` and y ``(size, 1)`` of the pixel centres of a square image; pixel i spans [i, i+1)."""
    centres = torch.arange(size, dtype=torch.float32) + 0.5
    return centres.view(1, size), centres.view(size, 1)


def splat(points: torch.Tensor, weights: torch.Tensor, size: int) -> torch.Tensor:
    """Spread weighted points ``(N, P, 2)`` (x, y in pixels) over ``(N, size, size)`` images, bilinearly.

    Points sampled densely along a stroke, each weighted by the length it stands for, give a
    line of density 1 per pixel of length, which a blur then turns into ink.
    """
    count = points.shape[0]
    grid = points - 0.5  # pixel centres sit at integer coordinates on this grid
    corner = grid.floor()
    fraction = grid - corner
    corner_index = corner.long()
    base = torch.arange(count).view(count, 1) * size * size
    flat_index = []
    flat_weight = []
    for dx in (0, 1):
        for dy in (0, 1):
            x = corner_index[..., 0] + dx
            y = corner_index[..., 1] + dy
            share = (fraction[..., 0] if dx else 1 - fraction[..., 0]) * (
                fraction[..., 1] if dy else 1 - fraction[..., 1]
            )
            inside = (x >= 0) & (x < size) & (y >= 0) & (y < size)
            flat_index.append((base + y.clamp(0, size - 1) * size + x.clamp(0, size - 1)).flatten())
            flat_weight.append((share * weights * inside).flatten())
    image = torch.bincount(torch.cat(flat_index), torch.cat(flat_weight), minlength=count * size * size)
    return image.view(count, size, size).float()


def gaussian_blur(images: torch.Tensor, sigma: torch.Tensor) -> torch.Tensor:
    """Blur each image ``(N, H, W)`` with its own standard deviation ``sigma`` ``(N,)`` in pixels."""
    count, height, width = images.shape
    radius = max(1, int(np.ceil(3 * float(sigma.max()))))
    offsets = torch.arange(-radius, radius + 1, dtype=torch.float32)
    kernel = torch.exp(-0.5 * (offsets.view(1, -1) / sigma.view(-1, 1)) ** 2)
    kernel = kernel / kernel.sum(dim=1, keepdim=True)
    # One group per image: a grouped convolution applies each image's kernel to it alone.
    rows = F.conv2d(
        images.view(1, count, height, width), kernel.view(count, 1, 1, -1), padding=(0, radius), groups=count
    )
    out = F.conv2d(rows, kernel.view(count, 1, -1, 1), padding=(radius, 0), groups=count)
    return out.view(count, height, width)


def squared_segment_distance(
    x: torch.Tensor, y: torch.Tensor, start: torch.Tensor, end: torch.Tensor
) -> torch.Tensor:
    """Squared distance from points ``(x, y)`` to segments ``start``-``end`` (``(..., 2)``), broadcasting.

    Squared, so that callers taking the nearest of many segments need only one square root.
    """
    ax, ay = start[..., 0], start[..., 1]
    dx, dy = end[..., 0] - ax, end[..., 1] - ay
    px, py = x - ax, y - ay
    t = ((px * dx + py * dy) / (dx * dx + dy * dy).clamp_min(1e-12)).clamp(0, 1)
    return (px - t * dx).square() + (py - t * dy).square()


def to_uint8(images: torch.Tensor, noise: torch.Tensor, rng: np.random.Generator) -> npt.NDArray[np.uint8]:
    """Images in [0, 1] plus Gaussian pixel noise of per-image strength ``noise`` ``(N,)``, as uint8."""
    shape = tuple(images.shape)
    noisy = images + normal(rng, 1.0, *shape) * noise.view(-1, *([1] * (len(shape) - 1)))
    return (noisy.clamp(0, 1) * 255).round().to(torch.uint8).numpy()
