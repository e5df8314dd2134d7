"""Two CPU processes over gloo train as one: the same weights in both, each on half of every epoch."""

from __future__ import annotations

import os
import socket
import time
from pathlib import Path

import pytest
import torch
import torch.multiprocessing as mp

from designer.core.architecture import Architecture, InputSpec, Layer
from designer.core.training import TrainingSettings
from designer.engine.datasets.base import Dataset
from designer.engine.distributed import join_process_group, leave_process_group
from designer.engine.events import BatchProgress
from designer.engine.trainer import Trainer
from designer.engine.training_data import prepare_data
from tests.engine.conftest import bright_squares

CPU = torch.device("cpu")
SETTINGS = TrainingSettings(epochs=2, batch_size=16, learning_rate=0.05, memory_format="auto")
NET = Architecture(
    InputSpec(1, 16, 16),
    (
        Layer.new("Conv2D", "conv", filters=4, kernel_size=3, padding="same"),
        Layer.new("BatchNorm", "bn"),
        Layer.new("MaxPool2D", "pool", pool_size=4),
        Layer.new("Flatten", "flat"),
        Layer.new("Dense", "out", units=4, activation="softmax"),
    ),
)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def train_one(rank: int, world: int, port: int, folder: str, stop_after: int = 0) -> None:
    """Train as process ``rank``; with ``stop_after``, process 1 alone asks to stop after so many batches."""
    os.environ.update(
        MASTER_ADDR="127.0.0.1",
        MASTER_PORT=str(port),
        RANK=str(rank),
        WORLD_SIZE=str(world),
        LOCAL_RANK=str(rank),
    )
    torch.set_num_threads(1)
    group = join_process_group("cpu")
    assert group is not None
    torch.manual_seed(rank)  # different seeds: DDP must still start both from the first one's weights
    dataset = Dataset("squares", ("a", "b", "c", "d"), bright_squares(200, 1), bright_squares(64, 2))
    data = prepare_data(dataset, SETTINGS, CPU, shard=(group.rank, group.world))
    trainer: Trainer

    def on_event(event: object) -> None:
        if stop_after and rank == 1 and isinstance(event, BatchProgress) and event.batch >= stop_after:
            trainer.stop()

    trainer = Trainer(NET, SETTINGS, data, CPU, on_event, group=group, report_interval=0.0)
    result = trainer.run()
    torch.save(
        {
            "state": trainer.model.state_dict(),
            "history": [(e.train_loss, e.train_accuracy, e.validation_accuracy) for e in result.history],
            "batches": len(data.train),
            "reason": result.reason,
        },
        Path(folder) / f"rank{rank}.pt",
    )
    leave_process_group(group)


def test_two_processes_end_with_identical_weights_and_metrics(tmp_path):
    run_processes(tmp_path)
    first, second = (torch.load(tmp_path / f"rank{rank}.pt", weights_only=True) for rank in (0, 1))
    assert first["reason"] == second["reason"] == "completed"
    assert first["batches"] == second["batches"] == 6  # 180 training images (20 validate): 90 each
    assert first["state"].keys() == second["state"].keys()
    for key, value in first["state"].items():
        assert torch.equal(value, second["state"][key]), key
    assert first["history"] == second["history"]  # epoch metrics summed over both processes


def run_processes(tmp_path: Path, stop_after: int = 0, seconds: float = 120) -> None:
    """Both processes, failing (not hanging) if they do not finish in time."""
    context = mp.start_processes(
        train_one,
        args=(2, free_port(), str(tmp_path), stop_after),
        nprocs=2,
        join=False,
        start_method="spawn",
    )
    deadline = time.monotonic() + seconds
    while not context.join(timeout=1):
        if time.monotonic() > deadline:
            for process in context.processes:
                process.kill()
            pytest.fail("the processes did not finish: one is waiting for the other")


def test_one_process_stopping_stops_both_together(tmp_path):
    run_processes(tmp_path, stop_after=3)
    first, second = (torch.load(tmp_path / f"rank{rank}.pt", weights_only=True) for rank in (0, 1))
    assert first["reason"] == second["reason"] == "stopped"
    for key, value in first["state"].items():
        assert torch.equal(value, second["state"][key]), key
