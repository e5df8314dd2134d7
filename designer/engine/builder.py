"""Architecture -> ``torch.nn.Module``."""

from __future__ import annotations

import torch
from torch import nn

from designer.core.architecture import Architecture, Layer
from designer.core.errors import DesignError
from designer.core.inference import infer
from designer.core.layer_kind import Shape
from designer.engine.layer_modules import BUILDERS


def build_layer(layer: Layer, input_shape: Shape) -> nn.Module:
    """The torch module of one layer fed ``input_shape``; no check that the layer fits it."""
    return BUILDERS[layer.kind](input_shape, layer.params)


def _logits_layer(layer: Layer) -> Layer:
    """The last layer without a softmax: the model trains on logits (cross-entropy applies it)."""
    return layer.with_params(activation="linear") if layer.params.get("activation") == "softmax" else layer


class Network(nn.Sequential):
    """The layers in order, each a submodule named after its layer.

    ``forward`` returns logits, even where the design ends in a softmax;
    :meth:`predict_proba` applies the softmax.
    """

    def __init__(self, architecture: Architecture) -> None:
        super().__init__()
        summary = infer(architecture)
        if not summary.valid:
            raise DesignError(f"cannot build the network: {summary.errors[0]}")
        self.input_shape: Shape = architecture.input.shape
        #: Layer name -> submodule name (which differs only where torch reserves the name).
        self.module_names: dict[str, str] = {}
        shape = architecture.input.shape
        for index, (layer, report) in enumerate(zip(architecture.layers, summary.layers, strict=True)):
            final = index == len(architecture.layers) - 1
            module_name = layer.name
            while hasattr(self, module_name):
                module_name += "_"
            self.add_module(module_name, build_layer(_logits_layer(layer) if final else layer, shape))
            self.module_names[layer.name] = module_name
            assert report.output_shape is not None
            shape = report.output_shape

    def layer(self, name: str) -> nn.Module:
        """The submodule of the layer called ``name``."""
        return self.get_submodule(self.module_names[name])

    def predict_proba(self, x: torch.Tensor) -> torch.Tensor:
        """Class probabilities: the softmax of the logits."""
        return torch.softmax(self(x), dim=1)


def build_model(architecture: Architecture) -> Network:
    """The torch model of a valid architecture; :class:`DesignError` names the first bad layer."""
    return Network(architecture)
