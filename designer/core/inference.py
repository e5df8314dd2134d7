"""Shape, parameter, cost and receptive-field inference for a whole architecture.

Pure Python and exact: every figure equals what PyTorch gives for the built model.
Inference does not stop at an invalid layer: that layer carries the reason and the
layers after it are reported as unknown.  The reasons are :class:`~designer.core.phrases.Phrase` s,
so the window can translate them.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Literal

from designer.core.architecture import Architecture, Layer
from designer.core.catalogue import CATALOGUE
from designer.core.layer_kind import IDENTITY, Fix, Footprint, LayerError, Shape
from designer.core.params import Pair
from designer.core.phrases import message_of, phrase

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
    #: A block's layers, branch by branch; their figures are included in the block's.
    branches: tuple[tuple[LayerReport, ...], ...] = ()

    @property
    def output_values(self) -> int | None:
        """Values in one sample's output (the activation memory, in values)."""
        return None if self.output_shape is None else math.prod(self.output_shape)


#: A row of the summary: (depth, branch number or None, report); see :meth:`Summary.rows`.
Row = tuple[int, int | None, LayerReport]


@dataclass(frozen=True)
class Summary:
    name: str
    input_shape: Shape
    layers: tuple[LayerReport, ...]

    def rows(self) -> list[Row]:
        """Every report, a block's layers after it: (depth, 0 for the stack; the branch it is in,
        counted from 1, where its block has several; the report)."""

        def walk(reports: tuple[LayerReport, ...], depth: int, branch: int | None) -> list[Row]:
            rows: list[Row] = []
            for report in reports:
                rows.append((depth, branch, report))
                several = len(report.branches) > 1
                for number, inner in enumerate(report.branches, 1):
                    rows += walk(inner, depth + 1, number if several else None)
            return rows

        return walk(self.layers, 0, None)

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
    return phrase("layer {number} ({kind})").format(number=index + 1, kind=kind)


def _place(block: str | None, branch: int | None, layer: str) -> str:
    """``layer`` inside the block labelled ``block`` (None: in the architecture's own stack), in its
    ``branch`` (counted from 1; None where the block has a single body)."""
    if block is None:
        return layer
    if branch is None:
        return phrase("{block} > {layer}").format(block=block, layer=layer)
    return phrase("{block} > branch {branch} > {layer}").format(block=block, branch=branch, layer=layer)


