"""Shape, parameter, cost and receptive-field inference for a whole architecture.

Pure Python and exact: every figure equals what PyTorch gives for the built model.
Inference does not stop at an invalid layer: that layer carries the reason and the
layers after it are reported as unknown.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from designer.core.architecture import Architecture
from designer.core.catalogue import CATALOGUE
from designer.core.layer_kind import IDENTITY, Fix, LayerError, Shape
from designer.core.params import Pair

#: Bytes of one float32 value, the precision weights and activations are reported in.
BYTES_PER_VALUE = 4

Status = Literal["ok", "error", "unknown"]


@dataclass(frozen=True)
class LayerReport:
    index: int
    name: str
    kind: str
    status: Status
    output_shape: Shape | None = None
    params: int | None = None
    non_trainable: int | None = None
    macs: int | None = None
    receptive_field: Pair | None = None
    error: str | None = None
    fixes: tuple[Fix, ...] = ()

    @property
    def output_values(self) -> int | None:
        """Values in one sample's output (the activation memory, in values)."""
        return None if self.output_shape is None else math.prod(self.output_shape)


@dataclass(frozen=True)
class Summary:
    name: str
    input_shape: Shape
    layers: tuple[LayerReport, ...]

    @property
    def errors(self) -> tuple[str, ...]:
        return tuple(layer.error for layer in self.layers if layer.error)

    @property
    def valid(self) -> bool:
        return all(layer.status == "ok" for layer in self.layers)

    @property
    def output_shape(self) -> Shape | None:
        return self.layers[-1].output_shape if self.layers else self.input_shape

    @property
    def trainable_params(self) -> int:
        return sum(layer.params or 0 for layer in self.layers)

    @property
    def non_trainable_params(self) -> int:
        return sum(layer.non_trainable or 0 for layer in self.layers)

    @property
    def total_params(self) -> int:
        return self.trainable_params + self.non_trainable_params

    @property
    def total_macs(self) -> int:
        return sum(layer.macs or 0 for layer in self.layers)

    @property
    def weights_bytes(self) -> int:
        return self.total_params * BYTES_PER_VALUE

    @property
    def activation_bytes(self) -> int:
        """Memory of one sample's input and every layer output, as float32."""
        values = math.prod(self.input_shape) + sum(layer.output_values or 0 for layer in self.layers)
        return values * BYTES_PER_VALUE


def layer_label(index: int, kind: str) -> str:
    """How messages name a layer: ``layer 5 (Conv2D)``, counting from 1."""
    return f"layer {index + 1} ({kind})"


def infer(architecture: Architecture) -> Summary:
    shape: Shape | None = architecture.input.shape
    # Receptive field and step between outputs per axis, both in input positions / scale.
    field, jump, scale = [1, 1], [1, 1], [1, 1]
    spatial = True
    reports = []
    for index, layer in enumerate(architecture.layers):
        if shape is None:
            reports.append(LayerReport(index, layer.name, layer.kind, "unknown"))
            continue
        try:
            result = CATALOGUE[layer.kind].infer(shape, layer.params)
        except LayerError as error:
            message = f"{layer_label(index, layer.kind)}: {error}"
            reports.append(
                LayerReport(index, layer.name, layer.kind, "error", error=message, fixes=error.fixes)
            )
            shape = None
            continue
        reach = result.footprint
        if reach is None:
            spatial = False
        elif spatial and reach is not IDENTITY:
            for a in (0, 1):
                field[a] = (field[a] + (reach.kernel[a] - 1) * jump[a]) * reach.upsample[a]
                jump[a] *= reach.stride[a]
                scale[a] *= reach.upsample[a]
        shape = result.shape
        reports.append(
            LayerReport(
                index,
                layer.name,
                layer.kind,
                "ok",
                output_shape=shape,
                params=result.params,
                non_trainable=result.non_trainable,
                macs=result.macs,
                receptive_field=(-(-field[0] // scale[0]), -(-field[1] // scale[1])) if spatial else None,
            )
        )
    return Summary(architecture.name, architecture.input.shape, tuple(reports))
