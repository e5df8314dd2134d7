"""Choosing the fastest settings for this model on this machine by timing them, not assuming.

Measured on a 2-core CPU, channels_last made LeNet-5 about 1.4x and a small VGG 1.25x faster
to train, and the Keras CIFAR-10 network 4% slower: it depends on the model.
"""

from __future__ import annotations

import copy
import time

import torch
import torch.nn.functional as F
from torch import nn

from designer.core.architecture import Architecture
from designer.core.training import TrainingSettings
from designer.engine.builder import build_model
from designer.engine.optim import make_optimizer

#: The layouts by the names the settings and checkpoints use.
LAYOUTS = {"nchw": torch.contiguous_format, "channels_last": torch.channels_last}


def layout_name(layout: torch.memory_format) -> str:
    return "channels_last" if layout == torch.channels_last else "nchw"


#: channels_last must win by this much to be chosen, so noise does not flip the choice.
MARGIN = 1.10
WARMUP_STEPS = 2
TIMED_STEPS = 2
ROUNDS = 3


def _has_convolution(model: nn.Module) -> bool:
    return any(isinstance(m, nn.Conv2d | nn.ConvTranspose2d) for m in model.modules())


class _Trial:
    """A throwaway copy of the model training on random data in one layout."""

    def __init__(
        self,
        model: nn.Module,
        settings: TrainingSettings,
        shape: tuple[int, ...],
        device: torch.device,
        layout: torch.memory_format,
    ) -> None:
        self.model = copy.deepcopy(model).to(memory_format=layout).train()
        self.optimizer = make_optimizer(self.model, settings)
        generator = torch.Generator().manual_seed(0)
        batch = torch.randn(settings.batch_size, *shape, generator=generator)
        self.images = batch.to(device).contiguous(memory_format=layout)
        self.labels = torch.zeros(settings.batch_size, dtype=torch.int64, device=device)
        self.device = device
        self.steps(WARMUP_STEPS)

    def steps(self, count: int) -> float:
        """Seconds that ``count`` training steps take."""
        if self.device.type == "cuda":
            torch.cuda.synchronize(self.device)
        start = time.perf_counter()
        for _ in range(count):
            loss = F.cross_entropy(self.model(self.images), self.labels)
            self.optimizer.zero_grad(set_to_none=True)
            loss.backward()  # type: ignore[no-untyped-call]
            self.optimizer.step()
        if self.device.type == "cuda":
            torch.cuda.synchronize(self.device)
        return time.perf_counter() - start


def _steps_per_second(
    model: nn.Module, settings: TrainingSettings, shape: tuple[int, ...], device: torch.device
) -> dict[torch.memory_format, float]:
    """Steps per second in each layout, the best of rounds taken in turns so that noise hits both alike."""
    trials = {layout: _Trial(model, settings, shape, device, layout) for layout in LAYOUTS.values()}
    best = {layout: float("inf") for layout in trials}
    for _ in range(ROUNDS):
        for layout, trial in trials.items():
            best[layout] = min(best[layout], trial.steps(TIMED_STEPS))
    return {layout: TIMED_STEPS / seconds for layout, seconds in best.items()}


def choose_memory_format(
    model: nn.Module, settings: TrainingSettings, shape: tuple[int, ...], device: torch.device
) -> torch.memory_format:
    """The layout to train in: as the settings say, or for ``auto`` the measured faster one."""
    if settings.memory_format != "auto":
        return LAYOUTS[settings.memory_format]
    if len(shape) != 3 or not _has_convolution(model):
        return torch.contiguous_format
    rng = torch.get_rng_state()  # dropout in the trials must not move the run's random numbers
    try:
        speed = _steps_per_second(model, settings, shape, device)
    finally:
        torch.set_rng_state(rng)
    faster = speed[torch.channels_last] > speed[torch.contiguous_format] * MARGIN
    return torch.channels_last if faster else torch.contiguous_format


def seconds_per_batch(architecture: Architecture, settings: TrainingSettings, device: torch.device) -> float:
    """A measured training step on random data at the settings' batch size, layout as a run would choose.

    For an estimate before starting: a few seconds at most, on the device the run will use.
    """
    torch.manual_seed(settings.seed)
    model = build_model(architecture).to(device)
    layout = choose_memory_format(model, settings, architecture.input.shape, device)
    trial = _Trial(model, settings, architecture.input.shape, device, layout)
    return min(trial.steps(TIMED_STEPS) for _ in range(ROUNDS)) / TIMED_STEPS
