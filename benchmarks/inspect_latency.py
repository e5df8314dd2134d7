"""How long one sample's inspection takes on the CPU, against a plain forward pass of the same model.

For the Keras CIFAR-10 preset (and LeNet-5): ``inspect_sample`` (every feature map and the
prediction), ``grad_cam`` and ``report_sample`` (all the Inspect view asks its worker for one
sample: normalising, maps, prediction, Grad-CAM and a copy of every kernel), each the median of
many calls, beside ``model(x)`` alone. Target: a CIFAR-10 sample's inspection under 50 ms. The
last line is ``inspect_ms=... grad_cam_ms=... report_ms=... forward_ms=... ratio=...`` for the
CIFAR-10 preset, where ratio is inspection over the plain forward pass.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

import torch

from designer.core.presets import load_preset
from designer.engine.augment import Normalization
from designer.engine.builder import build_model
from designer.engine.inspection import grad_cam, inspect_sample, report_sample

REPEATS = 50


def median_ms(call: Callable[[], object]) -> float:
    call()
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def measure(preset: str) -> tuple[float, float, float, float]:
    torch.manual_seed(0)
    architecture = load_preset(preset)
    model = build_model(architecture).eval()
    image = torch.randn(architecture.input.shape)

    def forward() -> None:
        with torch.no_grad():
            model(image.unsqueeze(0))

    inspect = median_ms(lambda: inspect_sample(model, architecture, image))
    cam = median_ms(lambda: grad_cam(model, architecture, image, 0))
    channels = architecture.input.shape[0]
    pixels = torch.randint(0, 256, architecture.input.shape, dtype=torch.uint8)
    normalization = Normalization((0.5,) * channels, (0.25,) * channels)
    report = median_ms(lambda: report_sample(model, architecture, pixels, normalization))
    plain = median_ms(forward)
    print(
        f"{preset:12} inspect {inspect:6.2f} ms  grad_cam {cam:6.2f} ms  "
        f"report {report:6.2f} ms  forward {plain:6.2f} ms"
    )
    return inspect, cam, report, plain


def main() -> None:
    measure("lenet5")
    inspect, cam, report, plain = measure("cifar10_cnn")
    ratio = inspect / plain
    print(
        f"inspect_ms={inspect:.2f} grad_cam_ms={cam:.2f} report_ms={report:.2f} "
        f"forward_ms={plain:.2f} ratio={ratio:.2f}"
    )


if __name__ == "__main__":
    main()
