"""The architecture being designed: an input and a stack of layers.

Values are immutable; editing makes new values (``Layer.with_params``), which keeps
undo simple and lets views compare old and new.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from designer.core.catalogue import CATALOGUE
from designer.core.layer_kind import LayerKind, Shape
from designer.core.params import IntParam, Value
from designer.core.phrases import phrase
from designer.core.training import TrainingSettings

INPUT_PARAMS = (
    IntParam(
        name="channels",
        label=phrase("Channels"),
        default=1,
        minimum=1,
        maximum=1024,
        help=phrase("1 for grayscale, 3 for RGB"),
    ),
    IntParam(
        name="height",
        label=phrase("Height"),
        default=28,
        minimum=1,
        maximum=8192,
        help=phrase("Image height in pixels"),
    ),
    IntParam(
        name="width",
        label=phrase("Width"),
        default=28,
        minimum=1,
        maximum=8192,
        help=phrase("Image width in pixels"),
    ),
)

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")


def name_problem(name: str) -> str | None:
    """Why ``name`` cannot name a layer, or ``None`` when it can.

    Names become attribute names in the torch model and the exported Python source.  The reason is
    a :class:`~designer.core.phrases.Phrase`.
    """
    if not _NAME.fullmatch(name):
        return phrase(
            "a layer name is 1 to 64 letters, digits or underscores and does not start with "
            "a digit, got {name!r}"
        ).format(name=name)
    if keyword.iskeyword(name):
        return phrase("{name!r} is a Python keyword and cannot name a layer").format(name=name)
    return None


def unique_name(prefix: str, taken: Iterable[str]) -> str:
    """The first of ``prefix_1``, ``prefix_2``, ... not in ``taken``."""
    used = set(taken)
    number = 1
    while f"{prefix}_{number}" in used:
        number += 1
    return f"{prefix}_{number}"


@dataclass(frozen=True)
class InputSpec:
    channels: int
    height: int
    width: int

    @property
    def shape(self) -> Shape:
        return (self.channels, self.height, self.width)


@dataclass(frozen=True)
class Layer:
    """A layer; a block (``spec.is_block``) also holds ``branches``, each a stack of layers."""

    kind: str
    name: str
    params: Mapping[str, Value] = field(default_factory=dict)
    branches: tuple[tuple[Layer, ...], ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))
        object.__setattr__(self, "branches", tuple(tuple(branch) for branch in self.branches))

    @classmethod
    def new(cls, kind: str, name: str, *, branches: Iterable[Iterable[Layer]] = (), **params: Value) -> Layer:
        """A layer of ``kind`` with the catalogue's defaults, overridden by ``params``."""
        values = CATALOGUE[kind].defaults()
        unknown = set(params) - set(values)
        if unknown:
            names = ", ".join(sorted(unknown))
            raise KeyError(phrase("{kind} has no parameter {names}").format(kind=kind, names=names))
        return cls(kind, name, {**values, **params}, tuple(tuple(branch) for branch in branches))

    @property
    def spec(self) -> LayerKind:
        return CATALOGUE[self.kind]

    def with_params(self, **changes: Value) -> Layer:
        return Layer(self.kind, self.name, {**self.params, **changes}, self.branches)

    def walk(self) -> Iterator[Layer]:
        """This layer, then every layer inside it, depth first."""
        yield self
        for branch in self.branches:
            for layer in branch:
                yield from layer.walk()


@dataclass(frozen=True)
class Architecture:
    input: InputSpec
    layers: tuple[Layer, ...]
    name: str = ""
    description: str = ""
    training: TrainingSettings | None = None

    def all_layers(self) -> Iterator[Layer]:
        """Every layer, those inside blocks included, in the order data meets them (depth first)."""
        for layer in self.layers:
            yield from layer.walk()

    def kernel_layers(self) -> list[str]:
        """The names of the layers that have kernels to show (the convolutions), in order."""
        return [layer.name for layer in self.all_layers() if CATALOGUE[layer.kind].group == "Convolution"]
