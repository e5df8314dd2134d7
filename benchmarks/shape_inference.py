"""Shape inference of a 500-layer network against building it in torch and running one sample.

Prints both medians and their ratio; the last line is ``infer_ms=... torch_ms=... ratio=...``.
Target: inference under 10 ms.
"""

from __future__ import annotations

import statistics
import time

import torch

from designer.core.architecture import Architecture, InputSpec, Layer
from designer.core.inference import infer
from designer.engine.builder import build_model


def deep_network(blocks: int = 125) -> Architecture:
    """``blocks`` x (Conv2D 3x3 same, BatchNorm, ReLU, Dropout): 4 layers per block."""
    layers: list[Layer] = []
    for i in range(blocks):
        layers += [
            Layer.new("Conv2D", f"conv{i}", filters=16, padding="same", use_bias=False, activation="linear"),
            Layer.new("BatchNorm", f"bn{i}"),
            Layer.new("Activation", f"relu{i}"),
            Layer.new("Dropout", f"drop{i}", rate=0.1),
        ]
    return Architecture(InputSpec(3, 32, 32), tuple(layers))


def median_ms(run, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def torch_build_and_forward(architecture: Architecture) -> None:
    model = build_model(architecture).eval()
    with torch.no_grad():
        model(torch.zeros(1, *architecture.input.shape))


def main() -> None:
    architecture = deep_network()
    assert len(architecture.layers) == 500
    assert infer(architecture).valid
    infer(architecture)
    infer_ms = median_ms(lambda: infer(architecture), repeats=50)
    torch_ms = median_ms(lambda: torch_build_and_forward(architecture), repeats=5)
    print(f"500 layers: inference {infer_ms:.2f} ms, torch build + one forward pass {torch_ms:.1f} ms")
    print(f"infer_ms={infer_ms:.2f} torch_ms={torch_ms:.1f} ratio={infer_ms / torch_ms:.4f}")


if __name__ == "__main__":
    main()
