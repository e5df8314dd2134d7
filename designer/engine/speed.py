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

from designer.core.training import TrainingSettings
from designer.engine.optim import make_optimizer

#: The layouts by the names the settings and checkpoints use.
LAYOUTS = {"nchw": torch.contiguous_format, "channels_last": torch.channels_last}


def layout_name(layout: torch.memory_format) -> str:
    return "channels_last" if layout == torch.channels_last else "nchw"


#: channels_last must win by this much to be chosen, so noise does not flip the choice.
MARGIN = 1.10
WARMUP_STEPS = 2
TIMED_STEPS = 3


def _has_convolution(model: nn.Module) -> bool:
    return any(isinstance(m, nn.Conv2d | nn.ConvTranspose2d) for m in model.modules())


def _steps_per_second(
    model: nn.Module,
    settings: TrainingSettings,
    shape: tuple[int, ...],
    device: torch.device,
    layout: torch.memory_format,
) -> float:
    """Training steps per second of a throwaway copy of ``model`` on random data in ``layout``."""
    trial = copy.deepcopy(model).to(memory_format=layout).train()
    optimizer = make_optimizer(trial, settings)
    generator = torch.Generator().manual_seed(0)
    images = (
        torch.randn(settings.batch_size, *shape, generator=generator)
        .to(device)
        .contiguous(memory_format=layout)
    )
    labels = torch.zeros(settings.batch_size, dtype=torch.int64, device=device)
    start = 0.0
    for step in range(WARMUP_STEPS + TIMED_STEPS):
        if step == WARMUP_STEPS:
            if device.type == "cuda":
                torch.cuda.synchronize(device)
            start = time.perf_counter()
        loss = F.cross_entropy(trial(images), labels)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()  # type: ignore[no-untyped-call]
        optimizer.step()
    if device.type == "cuda":
        torch.cuda.synchronize(device)
    return TIMED_STEPS / (time.perf_counter() - start)


def choose_memory_format(
    model: nn.Module, settings: TrainingSettings, shape: tuple[int, ...], device: torch.device
) -> torch.memory_format:
    """The layout to train in: as the settings say, or for ``auto`` the measured faster one."""
    if settings.memory_format != "auto":
        return LAYOUTS[settings.memory_format]
    if len(shape) != 3 or not _has_convolution(model):
        return torch.contiguous_format
    rng = torch.get_rng_state()  # dropout in the trial must not move the run's random numbers
    try:
        plain = _steps_per_second(model, settings, shape, device, torch.contiguous_format)
        last = _steps_per_second(model, settings, shape, device, torch.channels_last)
    finally:
        torch.set_rng_state(rng)
    return torch.channels_last if last > plain * MARGIN else torch.contiguous_format
