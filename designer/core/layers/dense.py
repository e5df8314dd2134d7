"""Flatten and Dense: from feature maps to class scores."""

from __future__ import annotations

import math

from designer.core.layer_kind import Inferred, LayerKind, Params, Shape, int_param, vector
from designer.core.layers.activation import activation_param
from designer.core.params import BoolParam, IntParam


def _infer_flatten(shape: Shape, p: Params) -> Inferred:
    return Inferred(shape=(math.prod(shape),), footprint=None)


FLATTEN = LayerKind(
    name="Flatten",
    group="Core",
    description="Lays a C x H x W feature map out as one vector of C*H*W values",
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
    group="Core",
    description="Fully connected: every output is a weighted sum of every input",
    params=(
        IntParam(name="units", default=128, minimum=1, maximum=1_000_000, help="Number of outputs"),
        BoolParam(name="use_bias", default=True, help="Add a learned bias to each output"),
        activation_param("relu"),
    ),
    infer=_infer_dense,
)
