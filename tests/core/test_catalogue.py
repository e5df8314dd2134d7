"""The catalogue declares every kind the issue names, each parameter with a usable default."""

from __future__ import annotations

from dataclasses import fields

import pytest

from designer.core.catalogue import CATALOGUE, GROUPS, kinds_in_group
from designer.core.params import FloatParam, IntParam, ParamError, SizeParam
from designer.core.training import TrainingSettings, training_params


def test_catalogue_has_the_required_kinds():
    assert set(CATALOGUE) >= {
        "Conv2D",
        "SeparableConv2D",
        "Conv2DTranspose",
        "MaxPool2D",
        "AvgPool2D",
        "GlobalAvgPool2D",
        "GlobalMaxPool2D",
        "Flatten",
        "Dense",
        "Dropout",
        "BatchNorm",
        "Activation",
    }


def test_every_kind_is_in_exactly_one_known_group():
    assert sorted(k.name for g in GROUPS for k in kinds_in_group(g)) == sorted(CATALOGUE)


@pytest.mark.parametrize("kind", CATALOGUE.values(), ids=list(CATALOGUE))
def test_defaults_parse_and_every_param_has_help(kind):
    for param in kind.params:
        assert param.help
        assert param.label
        assert param.parse(param.to_json(param.default)) == param.default


def test_activation_choices_are_those_of_the_issue():
    assert set(CATALOGUE["Activation"].param("activation").choices) == {
        "relu",
        "tanh",
        "sigmoid",
        "leaky_relu",
        "elu",
        "gelu",
        "silu",
        "softmax",
        "linear",
    }


@pytest.mark.parametrize(
    ("kind", "prefix"),
    [
        ("Conv2D", "conv2d"),
        ("Conv2DTranspose", "conv2d_transpose"),
        ("MaxPool2D", "max_pool2d"),
        ("GlobalAvgPool2D", "global_avg_pool2d"),
        ("BatchNorm", "batch_norm"),
        ("Dense", "dense"),
    ],
)
def test_name_prefix(kind, prefix):
    assert CATALOGUE[kind].name_prefix == prefix


@pytest.mark.parametrize(
    ("param", "value", "expected"),
    [
        (IntParam(name="n", help="h", default=1, minimum=1, maximum=9), 9, 9),
        (SizeParam(name="k", help="h", default=1, minimum=1, maximum=9), [2, 3], (2, 3)),
        (SizeParam(name="s", help="h", default=None, minimum=1, maximum=9, optional=True), None, None),
        (FloatParam(name="r", help="h", default=0.5, minimum=0, maximum=1, maximum_inclusive=False), 0, 0.0),
    ],
)
def test_params_accept(param, value, expected):
    assert param.parse(value) == expected


@pytest.mark.parametrize(
    ("param", "value"),
    [
        (IntParam(name="n", help="h", default=1, minimum=1, maximum=9), 10),
        (IntParam(name="n", help="h", default=1, minimum=1, maximum=9), False),
        (SizeParam(name="k", help="h", default=1, minimum=1, maximum=9), None),
        (SizeParam(name="k", help="h", default=1, minimum=1, maximum=9), [1]),
        (FloatParam(name="r", help="h", default=0.5, minimum=0, maximum=1, maximum_inclusive=False), 1),
        (FloatParam(name="r", help="h", default=0.5, minimum=0, maximum=1), float("inf")),
    ],
)
def test_params_refuse(param, value):
    with pytest.raises(ParamError):
        param.parse(value)


def test_training_settings_are_declared_once_per_field():
    assert [p.name for p in training_params()] == [f.name for f in fields(TrainingSettings)]
    defaults = TrainingSettings()
    for param in training_params():
        assert getattr(defaults, param.name) == param.default
