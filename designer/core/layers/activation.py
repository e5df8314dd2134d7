"""Element-wise activation functions, as a layer and as an option of other layers."""

from __future__ import annotations

from designer.core.layer_kind import Inferred, LayerKind, Params, Shape
from designer.core.params import ChoiceParam
from designer.core.phrases import phrase

ACTIVATIONS = ("linear", "relu", "tanh", "sigmoid", "leaky_relu", "elu", "gelu", "silu", "softmax")


def activation_param(default: str) -> ChoiceParam:
    return ChoiceParam(
        name="activation",
        label=phrase("Activation"),
        default=default,
        choices=ACTIVATIONS,
        help=phrase(
            "Function applied to each output: relu, tanh, sigmoid, leaky_relu (slope 0.01), "
            "elu, gelu, silu, linear (none), or softmax across channels or features"
        ),
    )


def _infer_activation(shape: Shape, p: Params) -> Inferred:
    return Inferred(shape)


ACTIVATION = LayerKind(
    name="Activation",
    group=phrase("Activation"),
    description=phrase("Applies a function to every value; shape unchanged, no parameters"),
    params=(activation_param("relu"),),
    infer=_infer_activation,
)
