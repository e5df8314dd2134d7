"""Blocks: layers that hold sub-stacks. A residual block adds its input to its body's output;
a parallel block runs branches side by side on one input and merges them."""

from __future__ import annotations

import math

from designer.core.layer_kind import Inferred, LayerError, LayerKind, Params, Shape, describe_shape
from designer.core.layers.activation import activation_param
from designer.core.params import BoolParam, ChoiceParam
from designer.core.phrases import phrase

#: Most branches a parallel block holds.
MAX_BRANCHES = 8


def projection_stride(size: int, out: int) -> int | None:
    """The stride of a 1x1 convolution that turns ``size`` positions into ``out``, if there is one."""
    for stride in range(1, size + 1):
        if (size - 1) // stride + 1 == out:
            return stride
    return None


def _projection(shape: Shape, out: Shape) -> Inferred:
    """A bias-free 1x1 convolution (or linear map) and a BatchNorm: ResNet's projection shortcut."""
    if len(shape) != len(out):
        raise LayerError(
            phrase(
                "the body turns a {shape} input into a {out} vector, so the "
                "input cannot be added to it; end the body before any Flatten or global pooling"
            ).format(shape=describe_shape(shape), out=describe_shape(out))
        )
    if len(shape) == 3:
        strides = [
            projection_stride(size, size_out) for size, size_out in zip(shape[1:], out[1:], strict=True)
        ]
        if None in strides:
            raise LayerError(
                phrase(
                    "the body turns {size} maps into {out}, which "
                    "no strided 1x1 projection of the input matches; a residual body may shrink its maps, "
                    "not enlarge them"
                ).format(size=describe_shape(shape[1:]), out=describe_shape(out[1:]))
            )
    weights = shape[0] * out[0]
    positions = math.prod(out[1:])
    return Inferred(
        out, params=weights + 2 * out[0], non_trainable=2 * out[0], macs=weights * positions + math.prod(out)
    )


def _merge_residual(shape: Shape, outputs: tuple[Shape, ...], p: Params) -> Inferred:
    (out,) = outputs
    if out == shape:
        return Inferred(out)
    if not p["projection"]:
        raise LayerError(
            phrase(
                "the body turns {shape} into {out}, so its input cannot be "
                "added unchanged; turn projection on or keep the shape in the body"
            ).format(shape=describe_shape(shape), out=describe_shape(out))
        )
    return _projection(shape, out)


RESIDUAL = LayerKind(
    name="Residual",
    group=phrase("Blocks"),
    description=phrase("A sub-stack whose output is added to its input (a skip connection), as in ResNet"),
    params=(
        BoolParam(
            name="projection",
            label=phrase("Projection"),
            default=True,
            help=phrase(
                "When the body changes the shape, bring the input to it with a strided 1x1 "
                "convolution and BatchNorm; off: such a body is an error"
            ),
        ),
        activation_param("relu"),
    ),
    merge=_merge_residual,
    branches=(1, 1),
)


def _merge_parallel(shape: Shape, outputs: tuple[Shape, ...], p: Params) -> Inferred:
    shapes = ", ".join(describe_shape(out) for out in outputs)
    if p["merge"] == "add":
        if len(set(outputs)) != 1:
            raise LayerError(
                phrase("adding needs branches of one shape, but they give {shapes}").format(shapes=shapes)
            )
        return Inferred(outputs[0])
    if len({len(out) for out in outputs}) != 1 or len({out[1:] for out in outputs}) != 1:
        raise LayerError(
            phrase(
                "concatenating channels needs branches of one map size (or all vectors), "
                "but they give {shapes}"
            ).format(shapes=shapes)
        )
    return Inferred((sum(out[0] for out in outputs), *outputs[0][1:]))


PARALLEL = LayerKind(
    name="Parallel",
    group=phrase("Blocks"),
    description=phrase(
        "Branches side by side on the same input, merged by stacking channels or adding, as in Inception"
    ),
    params=(
        ChoiceParam(
            name="merge",
            label=phrase("Merge"),
            default="concat",
            choices=("concat", "add"),
            help=phrase("concat stacks the branches' channels (same map size); add sums them (same shape)"),
        ),
        activation_param("linear"),
    ),
    merge=_merge_parallel,
    branches=(2, MAX_BRANCHES),
)
