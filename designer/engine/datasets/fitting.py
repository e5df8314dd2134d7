"""Fitting images to the input shape a model expects: channel conversion, then padding or resizing."""

from __future__ import annotations

import torch
import torch.nn.functional as F

from designer.core.phrases import phrase
from designer.engine.datasets.base import DatasetError

#: ITU-R 601 luma weights, as Pillow's grayscale conversion uses.
_LUMA = (0.299, 0.587, 0.114)
#: Images smaller than the target by at most this share of the target's side are padded, not resized.
_MAX_PAD_SHARE = 0.25
#: Float elements per processing chunk (64 MiB), so large sets need no full-size float copy.
_CHUNK_ELEMENTS = 1 << 24


def fit_images(
    images: torch.Tensor, target: tuple[int, int, int], *, sentence: bool = False
) -> tuple[torch.Tensor, str]:
    """Return ``images`` (uint8 ``(N, C, H, W)``) in the ``target`` ``(C, H, W)`` shape and what was done.

    Images up to 25% smaller per side are centred on a black canvas (odd remainders go bottom/right), as
    LeNet-5 padded MNIST's 28x28 digits to 32x32; others are resized bilinearly with antialiasing.
    Grayscale is repeated to 3 channels and RGB turned to grayscale by luminance. The line is empty when
    the images already fit, and the input tensor is then returned as it is. With ``sentence`` the line
    is a sentence for a data set's notes: a capital letter first and a full stop at the end.
    """
    if images.dtype != torch.uint8 or images.dim() != 4:
        raise ValueError(f"images must be uint8 (N, C, H, W), got {images.dtype} {tuple(images.shape)}")
    count, channels, height, width = (int(d) for d in images.shape)
    out_channels, out_height, out_width = target
    if channels != out_channels and {channels, out_channels} != {1, 3}:
        raise DatasetError(
            phrase(
                "The images have {channels} channels but the model expects {expected}; only grayscale (1) "
                "and RGB (3) convert into each other. Pick a data set or input shape with matching channels."
            ).format(channels=channels, expected=out_channels)
        )
    if (channels, height, width) == tuple(target):
        return images, ""
    padding = _padding(height, width, out_height, out_width)
    out = (torch.empty if padding is None else torch.zeros)(
        (count, out_channels, out_height, out_width), dtype=torch.uint8
    )
    largest = channels * max(height * width, out_height * out_width)
    step = max(1, _CHUNK_ELEMENTS // largest)
    for start in range(0, count, step):
        chunk = images[start : start + step]
        if channels == 3 and out_channels == 1:
            chunk = _luminance(chunk)
        if padding is not None:
            top, left = padding
            region = out[start : start + step, :, top : top + height, left : left + width]
        else:
            region = out[start : start + step]
            chunk = _resize(chunk, out_height, out_width)
        region.copy_(chunk.expand(-1, out_channels, -1, -1))
    line = _describe(channels, height, width, target, padding, sentence)
    return out, phrase("{line}.").format(line=line) if sentence else line


def _padding(height: int, width: int, out_height: int, out_width: int) -> tuple[int, int] | None:
    """The (top, left) offsets when the images are to be padded, None when they are to be resized."""
    fits = all(
        size <= out_size and out_size - size <= _MAX_PAD_SHARE * out_size
        for size, out_size in ((height, out_height), (width, out_width))
    )
    return ((out_height - height) // 2, (out_width - width) // 2) if fits else None


def _luminance(chunk: torch.Tensor) -> torch.Tensor:
    weights = torch.tensor(_LUMA, dtype=torch.float32).view(1, 3, 1, 1)
    gray = (chunk.float() * weights).sum(dim=1, keepdim=True)
    return gray.round_().clamp_(0, 255).to(torch.uint8)


def _resize(chunk: torch.Tensor, height: int, width: int) -> torch.Tensor:
    resized = F.interpolate(
        chunk.float(), size=(height, width), mode="bilinear", align_corners=False, antialias=True
    )
    return resized.round_().clamp_(0, 255).to(torch.uint8)


def _describe(
    channels: int,
    height: int,
    width: int,
    target: tuple[int, int, int],
    padding: tuple[int, int] | None,
    capital: bool,
) -> str:
    """What fitting did, as a line; with ``capital`` it starts with a capital letter."""
    out_channels, out_height, out_width = target
    if (height, width) == (out_height, out_width):  # then only the channels changed, 1 to 3 or 3 to 1
        if channels == 3:
            return phrase("RGB images converted to grayscale")
        if capital:
            return phrase("Grayscale images repeated to 3 channels")
        return phrase("grayscale images repeated to 3 channels")
    kinds = {1: phrase("grayscale"), 3: phrase("RGB")}
    kind = kinds[channels] if channels in kinds else phrase("{channels}-channel").format(channels=channels)
    size = f"{out_height}x{out_width}"
    if padding is None:
        change = phrase("resized to {size}").format(size=size)
    elif len({padding[0], padding[1], out_height - height - padding[0], out_width - width - padding[1]}) == 1:
        change = phrase("padded by {padding} on each side to {size}").format(padding=padding[0], size=size)
    else:
        change = phrase("padded with black to {size}").format(size=size)
    channel_change = {
        (3, 1): phrase("converted to grayscale"),
        (1, 3): phrase("repeated to 3 channels"),
    }.get((channels, out_channels))
    if channel_change is None:
        return phrase("{height}x{width} {kind} images {change}").format(
            height=height, width=width, kind=kind, change=change
        )
    return phrase("{height}x{width} {kind} images {change} and {channel_change}").format(
        height=height, width=width, kind=kind, change=change, channel_change=channel_change
    )
