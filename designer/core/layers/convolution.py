"""Convolution layer kinds: Conv2D, SeparableConv2D and Conv2DTranspose."""

from __future__ import annotations

from typing import cast

from designer.core.geometry import effective_kernel, window_output
from designer.core.layer_kind import (
    Fix,
    Footprint,
    Inferred,
    LayerError,
    LayerKind,
    Params,
    Shape,
    check_window_fits,
    feature_map,
    int_param,
    pair_param,
)
from designer.core.layers.activation import activation_param
from designer.core.params import BoolParam, IntParam, PaddingParam, Pair, SizeParam, as_pair
from designer.core.phrases import phrase

MAX_CHANNELS = 65536
MAX_KERNEL = 1024
MAX_STRIDE = 1024

FILTERS = IntParam(
    name="filters",
    label=phrase("Filters"),
    default=32,
    minimum=1,
    maximum=MAX_CHANNELS,
    help=phrase("Number of output channels (kernels)"),
)
KERNEL_SIZE = SizeParam(
    name="kernel_size",
    label=phrase("Kernel size"),
    default=3,
    minimum=1,
    maximum=MAX_KERNEL,
    help=phrase("Height and width of each kernel: one number or [height, width]"),
)
STRIDE = SizeParam(
    name="stride",
    label=phrase("Stride"),
    default=1,
    minimum=1,
    maximum=MAX_STRIDE,
    help=phrase("Step between kernel positions"),
)
PADDING = PaddingParam(
    name="padding",
    label=phrase("Padding"),
    default="valid",
    help=phrase('"valid": no padding; "same": output = ceil(input / stride); or zeros per side'),
)
DILATION = SizeParam(
    name="dilation",
    label=phrase("Dilation"),
    default=1,
    minimum=1,
    maximum=MAX_KERNEL,
    help=phrase("Spacing between kernel taps"),
)
#: What Conv2D and SeparableConv2D share: how many filters, and how the kernel slides.
SLIDING = (FILTERS, KERNEL_SIZE, STRIDE, PADDING, DILATION)
USE_BIAS = BoolParam(
    name="use_bias",
    label=phrase("Use bias"),
    default=True,
    help=phrase("Add a learned bias to each output channel"),
)


GROUPS_1 = Fix(phrase("Set groups to 1"), {"groups": 1})
NO_OUTPUT_PADDING = Fix(phrase("Set output_padding to 0"), {"output_padding": 0})


def _window(p: Params) -> tuple[Pair, Pair, Pair]:
    """Kernel, its dilated span, and stride."""
    kernel = pair_param(p, "kernel_size")
    return kernel, effective_kernel(kernel, pair_param(p, "dilation")), pair_param(p, "stride")


def _slide(h: int, w: int, p: Params) -> tuple[int, int, Footprint]:
    """Output height and width of the kernel sliding over the input, and its footprint."""
    _, span, stride = _window(p)
    pads = check_window_fits(phrase("kernel"), "kernel_size", p, (h, w), pair_param(p, "dilation"), stride)
    oh = window_output(h, span[0], stride[0], pads[0] + pads[1])
    ow = window_output(w, span[1], stride[1], pads[2] + pads[3])
    return oh, ow, Footprint(span, stride)


