"""What a network does with one sample: its feature maps, its prediction, where it looked.

Everything here takes a built :class:`~designer.engine.builder.Network` and a normalised
``(C, H, W)`` float image, runs in eval mode and returns numpy arrays, ready to draw.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import torch
import torch.nn.functional as F
from torch import nn

from designer.core.architecture import Architecture
from designer.core.catalogue import CATALOGUE
from designer.core.inference import infer
from designer.engine.augment import Normalization
from designer.engine.builder import Network
from designer.engine.events import FeatureMaps, SampleInspection
from designer.engine.inspect_data import normalise

#: The layer groups whose outputs are shown as feature maps.
MAP_GROUPS = ("Convolution", "Pooling")

Floats = npt.NDArray[np.float32]


def _batch(model: Network, image: torch.Tensor) -> torch.Tensor:
    if tuple(image.shape) != tuple(model.input_shape):
        raise ValueError(f"the image is {tuple(image.shape)}; the network takes {tuple(model.input_shape)}")
    parameter = next(model.parameters(), None)
    device = parameter.device if parameter is not None else torch.device("cpu")
    return image.to(device=device, dtype=torch.float32).unsqueeze(0)


def inspect_sample(model: Network, architecture: Architecture, image: torch.Tensor) -> SampleInspection:
    """The feature maps of every convolution and pooling layer with a spatial output (those inside
    blocks too, in the order they run), and the prediction."""
    model.eval()
    shown = [layer for layer in architecture.all_layers() if CATALOGUE[layer.kind].group in MAP_GROUPS]
    outputs: dict[str, torch.Tensor] = {}

    def keeper(name: str) -> Callable[[nn.Module, object, torch.Tensor], None]:
        def keep(_: nn.Module, __: object, output: torch.Tensor) -> None:
            outputs[name] = output

        return keep

    hooks = [model.layer(layer.name).register_forward_hook(keeper(layer.name)) for layer in shown]
    try:
        with torch.no_grad():
            probabilities = torch.softmax(model(_batch(model, image)).float(), dim=1)[0].cpu().numpy()
    finally:
        for hook in hooks:
            hook.remove()
    maps = [
        FeatureMaps(layer.name, layer.kind, outputs[layer.name][0].float().cpu().numpy())
        for layer in shown
        if outputs[layer.name].dim() == 4
    ]
    return SampleInspection(tuple(maps), probabilities)


@dataclass(frozen=True)
class SampleReport:
    """Everything the inspect views show for one sample under the current weights."""

    #: The sample as the network sees it before normalisation, uint8 ``(C, H, W)``; its label if known.
    image: npt.NDArray[np.uint8]
    label: int | None
    #: The image after normalisation: what the first layer receives.
    normalised: Floats
    sample: SampleInspection
    #: Grad-CAM for ``heat_class`` over the input; None when the network has no feature map.
    heat: Floats | None
    heat_class: int
    #: (layer, kernels) of every layer that has kernels.
    kernels: tuple[tuple[str, Floats], ...]


def report_sample(
    model: Network,
    architecture: Architecture,
    image: torch.Tensor,
    normalization: Normalization,
    label: int | None = None,
    target: int | None = None,
) -> SampleReport:
    """Inspect uint8 ``image``: maps, prediction, kernels, Grad-CAM for ``target`` (default: predicted)."""
    normalised = normalise(image, normalization)
    inspection = inspect_sample(model, architecture, normalised)
    heat_class = inspection.predicted if target is None else target
    try:
        heat: Floats | None = grad_cam(model, architecture, normalised, heat_class)
    except ValueError:  # no convolution or pooling layer keeps a feature map
        heat = None
    return SampleReport(
        image=image.detach().cpu().numpy().astype(np.uint8),
        label=label,
        normalised=normalised.float().cpu().numpy(),
        sample=inspection,
        heat=heat,
        heat_class=heat_class,
        kernels=tuple((name, kernel_weights(model, name)) for name in architecture.kernel_layers()),
    )


def last_spatial_layer(architecture: Architecture) -> str:
    """The last convolution, pooling layer or block that still has a feature map: Grad-CAM's default.

    A map of one pixel (LeNet-5's C5) says nothing about where the network looked, so the last
    layer with a larger map is preferred.
    """
    summary = infer(architecture)
    candidates = [
        (layer.name, report.output_shape[1] * report.output_shape[2] > 1)
        for layer, report in zip(architecture.layers, summary.layers, strict=True)
        if CATALOGUE[layer.kind].group in (*MAP_GROUPS, "Blocks")
        and report.output_shape is not None
        and len(report.output_shape) == 3
    ]
    if not candidates:
        raise ValueError("the network has no convolution or pooling layer with a feature map")
    return next((name for name, spread in reversed(candidates) if spread), candidates[-1][0])


def grad_cam(
    model: Network, architecture: Architecture, image: torch.Tensor, target: int, layer: str | None = None
) -> Floats:
    """Grad-CAM for class ``target`` at ``layer`` (default: the last feature map), upsampled to the input.

    The map is ``(H, W)`` like the input, non-negative, and scaled so its largest value is 1
    (all zeros when nothing in the layer favours the class).
    """
    name = layer or last_spatial_layer(architecture)
    model.eval()
    kept: list[torch.Tensor] = []

    def keep(_: nn.Module, __: object, output: torch.Tensor) -> None:
        output.retain_grad()
        kept.append(output)

    handle = model.layer(name).register_forward_hook(keep)
    try:
        with torch.enable_grad():
            logits = model(_batch(model, image).requires_grad_(True))
            logits[0, target].backward()
    finally:
        handle.remove()
    model.zero_grad(set_to_none=True)
    activation = kept[0]
    assert activation.grad is not None
    weights = activation.grad[0].mean(dim=(1, 2))
    cam = torch.relu((weights[:, None, None] * activation[0]).sum(dim=0)).detach()
    size = tuple(image.shape[1:])
    cam = F.interpolate(cam[None, None], size=size, mode="bilinear", align_corners=False)[0, 0].clamp_min(0)
    top = float(cam.max())
    return (cam / top if top > 0 else cam).float().cpu().numpy()


def kernel_weights(model: Network, layer: str) -> Floats:
    """A copy of the layer's kernels as ``(out, in / groups, kh, kw)``; a separable layer's depthwise ones.

    A transposed convolution's are returned in the same order (for groups 1).
    """
    conv = next(
        (m for m in model.layer(layer).modules() if isinstance(m, nn.Conv2d | nn.ConvTranspose2d)), None
    )
    if conv is None:
        raise ValueError(f"layer {layer} has no kernels")
    weight = conv.weight.detach().float().cpu()
    if isinstance(conv, nn.ConvTranspose2d):  # stored (in, out / groups, kh, kw)
        weight = weight.transpose(0, 1)
    copy: Floats = weight.numpy().copy()  # training goes on changing the weights
    return copy
