"""Networks with their random weights as bundles, for the export tests."""

from __future__ import annotations

import torch

from designer.core.architecture import Architecture, InputSpec, Layer
from designer.core.presets import load_preset, preset_names
from designer.engine.augment import Normalization
from designer.engine.builder import build_model
from designer.engine.bundle import Bundle

#: Every kind of module the builder makes: uneven "same" padding, -inf padded max pooling, TF-style
#: average pooling, transposed and separable convolutions, 1-D and 2-D batch norm, each activation.
EVERY_MODULE = Architecture(
    InputSpec(3, 15, 15),
    (
        Layer.new(
            "Conv2D", "conv", filters=4, kernel_size=4, stride=2, padding="same", activation="leaky_relu"
        ),
        Layer.new("SeparableConv2D", "sep", filters=6, padding="same", depth_multiplier=2, activation="elu"),
        Layer.new("Conv2DTranspose", "up", filters=5, kernel_size=3, stride=2, activation="gelu"),
        Layer.new("MaxPool2D", "maxpool", pool_size=3, stride=2, padding="same"),
        Layer.new("AvgPool2D", "avgpool", pool_size=2, stride=2, padding="same"),
        Layer.new("BatchNorm", "bn2d"),
        Layer.new("Activation", "silu", activation="silu"),
        Layer.new("Conv2D", "conv2", filters=4, kernel_size=1, activation="sigmoid"),
        Layer.new("GlobalMaxPool2D", "gmp"),
        Layer.new("Dense", "dense", units=7, activation="tanh"),
        Layer.new("BatchNorm", "bn1d"),
        Layer.new("Dropout", "drop", rate=0.3),
        Layer.new("Dense", "out", units=3, activation="softmax"),
    ),
    name="every module",
)


def bundle_of(architecture: Architecture, class_names: tuple[str, ...] | None = None) -> Bundle:
    torch.manual_seed(0)
    model = build_model(architecture)
    with torch.no_grad():
        for module in model.modules():  # non-trivial running statistics
            if isinstance(module, torch.nn.BatchNorm1d | torch.nn.BatchNorm2d):
                module.running_mean.uniform_(-1, 1)
                module.running_var.uniform_(0.5, 2)
    classes = model.eval()(torch.zeros(1, *architecture.input.shape)).shape[1]
    channels = architecture.input.channels
    return Bundle(
        architecture,
        model.state_dict(),
        class_names or tuple(f"class {i}" for i in range(classes)),
        Normalization((0.5,) * channels, (0.25,) * channels),
    )


def _conv(name: str, filters: int, **params: object) -> Layer:
    return Layer.new("Conv2D", name, filters=filters, kernel_size=3, padding="same", **params)


#: Blocks in every form: an identity and a projected residual, a parallel block that concatenates
#: (one branch a residual of its own) and one that adds.
BLOCKS = Architecture(
    InputSpec(3, 12, 12),
    (
        _conv("stem", 6),
        Layer.new("Residual", "res", branches=[[_conv("res_a", 6), Layer.new("BatchNorm", "res_bn")]]),
        Layer.new("Residual", "down", branches=[[_conv("down_a", 8, stride=2, activation="linear")]]),
        Layer.new(
            "Parallel",
            "mix",
            branches=[
                [_conv("mix_1x1", 4)],
                [Layer.new("Residual", "mix_res", activation="linear", branches=[[_conv("mix_a", 8)]])],
                [Layer.new("MaxPool2D", "mix_pool", pool_size=3, stride=1, padding="same")],
            ],
        ),
        Layer.new("Parallel", "sum", merge="add", branches=[[_conv("sum_a", 4)], [_conv("sum_b", 4)]]),
        Layer.new("GlobalAvgPool2D", "gap"),
        Layer.new("Dense", "out", units=3, activation="softmax"),
    ),
    name="blocks",
)


#: The networks every export is checked on: each module kind, every block form, and the presets.
EXPORT_CASES = ("every_module", "blocks", *preset_names())


def export_case(name: str) -> Architecture:
    """The network of an :data:`EXPORT_CASES` entry."""
    return {"every_module": EVERY_MODULE, "blocks": BLOCKS}.get(name) or load_preset(name)
