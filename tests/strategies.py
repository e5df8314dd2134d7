"""Hypothesis strategies that draw architectures from the layer catalogue."""

from __future__ import annotations

from hypothesis import strategies as st

from designer.core.architecture import Architecture, InputSpec, Layer
from designer.core.catalogue import CATALOGUE
from designer.core.params import (
    BoolParam,
    ChoiceParam,
    FloatParam,
    IntParam,
    PaddingParam,
    Param,
    SizeParam,
)

#: Small upper bounds keep torch fast; every parameter also draws its default half the time.
SMALL = {
    "filters": 8,
    "units": 12,
    "groups": 4,
    "depth_multiplier": 3,
    "kernel_size": 5,
    "stride": 3,
    "dilation": 3,
    "output_padding": 2,
    "pool_size": 4,
}


def _size(param: SizeParam) -> st.SearchStrategy[object]:
    top = min(param.maximum, SMALL.get(param.name, 4))
    single = st.integers(param.minimum, top)
    sizes = st.one_of(single, st.tuples(single, single))
    return st.one_of(st.none(), sizes) if param.optional else sizes


def param_values(param: Param) -> st.SearchStrategy[object]:
    if isinstance(param, IntParam):
        drawn: st.SearchStrategy[object] = st.integers(
            param.minimum, min(param.maximum, SMALL.get(param.name, 4))
        )
    elif isinstance(param, FloatParam):
        drawn = st.floats(param.minimum, min(param.maximum, 0.9), allow_nan=False).filter(lambda v: v > 0)
    elif isinstance(param, BoolParam):
        drawn = st.booleans()
    elif isinstance(param, ChoiceParam):
        drawn = st.sampled_from(param.choices)
    elif isinstance(param, SizeParam):
        drawn = _size(param)
    elif isinstance(param, PaddingParam):
        modes = st.sampled_from(["valid", "same"])
        explicit = st.integers(0, 3)
        drawn = st.one_of(modes, explicit, st.tuples(explicit, explicit)) if param.allow_explicit else modes
    else:
        raise TypeError(param)
    return st.one_of(st.just(param.default), drawn)


ANY = sorted(name for name, kind in CATALOGUE.items() if not kind.is_block)
ANY_SHAPE = ["BatchNorm", "Dropout", "Activation"]
SPATIAL = ["Conv2D", "SeparableConv2D", "Conv2DTranspose", "MaxPool2D", "AvgPool2D", *ANY_SHAPE]
TO_VECTOR = ["Flatten", "GlobalAvgPool2D", "GlobalMaxPool2D"]
VECTOR = ["Dense", *ANY_SHAPE]


@st.composite
def layers(draw: st.DrawFn, name: str, kinds: list[str] = ANY) -> Layer:
    kind = CATALOGUE[draw(st.sampled_from(kinds))]
    return Layer(kind.name, name, {param.name: draw(param_values(param)) for param in kind.params})


@st.composite
def architectures(draw: st.DrawFn, max_layers: int = 6) -> Architecture:
    """Either any kinds in any order, or the usual order: feature maps, then a flat head."""
    spec = InputSpec(draw(st.integers(1, 4)), draw(st.integers(1, 20)), draw(st.integers(1, 20)))
    count = draw(st.integers(1, max_layers))
    if draw(st.booleans()):
        kinds = [ANY] * count
    else:
        body = draw(st.integers(0, count))
        kinds = [SPATIAL] * body + [TO_VECTOR] * (count > body) + [VECTOR] * (count - body - 1)
    return Architecture(spec, tuple(draw(layers(f"layer_{i}", k)) for i, k in enumerate(kinds)))


@st.composite
def blocks(draw: st.DrawFn, name: str, depth: int) -> Layer:
    """A residual or parallel block of layers that keep feature maps, nested up to ``depth`` deep."""
    kind = CATALOGUE[draw(st.sampled_from(["Residual", "Parallel"]))]
    assert kind.branches is not None
    count = draw(st.integers(kind.branches[0], min(kind.branches[1], 3)))
    branches = []
    for b in range(count):
        size = draw(st.integers(1, 3))
        branches.append(tuple(draw(layers_or_blocks(f"{name}_{b}_{i}", depth - 1)) for i in range(size)))
    params = {param.name: draw(param_values(param)) for param in kind.params}
    return Layer(kind.name, name, params, tuple(branches))


def layers_or_blocks(name: str, depth: int) -> st.SearchStrategy[Layer]:
    plain = layers(name, SPATIAL)
    return st.one_of(plain, plain, blocks(name, depth)) if depth > 0 else plain


@st.composite
def architectures_with_blocks(draw: st.DrawFn, max_layers: int = 4, depth: int = 3) -> Architecture:
    """Feature-map layers and blocks nested up to ``depth`` deep, then a flat head."""
    spec = InputSpec(draw(st.integers(1, 4)), draw(st.integers(2, 16)), draw(st.integers(2, 16)))
    count = draw(st.integers(1, max_layers))
    body = [draw(layers_or_blocks(f"layer_{i}", depth)) for i in range(count)]
    head = [draw(layers("head_0", TO_VECTOR)), draw(layers("head_1", ["Dense"]))]
    return Architecture(spec, (*body, *head))