def _infer_conv2d(shape: Shape, p: Params) -> Inferred:
    c, h, w = feature_map(shape, "Conv2D")
    filters, groups = int_param(p, "filters"), int_param(p, "groups")
    if c % groups:
        raise LayerError(
            phrase("groups ({groups}) must divide the {channels} input channels").format(
                groups=groups, channels=c
            ),
            (GROUPS_1,),
        )
    if filters % groups:
        raise LayerError(
            phrase("groups ({groups}) must divide the {filters} filters").format(
                groups=groups, filters=filters
            ),
            (GROUPS_1,),
        )
    oh, ow, reach = _slide(h, w, p)
    kh, kw = pair_param(p, "kernel_size")
    per_position = filters * (c // groups) * kh * kw
    return Inferred(
        shape=(filters, oh, ow),
        params=per_position + (filters if p["use_bias"] else 0),
        macs=per_position * oh * ow,
        footprint=reach,
    )


CONV2D = LayerKind(
    name="Conv2D",
    group=phrase("Convolution"),
    description=phrase("Slides learned kernels over the input; each filter makes one output channel"),
    params=(
        *SLIDING,
        IntParam(
            name="groups",
            label=phrase("Groups"),
            default=1,
            minimum=1,
            maximum=MAX_CHANNELS,
            help=phrase("Split channels into groups convolved separately (must divide inputs and filters)"),
        ),
        USE_BIAS,
        activation_param("relu"),
    ),
    infer=_infer_conv2d,
)


def _infer_separable(shape: Shape, p: Params) -> Inferred:
    c, h, w = feature_map(shape, "SeparableConv2D")
    filters, multiplier = int_param(p, "filters"), int_param(p, "depth_multiplier")
    oh, ow, reach = _slide(h, w, p)
    kh, kw = pair_param(p, "kernel_size")
    depthwise = c * multiplier * kh * kw
    pointwise = c * multiplier * filters
    return Inferred(
        shape=(filters, oh, ow),
        params=depthwise + pointwise + (filters if p["use_bias"] else 0),
        macs=(depthwise + pointwise) * oh * ow,
        footprint=reach,
    )


SEPARABLE_CONV2D = LayerKind(
    name="SeparableConv2D",
    group=phrase("Convolution"),
    description=phrase("A per-channel (depthwise) convolution then a 1x1 one: far fewer weights"),
    params=(
        *SLIDING,
        IntParam(
            name="depth_multiplier",
            label=phrase("Depth multiplier"),
            default=1,
            minimum=1,
            maximum=1024,
            help=phrase("Depthwise kernels per input channel"),
        ),
        BoolParam(
            name="use_bias",
            label=phrase("Use bias"),
            default=True,
            help=phrase("Add a learned bias after the 1x1 convolution"),
        ),
        activation_param("relu"),
    ),
    infer=_infer_separable,
)


def _transposed_size(size: int, kernel: int, stride: int, dilation: int, padding: int, extra: int) -> int:
    """PyTorch's ConvTranspose2d output size."""
    return (size - 1) * stride - 2 * padding + dilation * (kernel - 1) + extra + 1


def _infer_transpose(shape: Shape, p: Params) -> Inferred:
    c, h, w = feature_map(shape, "Conv2DTranspose")
    filters = int_param(p, "filters")
    kernel, span, stride = _window(p)
    dilation, extra = pair_param(p, "dilation"), pair_param(p, "output_padding")
    padding = cast("str | int | Pair", p["padding"])
    if padding == "same":
        if extra != (0, 0):
            raise LayerError(
                phrase(
                    'output_padding must be 0 with "same" padding, which makes the output '
                    "the input size times the stride"
                ),
                (NO_OUTPUT_PADDING,),
            )
        oh, ow = h * stride[0], w * stride[1]
    else:
        pad = (0, 0) if isinstance(padding, str) else as_pair(padding)
        for axis in (0, 1):
            if extra[axis] >= stride[axis] and extra[axis] >= dilation[axis]:
                raise LayerError(
                    phrase(
                        "output_padding ({extra}) must be smaller than the stride "
                        "({stride}) or the dilation ({dilation})"
                    ).format(extra=extra[axis], stride=stride[axis], dilation=dilation[axis]),
                    (NO_OUTPUT_PADDING,),
                )
        oh, ow = (
            _transposed_size(n, kernel[a], stride[a], dilation[a], pad[a], extra[a])
            for a, n in enumerate((h, w))
        )
        if oh < 1 or ow < 1:
            raise LayerError(
                phrase(
                    "padding {pad_height}x{pad_width} crops the {height}x{width} upsampled output to nothing"
                ).format(pad_height=pad[0], pad_width=pad[1], height=h * stride[0], width=w * stride[1]),
                (Fix(phrase('Use "same" padding'), {"padding": "same", "output_padding": 0}),),
            )
    kh, kw = kernel
    per_input = c * filters * kh * kw
    return Inferred(
        shape=(filters, oh, ow),
        params=per_input + (filters if p["use_bias"] else 0),
        macs=per_input * h * w,
        footprint=Footprint((-(-span[0] // stride[0]), -(-span[1] // stride[1])), (1, 1), stride),
    )


CONV2D_TRANSPOSE = LayerKind(
    name="Conv2DTranspose",
    group=phrase("Convolution"),
    description=phrase("Learned upsampling: spreads each input value over a kernel-sized patch"),
    params=(
        FILTERS,
        KERNEL_SIZE,
        SizeParam(
            name="stride",
            label=phrase("Stride"),
            default=2,
            minimum=1,
            maximum=MAX_STRIDE,
            help=phrase("Upsampling factor"),
        ),
        PaddingParam(
            name="padding",
            label=phrase("Padding"),
            default="same",
            help=phrase(
                '"same": output = input x stride; "valid": no cropping; or rows/columns cropped per side'
            ),
        ),
        SizeParam(
            name="output_padding",
            label=phrase("Output padding"),
            default=0,
            minimum=0,
            maximum=MAX_STRIDE,
            help=phrase('Extra rows/columns added at the bottom/right (not with "same")'),
        ),
        DILATION,
        USE_BIAS,
        activation_param("relu"),
    ),
    infer=_infer_transpose,
)
