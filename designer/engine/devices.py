"""Which devices exist and which one a run uses."""

from __future__ import annotations

from dataclasses import dataclass

import torch

from designer.core.errors import DesignerError
from designer.core.phrases import phrase


@dataclass(frozen=True)
class DeviceInfo:
    """A device a run can use: ``name`` as the settings spell it and a label for people."""

    name: str
    label: str


def available_devices() -> list[DeviceInfo]:
    """The CPU, each CUDA device by name, and Apple's MPS where present."""
    devices = [DeviceInfo("cpu", phrase("CPU"))]
    if torch.cuda.is_available():
        for index in range(torch.cuda.device_count()):
            label = phrase("GPU {index}: {name}").format(index=index, name=torch.cuda.get_device_name(index))
            devices.append(DeviceInfo(f"cuda:{index}", label))
    if torch.backends.mps.is_available():
        devices.append(DeviceInfo("mps", phrase("Apple GPU (MPS)")))
    return devices


def resolve_device(name: str) -> torch.device:
    """``auto`` picks the first GPU, else MPS, else the CPU; others must exist."""
    if name == "auto":
        if torch.cuda.is_available():
            return torch.device("cuda:0")
        if torch.backends.mps.is_available():
            return torch.device("mps")
        return torch.device("cpu")
    wanted = "cuda:0" if name == "cuda" else name
    if wanted not in {device.name for device in available_devices()}:
        present = ", ".join(device.name for device in available_devices())
        raise DesignerError(
            phrase("device {name} is not available here; pick one of auto, {present}").format(
                name=name, present=present
            )
        )
    return torch.device(wanted)


def bf16_is_native(device: torch.device) -> bool:
    """Whether bfloat16 runs at full speed here: Ampere or newer GPUs, CPUs with AVX-512 BF16 or AMX."""
    if device.type == "cuda":
        return bool(torch.cuda.is_bf16_supported(including_emulation=False))
    if device.type == "cpu":
        return bool(torch.ops.mkldnn._is_mkldnn_bf16_supported())
    return False
