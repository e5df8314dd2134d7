"""What a layer kind declares: its parameters and its pure shape function."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import cast

from designer.core.geometry import describe_pair
from designer.core.params import Pair, Param, Value, as_pair

#: ``(channels, height, width)`` for a feature map or ``(features,)`` for a vector; no batch axis.
Shape = tuple[int, ...]
Params = Mapping[str, Value]


class LayerError(ValueError):
    """A layer that cannot work on the input it gets; the text says why, with the numbers."""


@dataclass(frozen=True)
class Footprint:
    """How a layer widens the receptive field: the window it reads and how far it steps.

    The step between neighbouring outputs, in input positions, is ``stride / upsample``
    (an upsampling layer steps a fraction of an input position).
    """

    kernel: Pair
    stride: Pair
    upsample: Pair = (1, 1)


IDENTITY = Footprint((1, 1), (1, 1))


@dataclass(frozen=True)
class Inferred:
    """What one layer does to its input.

    ``params`` counts what PyTorch reports as parameters; ``non_trainable`` the state
    Keras lists as non-trainable parameters (BatchNorm running statistics).
    ``macs`` counts multiply-accumulates per sample.  ``footprint`` is ``None`` when
    every output sees the whole input (Flatten, Dense, global pooling).
    """

    shape: Shape
    params: int = 0
    non_trainable: int = 0
    macs: int = 0
    footprint: Footprint | None = IDENTITY


@dataclass(frozen=True)
class LayerKind:
    name: str
    group: str
    description: str
    params: tuple[Param, ...]
    infer: Callable[[Shape, Params], Inferred]

    @property
    def name_prefix(self) -> str:
        """The stem of automatic layer names: ``Conv2DTranspose`` -> ``conv2d_transpose``."""
        return re.sub(r"(?<=[A-Za-z0-9])(?=[A-Z][a-z])|(?<=[a-z])(?=[A-Z])", "_", self.name).lower()

    def param(self, name: str) -> Param:
        for param in self.params:
            if param.name == name:
                return param
        raise KeyError(name)

    def defaults(self) -> dict[str, Value]:
        return {param.name: param.default for param in self.params}


def int_param(p: Params, name: str) -> int:
    return cast(int, p[name])


def pair_param(p: Params, name: str) -> Pair:
    """A size parameter as ``(h, w)``."""
    return as_pair(cast("int | Pair", p[name]))


def feature_map(shape: Shape, what: str) -> tuple[int, int, int]:
    """The ``(c, h, w)`` of a layer input that must be a feature map."""
    if len(shape) != 3:
        raise LayerError(
            f"{what} needs a feature map (channels x height x width) but gets a flat vector "
            f"of {shape[0]}; move it before the Flatten"
        )
    return shape[0], shape[1], shape[2]


def vector(shape: Shape, what: str) -> int:
    """The length of a layer input that must be a flat vector."""
    if len(shape) != 1:
        raise LayerError(
            f"{what} needs a flat vector but gets a {describe_shape(shape)} feature map; "
            "add a Flatten or a global pooling layer before it"
        )
    return shape[0]


def describe_shape(shape: Shape) -> str:
    """``(6, 28, 28)`` -> ``"6x28x28"``."""
    return "x".join(str(n) for n in shape)


def check_window_fits(
    what: str, window: Pair, span: Pair, size: Pair, pads: tuple[int, int, int, int], padding_text: str
) -> None:
    """Raise when a (dilated) window is larger than its padded input on some axis."""
    if span[0] <= size[0] + pads[0] + pads[1] and span[1] <= size[1] + pads[2] + pads[3]:
        return
    spans = "" if span == window else f" with dilation spans {describe_pair(span)} and"
    raise LayerError(
        f"a {describe_pair(window)} {what}{spans} does not fit a {describe_pair(size)} input "
        f"with {padding_text}"
    )
