"""Sliding-window arithmetic shared by shape inference and the torch builder."""

from __future__ import annotations

from designer.core.params import Pair, as_pair
from designer.core.phrases import Phrase, phrase

#: Zeros added (top, bottom, left, right).
Pads = tuple[int, int, int, int]


def effective_kernel(kernel: Pair, dilation: Pair) -> Pair:
    """The span of a dilated kernel: ``d * (k - 1) + 1`` per axis."""
    return (dilation[0] * (kernel[0] - 1) + 1, dilation[1] * (kernel[1] - 1) + 1)


def same_padding(size: int, kernel: int, stride: int) -> tuple[int, int]:
    """Keras/TensorFlow "same" padding of one axis: output ``ceil(size / stride)``.

    When the total is odd the extra zero goes after (bottom or right), as in TensorFlow.
    """
    out = -(-size // stride)
    total = max((out - 1) * stride + kernel - size, 0)
    return total // 2, total - total // 2


def resolve_padding(padding: str | int | Pair, size: Pair, kernel: Pair, stride: Pair) -> Pads:
    """Turn a padding parameter into zeros per side for an input of ``size`` (h, w)."""
    if padding == "valid":
        return (0, 0, 0, 0)
    if padding == "same":
        return same_padding(size[0], kernel[0], stride[0]) + same_padding(size[1], kernel[1], stride[1])
    assert not isinstance(padding, str)
    ph, pw = as_pair(padding)
    return (ph, ph, pw, pw)


def window_output(size: int, kernel: int, stride: int, pad_total: int) -> int:
    """Positions of a window sliding over a padded axis (0 or less: it does not fit)."""
    return (size + pad_total - kernel) // stride + 1


def describe_pair(pair: Pair) -> str:
    """``(5, 5)`` -> ``"5x5"``."""
    return f"{pair[0]}x{pair[1]}"


def describe_padding(pads: Pads) -> Phrase:
    """``(1, 1, 2, 2)`` -> ``"padding 1x2"``, in words the window can translate."""
    top, bottom, left, right = pads
    if top == bottom == left == right:
        return phrase("padding {size}").format(size=top)
    if (top, left) == (bottom, right):
        return phrase("padding {height}x{width}").format(height=top, width=left)
    return phrase("padding {top}/{bottom} (top/bottom) and {left}/{right} (left/right)").format(
        top=top, bottom=bottom, left=left, right=right
    )
