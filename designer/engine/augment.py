"""Normalisation and augmentation on whole batches, on the training device.

No per-sample Python: one affine warp per batch does crop, flip and jitter together.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch
import torch.nn.functional as F

from designer.core.training import TrainingSettings


@dataclass(frozen=True)
class Normalization:
    """Per-channel mean and standard deviation of the training images, in [0, 1] units."""

    mean: tuple[float, ...]
    std: tuple[float, ...]

    @classmethod
    def of(cls, images: torch.Tensor, chunk: int = 4096) -> Normalization:
        """Measure uint8 images ``(N, C, H, W)`` chunk by chunk, in float64."""
        channels = images.shape[1]
        total = torch.zeros(channels, dtype=torch.float64)
        squares = torch.zeros(channels, dtype=torch.float64)
        for start in range(0, images.shape[0], chunk):
            part = images[start : start + chunk].to(torch.float64) / 255
            total += part.sum(dim=(0, 2, 3))
            squares += (part * part).sum(dim=(0, 2, 3))
        count = images.shape[0] * images.shape[2] * images.shape[3]
        mean = total / max(count, 1)
        std = (squares / max(count, 1) - mean * mean).clamp_min(0).sqrt().clamp_min(1e-3)
        return cls(tuple(mean.tolist()), tuple(std.tolist()))

    def factors(self, device: torch.device) -> tuple[torch.Tensor, torch.Tensor]:
        """``scale`` and ``shift`` with ``normalised = pixels * scale + shift``, shaped to broadcast."""
        scale = torch.tensor([1 / (255 * s) for s in self.std], device=device).view(1, -1, 1, 1)
        shift = torch.tensor([-m / s for m, s in zip(self.mean, self.std, strict=True)], device=device)
        return scale, shift.view(1, -1, 1, 1)


def _affine_grids(
    images: torch.Tensor, settings: TrainingSettings, generator: torch.Generator
) -> torch.Tensor:
    n, _, h, w = images.shape
    theta = torch.zeros(n, 2, 3)
    angle = torch.zeros(n)
    scale = torch.ones(n)
    shift = torch.zeros(n, 2)
    if settings.augment_affine:
        angle = (torch.rand(n, generator=generator) * 2 - 1) * math.radians(10)
        scale = 0.9 + torch.rand(n, generator=generator) * 0.2
        shift += (torch.rand(n, 2, generator=generator) * 2 - 1) * 0.1
    if settings.augment_crop:
        # Whole-pixel shifts of up to augment_crop pixels, in grid units (2 / size per pixel).
        reach = settings.augment_crop
        pixels = torch.randint(-reach, reach + 1, (n, 2), generator=generator).float()
        shift += pixels * torch.tensor([2 / w, 2 / h])
    flip = torch.ones(n)
    if settings.augment_flip:
        flip = torch.where(torch.rand(n, generator=generator) < 0.5, -1.0, 1.0)
    cos, sin = torch.cos(angle) / scale, torch.sin(angle) / scale
    theta[:, 0, 0], theta[:, 0, 1], theta[:, 0, 2] = cos * flip, -sin, shift[:, 0]
    theta[:, 1, 0], theta[:, 1, 1], theta[:, 1, 2] = sin * flip, cos, shift[:, 1]
    return F.affine_grid(theta.to(images.device), [n, 1, h, w], align_corners=False)


def augments(settings: TrainingSettings) -> bool:
    return bool(settings.augment_crop or settings.augment_flip or settings.augment_affine)


def augment(images: torch.Tensor, settings: TrainingSettings, generator: torch.Generator) -> torch.Tensor:
    """Randomly warp a float batch; what falls outside the image becomes 0 (black before normalising)."""
    if not augments(settings):
        return images
    mode = "bilinear" if settings.augment_affine else "nearest"
    grid = _affine_grids(images, settings, generator)
    return F.grid_sample(images, grid, mode=mode, padding_mode="zeros", align_corners=False)


def mixup(
    images: torch.Tensor, labels: torch.Tensor, alpha: float, generator: torch.Generator
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, float]:
    """Blend each image with another of the batch: returns images, both label sets and the weight."""
    weight = float(torch.distributions.Beta(alpha, alpha).sample().item()) if alpha > 0 else 1.0
    order = torch.randperm(images.shape[0], generator=generator).to(images.device)
    return weight * images + (1 - weight) * images[order], labels, labels[order], weight
