"""Checkpoints load without running code, and bad ones are refused with a clear message."""

from __future__ import annotations

import os
import pickle

import pytest
import torch

from designer.engine.checkpoint import Checkpoint, CheckpointError, load_checkpoint, save_checkpoint


def example() -> Checkpoint:
    return Checkpoint(
        epoch=2,
        model={"w": torch.ones(2, 2)},
        optimizer={"state": {}, "param_groups": [{"lr": 0.1, "params": [0]}]},
        schedule={"last_epoch": 10},
        history=[{"epoch": 1, "train_loss": 0.5}],
        best_accuracy=0.9,
        epochs_since_best=0,
        architecture="{}",
        settings={"epochs": 3},
        class_names=["a", "b"],
        mean=[0.5],
        std=[0.25],
        memory_format="nchw",
    )


def test_round_trip_with_weights_only(tmp_path):
    path = tmp_path / "last.pt"
    save_checkpoint(example(), path)
    assert torch.load(path, weights_only=True)["format"] == "cnn-designer/checkpoint"
    loaded = load_checkpoint(path)
    assert loaded.epoch == 2
    assert torch.equal(loaded.model["w"], torch.ones(2, 2))
    assert loaded.class_names == ["a", "b"]


class Exploit:
    def __reduce__(self):
        return (os.system, ("touch pwned",))


@pytest.mark.filterwarnings("ignore:Detected pickle protocol")
def test_a_malicious_pickle_is_refused_and_runs_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "evil.pt"
    with open(path, "wb") as handle:
        pickle.dump({"format": "cnn-designer/checkpoint", "payload": Exploit()}, handle)
    torch.save(
        {"format": "cnn-designer/checkpoint", "version": 1, "payload": Exploit()}, tmp_path / "evil2.pt"
    )
    for candidate in (path, tmp_path / "evil2.pt"):
        with pytest.raises(CheckpointError, match="not a usable checkpoint"):
            load_checkpoint(candidate)
    assert not (tmp_path / "pwned").exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not a usable checkpoint"),
        (b"garbage" * 10, "not a usable checkpoint"),
    ],
)
def test_corrupt_files(tmp_path, content, message):
    path = tmp_path / "bad.pt"
    path.write_bytes(content)
    with pytest.raises(CheckpointError, match=message):
        load_checkpoint(path)


def test_truncated_newer_and_foreign_checkpoints(tmp_path):
    path = tmp_path / "c.pt"
    save_checkpoint(example(), path)
    path.write_bytes(path.read_bytes()[:200])
    with pytest.raises(CheckpointError, match="not a usable checkpoint"):
        load_checkpoint(path)
    torch.save({"format": "cnn-designer/checkpoint", "version": 9}, path)
    with pytest.raises(CheckpointError, match="checkpoint version 9 is not supported"):
        load_checkpoint(path)
    torch.save({"weights": torch.zeros(1)}, path)
    with pytest.raises(CheckpointError, match="not a cnn-designer checkpoint"):
        load_checkpoint(path)
    with pytest.raises(CheckpointError, match="no such checkpoint"):
        load_checkpoint(tmp_path / "missing.pt")
