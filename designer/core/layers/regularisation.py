"""Dropout and BatchNorm."""

from __future__ import annotations

import math

from designer.core.layer_kind import Inferred, LayerKind, Params, Shape
from designer.core.params import BoolParam, FloatParam
from designer.core.phrases import phrase


def _infer_dropout(shape: Shape, p: Params) -> Inferred:
    return Inferred(shape)


DROPOUT = LayerKind(
    name="Dropout",
    group=phrase("Regularisation"),
    description=phrase("While training, zeroes a random fraction of values to fight overfitting"),
    params=(
        FloatParam(
            name="rate",
            label=phrase("Rate"),
            default=0.5,
            minimum=0.0,
            maximum=1.0,
            maximum_inclusive=False,
            help=phrase("Fraction of values dropped while training (0 to just under 1)"),
        ),
    ),
    infer=_infer_dropout,
)


def _infer_batch_norm(shape: Shape, p: Params) -> Inferred:
    channels = shape[0]
    return Inferred(
        shape=shape,
        params=2 * channels if p["affine"] else 0,
        non_trainable=2 * channels,
        macs=math.prod(shape),
    )


BATCH_NORM = LayerKind(
    name="BatchNorm",
    group=phrase("Regularisation"),
    description=phrase("Normalises each channel over the batch; 2-D after convolutions, 1-D after Dense"),
    params=(
        FloatParam(
            name="momentum",
            label=phrase("Momentum"),
            default=0.1,
            minimum=0.0,
            maximum=1.0,
            help=phrase(
                "Weight of each new batch in the running statistics (PyTorch convention: "
                "Keras's 0.99 is 0.01 here)"
            ),
        ),
        FloatParam(
            name="epsilon",
            label=phrase("Epsilon"),
            default=1e-5,
            minimum=1e-12,
            maximum=1.0,
            help=phrase("Small number added to the variance to avoid dividing by zero"),
        ),
        BoolParam(
            name="affine",
            label=phrase("Affine"),
            default=True,
            help=phrase("Learn a scale and a shift per channel"),
        ),
    ),
    infer=_infer_batch_norm,
)
