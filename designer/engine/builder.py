"""Architecture -> ``torch.nn.Module``."""

from __future__ import annotations

import torch
from torch import nn

from designer.core.architecture import Architecture, Layer
from designer.core.errors import DesignError
from designer.core.inference import infer, infer_stack
from designer.core.layer_kind import Shape
from designer.core.phrases import phrase
from designer.engine.layer_modules import BUILDERS, Parallel, Residual, activation_module, projection


def build_layer(layer: Layer, input_shape: Shape) -> nn.Module:
    """The torch module of one layer fed ``input_shape``; only a block is checked against it."""
    if layer.spec.is_block:
        return _build_block(layer, input_shape)
    return BUILDERS[layer.kind](input_shape, layer.params)


def add_layer(container: nn.Module, name: str, module: nn.Module) -> str:
    """Add ``module`` under ``name``, or ``name_`` (and so on) where torch reserves the name; returns it."""
    while hasattr(container, name):
        name += "_"
    container.add_module(name, module)
    return name


def _build_stack(layers: tuple[Layer, ...], shape: Shape) -> nn.Sequential:
    """A block's branch fed ``shape``: its layers under their names."""
    reports, _ = infer_stack(layers, shape)
    stack = nn.Sequential()
    for layer, report in zip(layers, reports, strict=True):
        add_layer(stack, layer.name, build_layer(layer, shape))
        assert report.output_shape is not None
        shape = report.output_shape
    return stack


def _build_block(layer: Layer, shape: Shape) -> nn.Module:
    (report,), _ = infer_stack((layer,), shape)
    if report.error:
        raise DesignError(phrase("cannot build the block: {problem}").format(problem=report.error))
    assert report.output_shape is not None
    branches: list[nn.Module] = [_build_stack(branch, shape) for branch in layer.branches]
    activation = activation_module(str(layer.params["activation"])) or nn.Identity()
    if layer.kind == "Parallel":
        return Parallel(branches, str(layer.params["merge"]), activation)
    shortcut = nn.Identity() if report.output_shape == shape else projection(shape, report.output_shape)
    return Residual(branches[0], shortcut, activation)


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
            raise DesignError(phrase("cannot build the network: {problem}").format(problem=summary.errors[0]))
        self.input_shape: Shape = architecture.input.shape
        shape = architecture.input.shape
        for index, (layer, report) in enumerate(zip(architecture.layers, summary.layers, strict=True)):
            final = index == len(architecture.layers) - 1
            add_layer(self, layer.name, build_layer(_logits_layer(layer) if final else layer, shape))
            assert report.output_shape is not None
            shape = report.output_shape
        #: Layer name -> submodule path, for the layers inside blocks too (``res1.body.conv``).
        self.module_names = _module_paths(self, architecture.layers, "")

    def layer(self, name: str) -> nn.Module:
        """The submodule of the layer called ``name``."""
        return self.get_submodule(self.module_names[name])

    def predict_proba(self, x: torch.Tensor) -> torch.Tensor:
        """Class probabilities: the softmax of the logits."""
        return torch.softmax(self(x), dim=1)


def _module_paths(container: nn.Module, layers: tuple[Layer, ...], prefix: str) -> dict[str, str]:
    names = dict(container.named_children())
    paths: dict[str, str] = {}
    for layer, (name, module) in zip(layers, names.items(), strict=True):
        paths[layer.name] = prefix + name
        if isinstance(module, Residual):
            paths.update(_module_paths(module.body, layer.branches[0], f"{prefix}{name}.body."))
        elif isinstance(module, Parallel):
            for number, (branch, stack) in enumerate(zip(layer.branches, module.branches, strict=True)):
                paths.update(_module_paths(stack, branch, f"{prefix}{name}.branches.{number}."))
    return paths


def build_model(architecture: Architecture) -> Network:
    """The torch model of a valid architecture; :class:`DesignError` names the first bad layer."""
    return Network(architecture)
