"""Faults injected into a real run: each ends it with a clear reason and message, keeps the epochs done
in the result and the run folder, and leaves a state a new or resumed run can use.

Covered: an exception in a batch of epoch 2, running out of memory, an image file of a streamed folder
that vanishes (or turns unreadable) mid-run, a stop during the first batch and a stop while testing.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch

from designer.core.architecture import Architecture, InputSpec, Layer
from designer.core.runs import FOLDER_BUNDLE
from designer.core.training import TrainingSettings
from designer.engine.checkpoint import load_checkpoint
from designer.engine.datasets.catalogue import load_dataset
from designer.engine.events import EpochEnded
from designer.engine.run_folder import RunFolder
from designer.engine.trainer import Trainer
from designer.engine.training_data import prepare_data
from tests.engine.dataset_files import write_broken_image, write_image_folder

CPU = torch.device("cpu")
SETTINGS = TrainingSettings(
    epochs=3, batch_size=32, learning_rate=0.01, validation="split", memory_format="nchw"
)


def make(architecture, dataset, folder, settings=SETTINGS):
    data = prepare_data(dataset, settings, CPU)
    return Trainer(architecture, settings, data, CPU, folder=RunFolder(folder))


def in_batch(trainer: Trainer, epoch: int, batch: int, action) -> None:
    """Call ``action()`` in the forward pass of training batch ``batch`` (from 1) of ``epoch``."""
    calls = [0]

    def hook(module, inputs):
        if module.training and len(trainer.history) == epoch - 1:
            calls[0] += 1
            if calls[0] == batch:
                action()

    trainer.model.layer("conv").register_forward_pre_hook(hook)


def raises(error: Exception):
    def action():
        raise error

    return action


def epochs_in(folder) -> list[int]:
    return [row["epoch"] for row in json.loads((folder / "metrics.json").read_text())]


def result_in(folder) -> dict:
    return json.loads((folder / "result.json").read_text())


def test_an_exception_in_a_batch_fails_the_run_and_keeps_the_epochs_done(small_net, squares, tmp_path):
    trainer = make(small_net, squares, tmp_path)
    after_first: list[dict[str, torch.Tensor]] = []
    trainer.on_event = lambda e: (
        after_first.append({k: v.clone() for k, v in trainer.model.state_dict().items()})
        if isinstance(e, EpochEnded)
        else None
    )
    in_batch(trainer, epoch=2, batch=3, action=raises(RuntimeError("the accelerator went away")))

    result = trainer.run()

    assert (result.reason, result.message) == ("failed", "RuntimeError: the accelerator went away")
    assert (result.epochs_done, [e.epoch for e in result.history]) == (1, [1])
    assert epochs_in(tmp_path) == [1]
    assert result_in(tmp_path) == {"reason": "failed", "message": result.message, "epochs": 1}
    last = load_checkpoint(tmp_path / "last.pt")
    assert (last.epoch, len(last.history)) == (1, 1)
    assert all(torch.equal(last.model[key], value) for key, value in after_first[0].items())
    assert not torch.equal(last.model["conv.conv.weight"], trainer.model.state_dict()["conv.conv.weight"])
    assert not list(tmp_path.glob(".*.tmp"))

    resumed = make(small_net, squares, tmp_path)
    resumed.restore(last)
    finished = resumed.run()
    assert (finished.reason, finished.epochs_done) == ("completed", 3)
    assert epochs_in(tmp_path) == [1, 2, 3]


def test_running_out_of_memory_in_a_batch_says_what_to_change(small_net, squares, tmp_path):
    trainer = make(small_net, squares, tmp_path)
    in_batch(trainer, 1, 2, raises(torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 9.00 GiB")))
    result = trainer.run()
    assert (result.reason, result.epochs_done) == ("failed", 0)
    assert result.message == (
        "the run ran out of memory; use a smaller batch size or a smaller network, then try again"
    )


def test_a_stop_in_the_first_batch_leaves_no_epoch_and_no_checkpoint(small_net, squares, tmp_path):
    trainer = make(small_net, squares, tmp_path)
    in_batch(trainer, 1, 1, trainer.stop)

    result = trainer.run()

    assert (result.reason, result.message, result.epochs_done) == ("stopped", "stopped during epoch 1", 0)
    assert result_in(tmp_path) == {"reason": "stopped", "message": "stopped during epoch 1", "epochs": 0}
    assert epochs_in(tmp_path) == []
    assert not list(tmp_path.glob("*.pt"))
    assert not list(tmp_path.glob(".*.tmp"))
    again = make(small_net, squares, tmp_path, SETTINGS.with_values(epochs=1)).run()
    assert (again.reason, again.epochs_done) == ("completed", 1)
    assert load_checkpoint(tmp_path / "last.pt").epoch == 1


def test_a_stop_while_testing_keeps_every_epoch_and_resuming_only_tests(small_net, squares, tmp_path):
    trainer = make(small_net, squares, tmp_path)
    trainer.on_event = lambda e: trainer.stop() if isinstance(e, EpochEnded) and e.epoch == 3 else None

    result = trainer.run()

    assert (result.reason, result.message, result.epochs_done) == ("stopped", "stopped while testing", 3)
    assert result.test is None
    assert epochs_in(tmp_path) == [1, 2, 3]
    assert result_in(tmp_path)["reason"] == "stopped"
    assert not (tmp_path / FOLDER_BUNDLE).exists()

    resumed = make(small_net, squares, tmp_path)
    resumed.restore(load_checkpoint(tmp_path / "last.pt"))
    finished = resumed.run()
    assert (finished.reason, finished.epochs_done) == ("completed", 3)
    assert [e.train_loss for e in finished.history] == [e.train_loss for e in result.history]
    assert finished.test is not None
    assert (tmp_path / FOLDER_BUNDLE).exists()


@pytest.fixture
def streamed(tmp_path, monkeypatch):
    """A folder of dark and bright images, read from disk batch by batch."""
    rng = np.random.default_rng(0)
    dark = [rng.integers(0, 60, (8, 8), dtype=np.uint8) for _ in range(16)]
    bright = [rng.integers(190, 255, (8, 8), dtype=np.uint8) for _ in range(16)]
    write_image_folder(tmp_path / "images", {"dark": dark, "bright": bright})
    monkeypatch.setattr("designer.engine.datasets.catalogue.STREAM_ABOVE_BYTES", 0)
    return load_dataset(str(tmp_path / "images"), (1, 8, 8))


def test_a_streamed_file_that_vanishes_fails_the_run_naming_it(streamed, tmp_path):
    architecture = Architecture(
        InputSpec(1, 8, 8),
        (Layer.new("Flatten", "flat"), Layer.new("Dense", "out", units=2, activation="softmax")),
    )
    settings = TrainingSettings(epochs=3, batch_size=8, memory_format="nchw", checkpoints="last")
    trainer = make(architecture, streamed, tmp_path / "run", settings)
    files = trainer.data.train.dataset  # a Subset of the folder's ImageFiles
    corrupted, vanished = (files.dataset.entries[files.indices[i]][0] for i in (0, 1))

    def damage(event):
        if isinstance(event, EpochEnded) and event.epoch == 1:
            write_broken_image(corrupted)  # unreadable but there: it trains as a black image
        if isinstance(event, EpochEnded) and event.epoch == 2:
            vanished.unlink()

    trainer.on_event = damage
    result = trainer.run()

    assert result.reason == "failed"
    assert result.message == (
        f"The image {vanished} vanished during training; put it back, or train again to leave it out."
    )
    assert [e.epoch for e in result.history] == [1, 2]
    assert epochs_in(tmp_path / "run") == [1, 2]
    assert load_checkpoint(tmp_path / "run" / "last.pt").epoch == 2
