"""The catalogue of layer kinds: the one list the palette, editor, file format and builder read."""

from __future__ import annotations

from designer.core.layer_kind import LayerKind
from designer.core.layers.activation import ACTIVATION
from designer.core.layers.blocks import PARALLEL, RESIDUAL
from designer.core.layers.convolution import CONV2D, CONV2D_TRANSPOSE, SEPARABLE_CONV2D
from designer.core.layers.dense import DENSE, FLATTEN
from designer.core.layers.pooling import AVG_POOL2D, GLOBAL_AVG_POOL2D, GLOBAL_MAX_POOL2D, MAX_POOL2D
from designer.core.layers.regularisation import BATCH_NORM, DROPOUT
from designer.core.phrases import phrase

#: Palette groups in display order; each equals the ``group`` of its kinds, and is shown translated.
GROUPS = (
    phrase("Convolution"),
    phrase("Pooling"),
    phrase("Core"),
    phrase("Regularisation"),
    phrase("Activation"),
    phrase("Blocks"),
)

CATALOGUE: dict[str, LayerKind] = {
    kind.name: kind
    for kind in (
        CONV2D,
        SEPARABLE_CONV2D,
        CONV2D_TRANSPOSE,
        MAX_POOL2D,
        AVG_POOL2D,
        GLOBAL_AVG_POOL2D,
        GLOBAL_MAX_POOL2D,
        FLATTEN,
        DENSE,
        DROPOUT,
        BATCH_NORM,
        ACTIVATION,
        RESIDUAL,
        PARALLEL,
    )
}


def kinds_in_group(group: str) -> list[LayerKind]:
    return [kind for kind in CATALOGUE.values() if kind.group == group]