@dataclass
class _Reach:
    """The receptive field so far: per axis, its size, the step between outputs and the upsampling,
    all in input positions; ``spatial`` is False once every output sees the whole input."""

    field: list[int]
    jump: list[int]
    scale: list[int]
    spatial: bool = True

    def copy(self) -> _Reach:
        return _Reach(list(self.field), list(self.jump), list(self.scale), self.spatial)

    def widen(self, reach: Footprint | None) -> None:
        if reach is None:
            self.spatial = False
        elif self.spatial and reach is not IDENTITY:
            for a in (0, 1):
                self.field[a] = (self.field[a] + (reach.kernel[a] - 1) * self.jump[a]) * reach.upsample[a]
                self.jump[a] *= reach.stride[a]
                self.scale[a] *= reach.upsample[a]

    def join(self, others: list[_Reach]) -> None:
        """After branches merge: the widest field any branch sees."""
        self.spatial = all(other.spatial for other in others)
        for a in (0, 1):
            self.field[a], self.jump[a], self.scale[a] = max(
                (o.field[a], o.jump[a], o.scale[a]) for o in others
            )

    @property
    def pair(self) -> Pair | None:
        if not self.spatial:
            return None
        return (-(-self.field[0] // self.scale[0]), -(-self.field[1] // self.scale[1]))


def _stack(
    layers: tuple[Layer, ...],
    shape: Shape | None,
    reach: _Reach,
    block: str | None = None,
    branch: int | None = None,
) -> tuple[tuple[LayerReport, ...], Shape | None]:
    """Reports for a stack fed ``shape`` (None: unknown), and its output shape; ``block`` and
    ``branch`` place it in the block it belongs to (see :func:`_place`)."""
    reports = []
    for index, layer in enumerate(layers):
        if shape is None:
            reports.append(LayerReport(index, layer.name, layer.kind, "unknown"))
            continue
        label = partial(_label, block, branch, index, layer.kind)
        infer_one = _block if CATALOGUE[layer.kind].is_block else _layer
        report = infer_one(index, layer, shape, reach, label)
        shape = report.output_shape
        reports.append(report)
    return tuple(reports), shape


def _label(block: str | None, branch: int | None, index: int, kind: str) -> str:
    """How messages name the layer ``index`` of a stack placed by ``block`` and ``branch``; made only
    for a message, since phrases cost more than the inference of a layer."""
    return _place(block, branch, layer_label(index, kind))


def _layer(index: int, layer: Layer, shape: Shape, reach: _Reach, label: Callable[[], str]) -> LayerReport:
    infer_layer = CATALOGUE[layer.kind].infer
    assert infer_layer is not None
    try:
        result = infer_layer(shape, layer.params)
    except LayerError as error:
        return LayerReport(
            index, layer.name, layer.kind, "error", error=_located(label, error), fixes=error.fixes
        )
    reach.widen(result.footprint)
    return LayerReport(
        index,
        layer.name,
        layer.kind,
        "ok",
        output_shape=result.shape,
        params=result.params,
        non_trainable=result.non_trainable,
        macs=result.macs,
        receptive_field=reach.pair,
    )


def _located(label: Callable[[], str], error: LayerError) -> str:
    """``layer 3 (Conv2D): <the error's message>``."""
    return phrase("{label}: {error}").format(label=label(), error=message_of(error))


def _block(index: int, layer: Layer, shape: Shape, reach: _Reach, label: Callable[[], str]) -> LayerReport:
    kind = CATALOGUE[layer.kind]

    def failed(message: str, branches: tuple[tuple[LayerReport, ...], ...] = ()) -> LayerReport:
        return LayerReport(index, layer.name, layer.kind, "error", error=message, branches=branches)

    assert kind.merge is not None
    assert kind.branches is not None
    least, most = kind.branches
    if not least <= len(layer.branches) <= most:
        if least == most:
            holds = phrase("{label}: a {kind} block holds {least} branches, not {count}")
        else:
            holds = phrase("{label}: a {kind} block holds {least} to {most} branches, not {count}")
        return failed(
            holds.format(label=label(), kind=layer.kind, least=least, most=most, count=len(layer.branches))
        )
    single = least == most == 1
    reaches = [reach.copy() for _ in layer.branches]
    branches, outputs = [], []
    for number, (branch, branch_reach) in enumerate(zip(layer.branches, reaches, strict=True)):
        reports, out = _stack(branch, shape, branch_reach, label(), None if single else number + 1)
        branches.append(reports)
        outputs.append(out)
    nested = tuple(branches)
    for number, reports in enumerate(nested):
        if not reports:
            where = phrase("its body") if single else phrase("branch {number}").format(number=number + 1)
            return failed(
                phrase("{label}: {where} has no layers; add one").format(label=label(), where=where), nested
            )
        problem = next((report.error for report in reports if report.error), None)
        if problem:
            return failed(problem, nested)
    try:
        merged = kind.merge(shape, tuple(out for out in outputs if out is not None), layer.params)
    except LayerError as error:
        return failed(_located(label, error), nested)
    reach.join(reaches)
    inside = [report for reports in nested for report in reports]
    return LayerReport(
        index,
        layer.name,
        layer.kind,
        "ok",
        output_shape=merged.shape,
        params=merged.params + sum(report.params or 0 for report in inside),
        non_trainable=merged.non_trainable + sum(report.non_trainable or 0 for report in inside),
        macs=merged.macs + sum(report.macs or 0 for report in inside),
        receptive_field=reach.pair,
        branches=nested,
    )


def infer_stack(layers: tuple[Layer, ...], shape: Shape) -> tuple[tuple[LayerReport, ...], Shape | None]:
    """Reports for ``layers`` fed ``shape`` (a block's branch, say), and their output shape."""
    return _stack(layers, shape, _Reach([1, 1], [1, 1], [1, 1]))


def infer(architecture: Architecture) -> Summary:
    reports, _ = infer_stack(architecture.layers, architecture.input.shape)
    return Summary(architecture.name, architecture.input.shape, reports)
