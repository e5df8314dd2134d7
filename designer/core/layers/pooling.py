"""Pooling layer kinds: windowed max/average pooling and their global forms."""

from __future__ import annotations

from designer.core.geometry import window_output
from designer.core.layer_kind import (
    Footprint,
    Inferred,
    LayerKind,
    Params,
    Shape,
    check_window_fits,
    feature_map,
    pair_param,
)
from designer.core.params import PaddingParam, Pair, SizeParam
from designer.core.phrases import phrase


def pool_stride(p: Params) -> Pair:
    """The stride of a pooling layer; ``null`` in the file means the pool size."""
    return pair_param(p, "pool_size" if p["stride"] is None else "stride")


def _infer_pool(what: str, shape: Shape, p: Params) -> Inferred:
    c, h, w = feature_map(shape, what)
    window = pair_param(p, "pool_size")
    stride = pool_stride(p)
    pads = check_window_fits(phrase("pool"), "pool_size", p, (h, w), stride=stride)
    oh = window_output(h, window[0], stride[0], pads[0] + pads[1])
    ow = window_output(w, window[1], stride[1], pads[2] + pads[3])
    return Inferred(shape=(c, oh, ow), footprint=Footprint(window, stride))


def _pool_params(pool_size_help: str) -> tuple[SizeParam, SizeParam, PaddingParam]:
    """The parameters of a windowed pooling kind; ``pool_size_help`` says what the window does."""
    return (
        SizeParam(
            name="pool_size",
            label=phrase("Pool size"),
            default=2,
            minimum=1,
            maximum=1024,
            help=pool_size_help,
        ),
        SizeParam(
            name="stride",
            label=phrase("Stride"),
            default=None,
            minimum=1,
            maximum=1024,
            optional=True,
            follows="pool_size",
            follows_label=phrase("pool size"),
            help=phrase("Step between windows; empty (null) means the pool size"),
        ),
        PaddingParam(
            name="padding",
            label=phrase("Padding"),
            default="valid",
            allow_explicit=False,
            help=phrase('"valid": windows inside the input; "same": output = ceil(input / stride)'),
        ),
    )


MAX_POOL2D = LayerKind(
    name="MaxPool2D",
    group=phrase("Pooling"),
    description=phrase("Keeps the largest value of each window: downsamples, no parameters"),
    params=_pool_params(phrase("Height and width of the window to take the maximum of")),
    infer=lambda shape, p: _infer_pool("MaxPool2D", shape, p),
)

AVG_POOL2D = LayerKind(
    name="AvgPool2D",
    group=phrase("Pooling"),
    description=phrase("Averages each window: downsamples, no parameters"),
    params=_pool_params(phrase("Height and width of the window to average")),
    infer=lambda shape, p: _infer_pool("AvgPool2D", shape, p),
)


def _infer_global(what: str, shape: Shape) -> Inferred:
    c, _, _ = feature_map(shape, what)
    return Inferred(shape=(c,), footprint=None)


GLOBAL_AVG_POOL2D = LayerKind(
    name="GlobalAvgPool2D",
    group=phrase("Pooling"),
    description=phrase("Averages each channel over the whole map into one value: C x H x W -> C"),
    params=(),
    infer=lambda shape, p: _infer_global("GlobalAvgPool2D", shape),
)

GLOBAL_MAX_POOL2D = LayerKind(
    name="GlobalMaxPool2D",
    group=phrase("Pooling"),
    description=phrase("Keeps each channel's largest value over the whole map: C x H x W -> C"),
    params=(),
    infer=lambda shape, p: _infer_global("GlobalMaxPool2D", shape),
)
