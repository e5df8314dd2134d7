"""Training settings: what to train on and how. Stored with an architecture or a project.

Each field is declared once, as a parameter with its range and help, so files, the
settings form and the command line read the same declaration.  In a file every key
may be left out (it takes its default); unknown keys are refused.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any

from designer.core.params import BoolParam, ChoiceParam, FloatParam, IntParam, Param, TextParam, Value

OPTIMIZERS = ("sgd", "adam", "adamw", "rmsprop")
SCHEDULES = ("none", "step", "cosine", "one_cycle")
VALIDATION_SOURCES = ("split", "test")
PRECISIONS = ("auto", "fp32", "bf16")
MEMORY_FORMATS = ("auto", "nchw", "channels_last")
CHECKPOINTS = ("best_and_last", "last", "none")
#: ``auto``, ``cpu``, ``mps``, ``cuda`` or ``cuda:N``.
DEVICE_PATTERN = r"auto|cpu|mps|cuda(:\d{1,2})?"


def _setting(param: Param) -> Any:
    return field(default=param.default, metadata={"param": param})


@dataclass(frozen=True)
class TrainingSettings:
    dataset: str = _setting(
        TextParam(
            name="dataset",
            default="digits",
            max_length=4096,
            help="A data set name (digits, shapes, mnist, fashion_mnist, cifar10, cifar100) "
            "or a folder of images with one subfolder per class",
        )
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
            name="learning_rate",
            default=1e-3,
            minimum=1e-8,
            maximum=10.0,
            help="Step size of the optimizer",
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
    nesterov: bool = _setting(BoolParam(name="nesterov", default=False, help="Nesterov momentum (sgd)"))
    weight_decay: float = _setting(
        FloatParam(
            name="weight_decay", default=0.0, minimum=0.0, maximum=1.0, help="L2 penalty on the weights"
        )
    )
    lr_decay: float = _setting(
        FloatParam(
            name="lr_decay",
            default=0.0,
            minimum=0.0,
            maximum=1.0,
            help="Keras-style decay: the rate is divided by (1 + lr_decay x steps taken)",
        )
    )
    schedule: str = _setting(
        ChoiceParam(
            name="schedule",
            default="none",
            choices=SCHEDULES,
            help="How the learning rate changes over the run: none, step (x step_gamma every "
            "step_epochs), cosine (down to 0) or one_cycle (up, then down)",
        )
    )
    step_epochs: int = _setting(
        IntParam(
            name="step_epochs", default=10, minimum=1, maximum=100_000, help="Epochs between steps (step)"
        )
    )
    step_gamma: float = _setting(
        FloatParam(
            name="step_gamma",
            default=0.1,
            minimum=0.0,
            maximum=1.0,
            help="Factor applied to the rate at each step (step)",
        )
    )
    batch_size: int = _setting(
        IntParam(name="batch_size", default=64, minimum=1, maximum=65536, help="Images per step")
    )
    epochs: int = _setting(
        IntParam(name="epochs", default=10, minimum=1, maximum=100_000, help="Passes over the training set")
    )
    label_smoothing: float = _setting(
        FloatParam(
            name="label_smoothing",
            default=0.0,
            minimum=0.0,
            maximum=1.0,
            maximum_inclusive=False,
            help="Share of the target spread over all classes",
        )
    )
    validation: str = _setting(
        ChoiceParam(
            name="validation",
            default="split",
            choices=VALIDATION_SOURCES,
            help="Validate on a held-out part of the training set (split) or on the test set",
        )
    )
    validation_fraction: float = _setting(
        FloatParam(
            name="validation_fraction",
            default=0.1,
            minimum=0.01,
            maximum=0.5,
            help="Share of the training set held out for validation (split)",
        )
    )
    augment_crop: int = _setting(
        IntParam(
            name="augment_crop",
            default=0,
            minimum=0,
            maximum=64,
            help="Random crop after padding by this many pixels (0: off)",
        )
    )
    augment_flip: bool = _setting(
        BoolParam(name="augment_flip", default=False, help="Random horizontal flips (not for digits or text)")
    )
    augment_affine: bool = _setting(
        BoolParam(
            name="augment_affine",
            default=False,
            help="Random small rotation (up to 10 degrees), scaling (0.9 to 1.1) and shift",
        )
    )
    mixup: float = _setting(
        FloatParam(
            name="mixup",
            default=0.0,
            minimum=0.0,
            maximum=10.0,
            help="Mixup strength alpha: blend pairs of images and their labels (0: off)",
        )
    )
    seed: int = _setting(
        IntParam(name="seed", default=0, minimum=0, maximum=2**31 - 1, help="Seed for reproducible runs")
    )
    device: str = _setting(
        TextParam(
            name="device",
            default="auto",
            pattern=DEVICE_PATTERN,
            help="auto (the best available), cpu, cuda, cuda:N or mps",
        )
    )
    precision: str = _setting(
        ChoiceParam(
            name="precision",
            default="auto",
            choices=PRECISIONS,
            help="fp32, or bf16 mixed precision; auto picks bf16 where the hardware runs it natively",
        )
    )
    memory_format: str = _setting(
        ChoiceParam(
            name="memory_format",
            default="auto",
            choices=MEMORY_FORMATS,
            help="How images are laid out in memory; auto times a few steps of each and keeps the faster",
        )
    )
    early_stopping: int = _setting(
        IntParam(
            name="early_stopping",
            default=0,
            minimum=0,
            maximum=100_000,
            help="Stop after this many epochs without a better validation accuracy (0: off)",
        )
    )
    checkpoints: str = _setting(
        ChoiceParam(
            name="checkpoints",
            default="best_and_last",
            choices=CHECKPOINTS,
            help="Keep the best (by validation accuracy) and the last epoch's weights, "
            "the last only, or none",
        )
    )
    layer_health: bool = _setting(
        BoolParam(
            name="layer_health",
            default=True,
            help="Measure gradient norms, update ratios and dead ReLUs per layer each epoch",
        )
    )

    def with_values(self, **changes: Value) -> TrainingSettings:
        """A copy with ``changes`` checked against their declarations."""
        params = {param.name: param for param in training_params()}
        checked: dict[str, Any] = {}
        for name, value in changes.items():
            if name not in params:
                raise KeyError(f"no training setting named {name}")
            param = params[name]
            checked[name] = param.parse(param.to_json(value))
        return replace(self, **checked)


def training_params() -> tuple[Param, ...]:
    """The declarations of the settings, in field order."""
    return tuple(f.metadata["param"] for f in fields(TrainingSettings))


#: The settings in the order and groups a form shows them (the data set is picked on its own).
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Optimizer", ("optimizer", "learning_rate", "momentum", "nesterov", "weight_decay", "lr_decay")),
    ("Schedule", ("schedule", "step_epochs", "step_gamma")),
    ("Run", ("epochs", "batch_size", "validation", "validation_fraction", "early_stopping", "seed")),
    ("Augmentation", ("augment_crop", "augment_flip", "augment_affine", "mixup", "label_smoothing")),
    ("Hardware", ("device", "precision", "memory_format")),
    ("Records", ("checkpoints", "layer_health")),
)


def unused_settings(settings: TrainingSettings) -> frozenset[str]:
    """The settings that the others make irrelevant, e.g. momentum under adam."""
    unused = set()
    if settings.optimizer not in ("sgd", "rmsprop"):
        unused.add("momentum")
    if settings.optimizer != "sgd":
        unused.add("nesterov")
    if settings.schedule != "step":
        unused.update(("step_epochs", "step_gamma"))
    if settings.validation != "split":
        unused.add("validation_fraction")
    return frozenset(unused)
