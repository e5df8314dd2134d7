"""Training settings: what to train on and how. Stored with an architecture or a project.

Each field is declared once, as a parameter with its range and help, so files, the
settings form and the command line read the same declaration.  In a file every key
may be left out (it takes its default); unknown keys are refused.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any

from designer.core.params import BoolParam, ChoiceParam, FloatParam, IntParam, Param, TextParam, Value
from designer.core.phrases import phrase

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
            label=phrase("Dataset"),
            default="digits",
            max_length=4096,
            help=phrase(
                "A data set name (digits, shapes, mnist, fashion_mnist, cifar10, cifar100) "
                "or a folder of images with one subfolder per class"
            ),
        )
    )
    optimizer: str = _setting(
        ChoiceParam(
            name="optimizer",
            label=phrase("Optimizer"),
            default="adam",
            choices=OPTIMIZERS,
            help=phrase("sgd (with momentum), adam, adamw or rmsprop"),
        )
    )
    learning_rate: float = _setting(
        FloatParam(
            name="learning_rate",
            label=phrase("Learning rate"),
            default=1e-3,
            minimum=1e-8,
            maximum=10.0,
            help=phrase("Step size of the optimizer"),
        )
    )
    momentum: float = _setting(
        FloatParam(
            name="momentum",
            label=phrase("Momentum"),
            default=0.9,
            minimum=0.0,
            maximum=1.0,
            maximum_inclusive=False,
            help=phrase("Momentum of sgd and rmsprop"),
        )
    )
    nesterov: bool = _setting(
        BoolParam(
            name="nesterov", label=phrase("Nesterov"), default=False, help=phrase("Nesterov momentum (sgd)")
        )
    )
    weight_decay: float = _setting(
        FloatParam(
            name="weight_decay",
            label=phrase("Weight decay"),
            default=0.0,
            minimum=0.0,
            maximum=1.0,
            help=phrase("L2 penalty on the weights"),
        )
    )
    lr_decay: float = _setting(
        FloatParam(
            name="lr_decay",
            label=phrase("Lr decay"),
            default=0.0,
            minimum=0.0,
            maximum=1.0,
            help=phrase("Keras-style decay: the rate is divided by (1 + lr_decay x steps taken)"),
        )
    )
    schedule: str = _setting(
        ChoiceParam(
            name="schedule",
            label=phrase("Schedule"),
            default="none",
            choices=SCHEDULES,
            help=phrase(
                "How the learning rate changes over the run: none, step (x step_gamma every "
                "step_epochs), cosine (down to 0) or one_cycle (up, then down)"
            ),
        )
    )
    step_epochs: int = _setting(
        IntParam(
            name="step_epochs",
            label=phrase("Step epochs"),
            default=10,
            minimum=1,
            maximum=100_000,
            help=phrase("Epochs between steps (step)"),
        )
    )
    step_gamma: float = _setting(
        FloatParam(
            name="step_gamma",
            label=phrase("Step gamma"),
            default=0.1,
            minimum=0.0,
            maximum=1.0,
            help=phrase("Factor applied to the rate at each step (step)"),
        )
    )
    batch_size: int = _setting(
        IntParam(
            name="batch_size",
            label=phrase("Batch size"),
            default=64,
            minimum=1,
            maximum=65536,
            help=phrase("Images per step"),
        )
    )
    epochs: int = _setting(
        IntParam(
            name="epochs",
            label=phrase("Epochs"),
            default=10,
            minimum=1,
            maximum=100_000,
            help=phrase("Passes over the training set"),
        )
    )
    label_smoothing: float = _setting(
        FloatParam(
            name="label_smoothing",
            label=phrase("Label smoothing"),
            default=0.0,
            minimum=0.0,
            maximum=1.0,
            maximum_inclusive=False,
            help=phrase("Share of the target spread over all classes"),
        )
    )
    validation: str = _setting(
        ChoiceParam(
            name="validation",
            label=phrase("Validation"),
            default="split",
            choices=VALIDATION_SOURCES,
            help=phrase("Validate on a held-out part of the training set (split) or on the test set"),
        )
    )
    validation_fraction: float = _setting(
        FloatParam(
            name="validation_fraction",
            label=phrase("Validation fraction"),
            default=0.1,
            minimum=0.01,
            maximum=0.5,
            help=phrase("Share of the training set held out for validation (split)"),
        )
    )
    augment_crop: int = _setting(
        IntParam(
            name="augment_crop",
            label=phrase("Augment crop"),
            default=0,
            minimum=0,
            maximum=64,
            help=phrase("Random crop after padding by this many pixels (0: off)"),
        )
    )
    augment_flip: bool = _setting(
        BoolParam(
            name="augment_flip",
            label=phrase("Augment flip"),
            default=False,
            help=phrase("Random horizontal flips (not for digits or text)"),
        )
    )
    augment_affine: bool = _setting(
        BoolParam(
            name="augment_affine",
            label=phrase("Augment affine"),
            default=False,
            help=phrase("Random small rotation (up to 10 degrees), scaling (0.9 to 1.1) and shift"),
        )
    )
    mixup: float = _setting(
        FloatParam(
            name="mixup",
            label=phrase("Mixup"),
            default=0.0,
            minimum=0.0,
            maximum=10.0,
            help=phrase("Mixup strength alpha: blend pairs of images and their labels (0: off)"),
        )
    )
    seed: int = _setting(
        IntParam(
            name="seed",
            label=phrase("Seed"),
            default=0,
            minimum=0,
            maximum=2**31 - 1,
            help=phrase("Seed for reproducible runs"),
        )
    )
    device: str = _setting(
        TextParam(
            name="device",
            label=phrase("Device"),
            default="auto",
            pattern=DEVICE_PATTERN,
            help=phrase("auto (the best available), cpu, cuda, cuda:N or mps"),
        )
    )
    precision: str = _setting(
        ChoiceParam(
            name="precision",
            label=phrase("Precision"),
            default="auto",
            choices=PRECISIONS,
            help=phrase("fp32, or bf16 mixed precision; auto picks bf16 where the hardware runs it natively"),
        )
    )
    memory_format: str = _setting(
        ChoiceParam(
            name="memory_format",
            label=phrase("Memory format"),
            default="auto",
            choices=MEMORY_FORMATS,
            help=phrase(
                "How images are laid out in memory; auto times a few steps of each and keeps the faster"
            ),
        )
    )
    early_stopping: int = _setting(
        IntParam(
            name="early_stopping",
            label=phrase("Early stopping"),
            default=0,
            minimum=0,
            maximum=100_000,
            help=phrase("Stop after this many epochs without a better validation accuracy (0: off)"),
        )
    )
    checkpoints: str = _setting(
        ChoiceParam(
            name="checkpoints",
            label=phrase("Checkpoints"),
            default="best_and_last",
            choices=CHECKPOINTS,
            help=phrase(
                "Keep the best (by validation accuracy) and the last epoch's weights, the last only, or none"
            ),
        )
    )
    layer_health: bool = _setting(
        BoolParam(
            name="layer_health",
            label=phrase("Layer health"),
            default=True,
            help=phrase("Measure gradient norms, update ratios and dead ReLUs per layer each epoch"),
        )
    )

    def with_values(self, **changes: Value) -> TrainingSettings:
        """A copy with ``changes`` checked against their declarations."""
        params = {param.name: param for param in training_params()}
        checked: dict[str, Any] = {}
        for name, value in changes.items():
            if name not in params:
                raise KeyError(phrase("no training setting named {name}").format(name=name))
            param = params[name]
            checked[name] = param.parse(param.to_json(value))
        return replace(self, **checked)


def training_params() -> tuple[Param, ...]:
    """The declarations of the settings, in field order."""
    return tuple(f.metadata["param"] for f in fields(TrainingSettings))


#: The settings in the order and groups a form shows them (the data set is picked on its own),
#: each group under a title the window translates.
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (phrase("Optimizer"), ("optimizer", "learning_rate", "momentum", "nesterov", "weight_decay", "lr_decay")),
    (phrase("Schedule"), ("schedule", "step_epochs", "step_gamma")),
    (phrase("Run"), ("epochs", "batch_size", "validation", "validation_fraction", "early_stopping", "seed")),
    (phrase("Augmentation"), ("augment_crop", "augment_flip", "augment_affine", "mixup", "label_smoothing")),
    (phrase("Hardware"), ("device", "precision", "memory_format")),
    (phrase("Records"), ("checkpoints", "layer_health")),
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
