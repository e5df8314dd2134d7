"""Flatten and Dense: from feature maps to class scores."""

from __future__ import annotations

import math

from designer.core.layer_kind import Inferred, LayerKind, Params, Shape, int_param, vector
from designer.core.layers.activation import activation_param
from designer.core.params import BoolParam, IntParam
from designer.core.phrases import phrase


def _infer_flatten(shape: Shape, p: Params) -> Inferred:
    return Inferred(shape=(math.prod(shape),), footprint=None)


FLATTEN = LayerKind(
    name="Flatten",
    group=phrase("Core"),
    description=phrase("Lays a C x H x W feature map out as one vector of C*H*W values"),
    params=(),
    infer=_infer_flatten,
)


def _infer_dense(shape: Shape, p: Params) -> Inferred:
    features = vector(shape, "Dense")
    units = int_param(p, "units")
    return Inferred(
        shape=(units,),
        params=features * units + (units if p["use_bias"] else 0),
        macs=features * units,
        footprint=None,
    )


DENSE = LayerKind(
    name="Dense",
    group=phrase("Core"),
    description=phrase("Fully connected: every output is a weighted sum of every input"),
    params=(
        IntParam(
            name="units",
            label=phrase("Units"),
            default=128,
            minimum=1,
            maximum=1_000_000,
            help=phrase("Number of outputs"),
        ),
        BoolParam(
            name="use_bias",
            label=phrase("Use bias"),
            default=True,
            help=phrase("Add a learned bias to each output"),
        ),
        activation_param("relu"),
    ),
    infer=_infer_dense,
)
