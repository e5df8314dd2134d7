"""What a layer kind declares: its parameters and its pure shape function."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import cast

from designer.core.geometry import Pads, describe_padding, describe_pair, effective_kernel, resolve_padding
from designer.core.params import Pair, Param, Value, as_pair
from designer.core.phrases import phrase

#: ``(channels, height, width)`` for a feature map or ``(features,)`` for a vector; no batch axis.
Shape = tuple[int, ...]
Params = Mapping[str, Value]


@dataclass(frozen=True)
class Fix:
    """A one-click repair of an impossible layer: new parameter values, or a Flatten put before it."""

    description: str
    params: Mapping[str, Value] = field(default_factory=dict)
    insert_flatten: bool = False


class LayerError(ValueError):
    """A layer that cannot work on the input it gets; the text says why, with the numbers,
    and ``fixes`` lists the obvious repairs."""

    def __init__(self, message: str, fixes: tuple[Fix, ...] = ()) -> None:
        super().__init__(message)
        self.fixes = fixes


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


#: What a block adds to its branches: (the block's input, each branch's output, its params) -> its output.
Merge = Callable[[Shape, tuple[Shape, ...], Params], Inferred]


@dataclass(frozen=True)
class LayerKind:
    """A layer kind; a block kind has no ``infer`` but ``merge`` and the ``branches`` it allows."""

    name: str
    group: str
    description: str
    params: tuple[Param, ...]
    infer: Callable[[Shape, Params], Inferred] | None = None
    merge: Merge | None = None
    #: The least and the most sub-stacks a block holds; ``None`` for plain layers.
    branches: tuple[int, int] | None = None

    @property
    def is_block(self) -> bool:
        return self.branches is not None

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
    """The ``(c, h, w)`` of a layer input that must be a feature map; ``what`` names the kind."""
    if len(shape) != 3:
        raise LayerError(
            phrase(
                "{kind} needs a feature map (channels x height x width) but gets a flat vector "
                "of {length}; move it before the Flatten"
            ).format(kind=what, length=shape[0])
        )
    return shape[0], shape[1], shape[2]


def vector(shape: Shape, what: str) -> int:
    """The length of a layer input that must be a flat vector; ``what`` names the kind."""
    if len(shape) != 1:
        raise LayerError(
            phrase(
                "{kind} needs a flat vector but gets a {shape} feature map; "
                "add a Flatten or a global pooling layer before it"
            ).format(kind=what, shape=describe_shape(shape)),
            (Fix(phrase("Insert a Flatten before it"), insert_flatten=True),),
        )
    return shape[0]


def describe_shape(shape: Shape) -> str:
    """``(6, 28, 28)`` -> ``"6x28x28"``."""
    return "x".join(str(n) for n in shape)


def check_window_fits(
    what: str, param: str, p: Params, size: Pair, dilation: Pair = (1, 1), stride: Pair | None = None
) -> Pads:
    """The padding of a sliding window, or a :class:`LayerError` when the window is larger
    than its padded input on some axis.  ``what`` words the window (``phrase("kernel")``);
    ``param`` names its size parameter."""
    window = pair_param(p, param)
    span = effective_kernel(window, dilation)
    padding = cast("str | int | Pair", p["padding"])
    pads = resolve_padding(padding, size, span, stride or window)
    room = (size[0] + pads[0] + pads[1], size[1] + pads[2] + pads[3])
    if span[0] <= room[0] and span[1] <= room[1]:
        return pads
    fixes = [] if padding == "same" else [Fix(phrase('Use "same" padding'), {"padding": "same"})]
    largest = (
        min(window[0], (room[0] - 1) // dilation[0] + 1),
        min(window[1], (room[1] - 1) // dilation[1] + 1),
    )
    if min(largest) >= 1:
        fixes.append(
            Fix(
                phrase("Shrink the {what} to {height}x{width}").format(
                    what=what, height=largest[0], width=largest[1]
                ),
                {param: largest[0] if largest[0] == largest[1] else largest},
            )
        )
    words = {
        "window": describe_pair(window),
        "what": what,
        "size": describe_pair(size),
        "padding": describe_padding(pads),
    }
    if span == window:
        message = phrase("a {window} {what} does not fit a {size} input with {padding}").format(**words)
    else:
        message = phrase(
            "a {window} {what} with dilation spans {span} and does not fit a {size} input with {padding}"
        ).format(span=describe_pair(span), **words)
    raise LayerError(message, tuple(fixes))
