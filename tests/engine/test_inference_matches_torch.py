"""Inference is exact: every inferred shape, parameter count and MAC count equals torch's."""

from __future__ import annotations

import torch
from hypothesis import event, given, settings
from torch.utils.flop_counter import FlopCounterMode

from designer.core.architecture import Architecture, Layer
from designer.core.inference import infer
from designer.engine.builder import build_layer, build_model
from tests.strategies import architectures, architectures_with_blocks

#: Rejections that are design rules rather than torch failures: wrong tensor rank (a Dense
#: would silently act on the last axis of a feature map) and output_padding with "same".
DESIGN_RULES = ("needs a feature map", "needs a flat vector", 'output_padding must be 0 with "same"')


def _torch_counts(module: torch.nn.Module) -> tuple[int, int]:
    params = sum(p.numel() for p in module.parameters())
    stats = sum(b.numel() for name, b in module.named_buffers() if not name.endswith("num_batches_tracked"))
    return params, stats


def _torch_macs(module: torch.nn.Module, x: torch.Tensor) -> int:
    """Multiply-accumulates per sample: torch's count of convolutions and matrix products, plus ours
    for BatchNorm (one per value, a scale and a shift), which torch does not count."""
    normalised = []

    def count(norm: torch.nn.Module, inputs: object, output: torch.Tensor) -> None:
        normalised.append(output.numel() // x.shape[0])

    norms = [m for m in module.modules() if isinstance(m, torch.nn.BatchNorm1d | torch.nn.BatchNorm2d)]
    hooks = [norm.register_forward_hook(count) for norm in norms]
    with FlopCounterMode(display=False) as counter:
        module(x)
    for hook in hooks:
        hook.remove()
    return counter.get_total_flops() // 2 // x.shape[0] + sum(normalised)


def assert_torch_rejects(layer: Layer, shape: tuple[int, ...], x: torch.Tensor) -> None:
    """Torch raises, or makes an empty output (a transposed convolution cropped to nothing)."""
    try:
        y = build_layer(layer, shape).eval()(x)
    except (RuntimeError, ValueError):
        return
    assert y.numel() == 0, f"torch accepts {layer}"


def check_against_torch(architecture: Architecture) -> None:
    summary = infer(architecture)
    x = torch.randn(2, *architecture.input.shape)
    shape = architecture.input.shape
    for index, (layer, report) in enumerate(zip(architecture.layers, summary.layers, strict=True)):
        if report.status == "error":
            assert report.error is not None
            event(f"rejected: {report.error.split(': ', 1)[1][:24]}")
            assert report.error.startswith(f"layer {index + 1} ({layer.kind})")
            assert all(later.status == "unknown" for later in summary.layers[index + 1 :])
            if layer.spec.is_block:  # a block that does not fit cannot be built to show torch refusing it
                return
            if not any(rule in report.error for rule in DESIGN_RULES):
                assert_torch_rejects(layer, shape, x)
            return
        module = build_layer(layer, shape).eval()
        with torch.no_grad():
            y = module(x)
        assert tuple(y.shape[1:]) == report.output_shape, layer
        assert _torch_counts(module) == (report.params, report.non_trainable), layer
        assert _torch_macs(module, x) == report.macs, layer
        x, shape = y, y.shape[1:]
    event(f"valid, {len(architecture.layers)} layers")
    model = build_model(architecture).eval()
    assert tuple(model(torch.randn(2, *architecture.input.shape)).shape[1:]) == summary.output_shape
    assert sum(_torch_counts(model)) == summary.total_params


@given(architectures())
def test_inference_matches_torch(architecture: Architecture) -> None:
    check_against_torch(architecture)


@settings(max_examples=max(100, settings().max_examples // 3))  # each builds several nested modules
@given(architectures_with_blocks())
def test_inference_through_blocks_matches_torch(architecture: Architecture) -> None:
    """Residual and parallel blocks, nested up to three deep, against the built modules."""
    check_against_torch(architecture)
    if infer(architecture).valid:
        event(f"valid, blocks nested {max(_depth(layer) for layer in architecture.layers)} deep")


def _depth(layer: Layer) -> int:
    return (
        1 + max((_depth(inner) for branch in layer.branches for inner in branch), default=0)
        if layer.branches
        else 0
    )
