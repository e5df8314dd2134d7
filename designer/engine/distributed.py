"""Training in several processes started by ``torchrun``: one process per device, DDP averaging
the gradients, each process training on its own share of every epoch."""

from __future__ import annotations

import os
from dataclasses import dataclass

import torch
import torch.distributed as dist

from designer.engine.devices import resolve_device


@dataclass(frozen=True)
class ProcessGroup:
    rank: int
    world: int
    local_rank: int

    @property
    def main(self) -> bool:
        """The process that writes the run folder and prints."""
        return self.rank == 0


def join_process_group(device_setting: str) -> ProcessGroup | None:
    """The group ``torchrun`` started this process in, joined; None when running alone."""
    world = int(os.environ.get("WORLD_SIZE", "1"))
    if world < 2:
        return None
    cuda = device_setting != "cpu" and torch.cuda.is_available()
    dist.init_process_group("nccl" if cuda else "gloo")
    return ProcessGroup(int(os.environ.get("RANK", "0")), world, int(os.environ.get("LOCAL_RANK", "0")))


def process_device(group: ProcessGroup | None, device_setting: str) -> torch.device:
    """This process's device: its own GPU under a group that uses CUDA, else the setting's."""
    if group is not None and dist.get_backend() == "nccl":
        torch.cuda.set_device(group.local_rank)
        return torch.device("cuda", group.local_rank)
    return resolve_device(device_setting)


def leave_process_group(group: ProcessGroup | None) -> None:
    if group is not None and dist.is_initialized():
        dist.destroy_process_group()


def share_buffers(model: torch.nn.Module, group: ProcessGroup | None) -> None:
    """Give every process the first one's buffers (BatchNorm's running statistics).

    DDP sends them at the start of each training step, so after an epoch's last step each
    process holds statistics of its own last batch; evaluation and saving need one set.
    """
    if group is None:
        return
    for buffer in model.buffers():
        dist.broadcast(buffer, src=0)


def summed(values: torch.Tensor, group: ProcessGroup | None) -> torch.Tensor:
    """``values`` added up over the group's processes (itself when alone)."""
    if group is None:
        return values
    total = values.clone()
    dist.all_reduce(total)
    return total
