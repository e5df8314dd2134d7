"""One torch module per layer kind of the catalogue.

Layers with weights are ``nn.Sequential`` containers whose parts have fixed names
(``conv``, ``linear``, ``pad``, ``act``...), so a layer's weights keep the same keys
whatever its options: ``c1.conv.weight``, ``f6.linear.bias``.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import cast

import torch
import torch.nn.functional as F
from torch import nn

from designer.core.geometry import Pads, effective_kernel, resolve_padding
from designer.core.layer_kind import Params, Shape, int_param, pair_param
from designer.core.layers.blocks import projection_stride
from designer.core.layers.pooling import pool_stride
from designer.core.params import Pair

_ACTIVATIONS: dict[str, Callable[[], nn.Module]] = {
    "relu": nn.ReLU,
    "tanh": nn.Tanh,
    "sigmoid": nn.Sigmoid,
    "leaky_relu": lambda: nn.LeakyReLU(0.01),
    "elu": nn.ELU,
    "gelu": nn.GELU,
    "silu": nn.SiLU,
    "softmax": lambda: nn.Softmax(dim=1),
}


def activation_module(name: str) -> nn.Module | None:
    """The module for an activation name; ``None`` for ``linear``."""
    return None if name == "linear" else _ACTIVATIONS[name]()


def _sequential(*parts: tuple[str, nn.Module | None]) -> nn.Sequential:
    return nn.Sequential(OrderedDict((name, module) for name, module in parts if module is not None))


def _torch_pads(pads: Pads) -> tuple[int, int, int, int]:
    """Ours are (top, bottom, left, right); ``F.pad`` wants (left, right, top, bottom)."""
    top, bottom, left, right = pads
    return (left, right, top, bottom)


def _split_padding(pads: Pads) -> tuple[nn.Module | None, Pair]:
    """Symmetric padding goes into the layer itself; uneven padding needs a pad module first."""
    top, bottom, left, right = pads
    if top == bottom and left == right:
        return None, (top, left)
    return nn.ZeroPad2d(_torch_pads(pads)), (0, 0)


def _conv_pads(shape: Shape, p: Params) -> Pads:
    span = effective_kernel(pair_param(p, "kernel_size"), pair_param(p, "dilation"))
    return resolve_padding(
        cast("str | int | Pair", p["padding"]), (shape[1], shape[2]), span, pair_param(p, "stride")
    )


def _act(p: Params) -> nn.Module | None:
    return activation_module(cast(str, p["activation"]))


class Subsample(nn.Module):
    """Every ``stride``-th row and column.

    A strided 1x1 convolution is built as this, then an unstrided one: the same numbers, but
    oneDNN's weight gradient of a strided 1x1 convolution over channels-last CPU input with few
    channels writes past its buffer (oneDNN issue 6035), corrupting memory or the gradient.
    """

    def __init__(self, stride: tuple[int, int]) -> None:
        super().__init__()
        self.stride = stride

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x[:, :, :: self.stride[0], :: self.stride[1]]


def _strided_1x1(
    kernel: Pair, stride: Pair, pad: nn.Module | None, padding: Pair
) -> tuple[nn.Module | None, Subsample | None, Pair, Pair]:
    """(pad, subsample, stride, padding) for a convolution; a strided 1x1 one subsamples first."""
    if kernel != (1, 1) or stride == (1, 1):
        return pad, None, stride, padding
    if padding != (0, 0):
        pad = nn.ZeroPad2d((padding[1], padding[1], padding[0], padding[0]))
    return pad, Subsample(stride), (1, 1), (0, 0)


def build_conv2d(shape: Shape, p: Params) -> nn.Module:
    kernel = pair_param(p, "kernel_size")
    pad, sample, stride, padding = _strided_1x1(
        kernel, pair_param(p, "stride"), *_split_padding(_conv_pads(shape, p))
    )
    conv = nn.Conv2d(
        shape[0],
        int_param(p, "filters"),
        kernel,
        stride=stride,
        padding=padding,
        dilation=pair_param(p, "dilation"),
        groups=int_param(p, "groups"),
        bias=bool(p["use_bias"]),
    )
    return _sequential(("pad", pad), ("sample", sample), ("conv", conv), ("act", _act(p)))


def build_separable_conv2d(shape: Shape, p: Params) -> nn.Module:
    channels = shape[0]
    depth = channels * int_param(p, "depth_multiplier")
    pad, padding = _split_padding(_conv_pads(shape, p))
    depthwise = nn.Conv2d(
        channels,
        depth,
        pair_param(p, "kernel_size"),
        stride=pair_param(p, "stride"),
        padding=padding,
        dilation=pair_param(p, "dilation"),
        groups=channels,
        bias=False,
    )
    pointwise = nn.Conv2d(depth, int_param(p, "filters"), 1, bias=bool(p["use_bias"]))
    return _sequential(("pad", pad), ("depthwise", depthwise), ("pointwise", pointwise), ("act", _act(p)))


def build_conv2d_transpose(shape: Shape, p: Params) -> nn.Module:
    kernel, stride = pair_param(p, "kernel_size"), pair_param(p, "stride")
    padding = cast("str | int | Pair", p["padding"])
    explicit = (0, 0) if isinstance(padding, str) else pair_param(p, "padding")
    crop = None
    if padding == "same":
        # Crop (or extend) the full transposed output to exactly input x stride.
        span = effective_kernel(kernel, pair_param(p, "dilation"))
        excess = [span[a] - stride[a] for a in (0, 1)]
        before = [e // 2 if e > 0 else 0 for e in excess]
        after = [e - b for e, b in zip(excess, before, strict=True)]
        crop = nn.ZeroPad2d((-before[1], -after[1], -before[0], -after[0]))
    conv = nn.ConvTranspose2d(
        shape[0],
        int_param(p, "filters"),
        kernel,
        stride=stride,
        padding=explicit,
        output_padding=pair_param(p, "output_padding"),
        dilation=pair_param(p, "dilation"),
        bias=bool(p["use_bias"]),
    )
    return _sequential(("conv", conv), ("crop", crop), ("act", _act(p)))


class UnevenAvgPool2d(nn.Module):
    """Average pooling over unevenly zero-padded input that averages real values only.

    This is TensorFlow's "same" average pooling; PyTorch's own pads both sides equally.
    """

    def __init__(self, kernel: Pair, stride: Pair, pads: Pads) -> None:
        super().__init__()
        self.kernel = kernel
        self.stride = stride
        self.pads = _torch_pads(pads)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        total = F.avg_pool2d(F.pad(x, self.pads), self.kernel, self.stride, divisor_override=1)
        ones = x.new_ones((1, 1, x.shape[-2], x.shape[-1]))
        count = F.avg_pool2d(F.pad(ones, self.pads), self.kernel, self.stride, divisor_override=1)
        return total / count


def _pool(shape: Shape, p: Params) -> tuple[Pair, Pair, Pads]:
    window, stride = pair_param(p, "pool_size"), pool_stride(p)
    return window, stride, resolve_padding(cast(str, p["padding"]), (shape[1], shape[2]), window, stride)


def build_max_pool2d(shape: Shape, p: Params) -> nn.Module:
    window, stride, pads = _pool(shape, p)
    top, bottom, left, right = pads
    if top == bottom and left == right:
        return nn.MaxPool2d(window, stride, padding=(top, left))
    return _sequential(
        ("pad", nn.ConstantPad2d(_torch_pads(pads), float("-inf"))), ("pool", nn.MaxPool2d(window, stride))
    )


def build_avg_pool2d(shape: Shape, p: Params) -> nn.Module:
    window, stride, pads = _pool(shape, p)
    top, bottom, left, right = pads
    if top == bottom and left == right:
        return nn.AvgPool2d(window, stride, padding=(top, left), count_include_pad=False)
    return UnevenAvgPool2d(window, stride, pads)


def build_dense(shape: Shape, p: Params) -> nn.Module:
    linear = nn.Linear(shape[0], int_param(p, "units"), bias=bool(p["use_bias"]))
    return _sequential(("linear", linear), ("act", _act(p)))


def build_batch_norm(shape: Shape, p: Params) -> nn.Module:
    norm = nn.BatchNorm2d if len(shape) == 3 else nn.BatchNorm1d
    return norm(
        shape[0], eps=cast(float, p["epsilon"]), momentum=cast(float, p["momentum"]), affine=bool(p["affine"])
    )


BUILDERS: dict[str, Callable[[Shape, Params], nn.Module]] = {
    "Conv2D": build_conv2d,
    "SeparableConv2D": build_separable_conv2d,
    "Conv2DTranspose": build_conv2d_transpose,
    "MaxPool2D": build_max_pool2d,
    "AvgPool2D": build_avg_pool2d,
    "GlobalAvgPool2D": lambda shape, p: _sequential(
        ("pool", nn.AdaptiveAvgPool2d(1)), ("flatten", nn.Flatten())
    ),
    "GlobalMaxPool2D": lambda shape, p: _sequential(
        ("pool", nn.AdaptiveMaxPool2d(1)), ("flatten", nn.Flatten())
    ),
    "Flatten": lambda shape, p: nn.Flatten(),
    "Dense": build_dense,
    "Dropout": lambda shape, p: nn.Dropout(cast(float, p["rate"])),
    "BatchNorm": build_batch_norm,
    "Activation": lambda shape, p: _act(p) or nn.Identity(),
}


class Residual(nn.Module):
    """A residual block: ``activation(body(x) + shortcut(x))``."""

    def __init__(self, body: nn.Module, shortcut: nn.Module, activation: nn.Module) -> None:
        super().__init__()
        self.body, self.shortcut, self.activation = body, shortcut, activation

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.activation(self.body(x) + self.shortcut(x))  # type: ignore[no-any-return]


class Parallel(nn.Module):
    """Branches on the same input, their outputs stacked by channel (``concat``) or summed (``add``)."""

    def __init__(self, branches: list[nn.Module], merge: str, activation: nn.Module) -> None:
        super().__init__()
        self.branches = nn.ModuleList(branches)
        self.merge, self.activation = merge, activation

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        outputs = [branch(x) for branch in self.branches]
        merged = torch.cat(outputs, dim=1) if self.merge == "concat" else torch.stack(outputs).sum(dim=0)
        return self.activation(merged)  # type: ignore[no-any-return]


def projection(shape: Shape, out: Shape) -> nn.Module:
    """ResNet's projection shortcut: a bias-free strided 1x1 convolution (a linear map for vectors)
    and a BatchNorm, bringing ``shape`` to ``out``."""
    if len(shape) == 1:
        return _sequential(
            ("linear", nn.Linear(shape[0], out[0], bias=False)), ("norm", nn.BatchNorm1d(out[0]))
        )
    strides = [projection_stride(size, size_out) for size, size_out in zip(shape[1:], out[1:], strict=True)]
    stride = cast(Pair, tuple(strides))
    sample = None if stride == (1, 1) else Subsample(stride)  # a strided 1x1 convolution, see Subsample
    conv = nn.Conv2d(shape[0], out[0], 1, bias=False)
    return _sequential(("sample", sample), ("conv", conv), ("norm", nn.BatchNorm2d(out[0])))
