"""Suggested training settings stored with an architecture (presets carry them).

Each field is declared once, as a parameter with its range and help, so files,
the settings form and the command line read the same declaration.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from designer.core.params import ChoiceParam, FloatParam, IntParam, Param, TextParam

OPTIMIZERS = ("sgd", "adam", "adamw", "rmsprop")


def _setting(param: Param) -> Any:
    return field(default=param.default, metadata={"param": param})


@dataclass(frozen=True)
class TrainingSettings:
    dataset: str = _setting(
        TextParam(name="dataset", default="digits", help="Name of the data set to train on")
    )
    optimizer: str = _setting(
        ChoiceParam(
            name="optimizer",
            default="adam",
            choices=OPTIMIZERS,
            help="sgd (with momentum), adam, adamw or rmsprop",
        )
    )
    learning_rate: float = _setting(
        FloatParam(
            name="learning_rate", default=1e-3, minimum=1e-8, maximum=10.0, help="Step size of the optimizer"
        )
    )
    momentum: float = _setting(
        FloatParam(
            name="momentum",
            default=0.9,
            minimum=0.0,
            maximum=1.0,
            maximum_inclusive=False,
            help="Momentum of sgd and rmsprop",
        )
    )
    weight_decay: float = _setting(
        FloatParam(
            name="weight_decay", default=0.0, minimum=0.0, maximum=1.0, help="L2 penalty on the weights"
        )
    )
    batch_size: int = _setting(
        IntParam(name="batch_size", default=64, minimum=1, maximum=65536, help="Images per step")
    )
    epochs: int = _setting(
        IntParam(name="epochs", default=10, minimum=1, maximum=100_000, help="Passes over the training set")
    )


def training_params() -> tuple[Param, ...]:
    """The declarations of the settings, in field order."""
    return tuple(f.metadata["param"] for f in fields(TrainingSettings))
