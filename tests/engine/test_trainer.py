"""The trainer: events, learning, determinism, exact resume, stop, pause, divergence and failures."""

from __future__ import annotations

import threading
import time

import torch

from designer.core.training import TrainingSettings
from designer.engine.checkpoint import load_checkpoint
from designer.engine.events import (
    BatchProgress,
    CheckpointSaved,
    EpochEnded,
    EpochStarted,
    RunFinished,
    RunStarted,
)
from designer.engine.run_folder import RunFolder
from designer.engine.trainer import Trainer
from designer.engine.training_data import prepare_data

CPU = torch.device("cpu")
#: The layout is pinned: ``auto`` times both, and a tiny network could land on either.
SETTINGS = TrainingSettings(
    epochs=3, batch_size=32, learning_rate=0.01, validation="split", memory_format="nchw"
)


def make(architecture, dataset, settings=SETTINGS, folder=None, events=None):
    return Trainer(
        architecture,
        settings,
        prepare_data(dataset, settings, CPU),
        CPU,
        on_event=(events.append if events is not None else lambda e: None),
        folder=folder,
    )


def metrics(history):
    return [(e.train_loss, e.train_accuracy, e.validation_loss, e.validation_accuracy) for e in history]


def test_a_run_learns_and_reports_in_order(small_net, squares, tmp_path):
    events: list = []
    result = make(small_net, squares, folder=RunFolder(tmp_path), events=events).run()
    assert result.reason == "completed"
    assert result.test.accuracy > 0.9
    assert result.test.confusion.sum() == 128
    kinds = [type(e) for e in events if not isinstance(e, BatchProgress)]
    assert kinds[0] is RunStarted
    assert kinds[-1] is RunFinished
    assert kinds.count(EpochStarted) == kinds.count(EpochEnded) == 3
    assert any(isinstance(e, BatchProgress) and e.batch == e.batches for e in events)
    saved = [e for e in events if isinstance(e, CheckpointSaved)]
    assert {e.kind for e in saved} == {"best", "last"}
    assert (tmp_path / "metrics.csv").read_text().count("\n") == 4
    health = [e for e in events if isinstance(e, EpochEnded)][-1].health
    assert [h.layer for h in health] == ["conv", "out"]
    assert 0 <= health[0].dead_fraction <= 1
    assert all(h.gradient_norm > 0 and h.update_ratio > 0 for h in health)


def test_same_seed_gives_the_same_metrics(small_net, squares):
    first = make(small_net, squares).run()
    second = make(small_net, squares).run()
    assert metrics(first.history) == metrics(second.history)


def test_a_resumed_run_continues_exactly(small_net, squares, tmp_path):
    settings = SETTINGS.with_values(augment_crop=2, augment_flip=True, mixup=0.2)
    uninterrupted = make(small_net, squares, settings).run()

    interrupted = make(small_net, squares, settings, folder=RunFolder(tmp_path))
    interrupted.on_event = lambda e: interrupted.stop() if isinstance(e, EpochEnded) else None
    stopped = interrupted.run()
    assert (stopped.reason, stopped.epochs_done) == ("stopped", 1)

    resumed = make(small_net, squares, settings, folder=RunFolder(tmp_path))
    resumed.restore(load_checkpoint(tmp_path / "last.pt"))
    finished = resumed.run()
    assert finished.reason == "completed"
    assert metrics(finished.history) == metrics(uninterrupted.history)
    assert finished.test.accuracy == uninterrupted.test.accuracy


def test_stop_from_another_thread_keeps_model_and_history(small_net, squares):
    trainer = make(small_net, squares, SETTINGS.with_values(epochs=50))
    started = threading.Event()
    trainer.on_event = lambda e: started.set() if isinstance(e, EpochEnded) else None
    results = []
    worker = threading.Thread(target=lambda: results.append(trainer.run()))
    worker.start()
    assert started.wait(30)
    trainer.stop()
    worker.join(30)
    assert not worker.is_alive()
    assert results[0].reason == "stopped"
    assert len(trainer.history) >= 1
    assert trainer.model(torch.zeros(2, 1, 16, 16)).shape == (2, 4)


def test_pause_holds_the_run_until_resume(small_net, squares):
    trainer = make(small_net, squares, SETTINGS.with_values(epochs=2))
    progress = []
    trainer.on_event = lambda e: progress.append(time.monotonic()) if isinstance(e, BatchProgress) else None
    trainer.pause()
    worker = threading.Thread(target=trainer.run)
    worker.start()
    time.sleep(0.5)
    assert progress == []
    assert worker.is_alive()
    trainer.resume()
    worker.join(30)
    assert progress


def test_stop_while_paused_ends_the_run(small_net, squares):
    trainer = make(small_net, squares)
    trainer.pause()
    results = []
    worker = threading.Thread(target=lambda: results.append(trainer.run()))
    worker.start()
    time.sleep(0.2)
    trainer.stop()
    worker.join(10)
    assert results[0].reason == "stopped"


def test_stop_during_validation(small_net, squares):
    trainer = make(small_net, squares)

    def stop_at_last_batch(event):
        if isinstance(event, BatchProgress) and event.batch == event.batches:
            trainer.stop()

    trainer.on_event = stop_at_last_batch
    result = trainer.run()
    assert (result.reason, result.message) == ("stopped", "stopped while validating epoch 1")
    assert result.epochs_done == 0


def test_nan_loss_ends_as_diverged_with_advice(small_net, squares):
    trainer = make(small_net, squares)
    with torch.no_grad():
        trainer.model.layer("out").linear.weight.fill_(float("nan"))
    result = trainer.run()
    assert result.reason == "diverged"
    assert "lower the learning rate" in result.message


def test_exception_in_a_batch_ends_as_failed(small_net, squares):
    trainer = make(small_net, squares)

    def broken(epoch):
        raise OSError("the data set file vanished")
        yield

    trainer.data.train.batches = broken
    result = trainer.run()
    assert (result.reason, result.message) == ("failed", "OSError: the data set file vanished")


def test_early_stopping(small_net, squares):
    settings = SETTINGS.with_values(epochs=10, learning_rate=1e-8, early_stopping=2)
    result = make(small_net, squares, settings).run()
    assert result.reason == "early_stopped"
    assert result.epochs_done == 3


def test_auto_layout_keeps_the_measured_faster_one(small_net, squares, monkeypatch):
    speeds = {torch.contiguous_format: 100.0, torch.channels_last: 150.0}
    monkeypatch.setattr("designer.engine.speed._steps_per_second", lambda m, s, shape, d: speeds)
    auto = SETTINGS.with_values(memory_format="auto")
    trainer = make(small_net, squares, auto)
    assert trainer.memory_format == torch.channels_last
    assert trainer.model.layer("conv").conv.weight.is_contiguous(memory_format=torch.channels_last)
    speeds[torch.channels_last] = 105.0  # within the noise margin: stay with the plain layout
    assert make(small_net, squares, auto).memory_format == torch.contiguous_format
    result = trainer.run()
    assert result.reason == "completed"


def test_resume_keeps_the_layout_of_the_checkpoint(small_net, squares, tmp_path):
    first = make(
        small_net, squares, SETTINGS.with_values(memory_format="channels_last", epochs=1), RunFolder(tmp_path)
    )
    first.run()
    resumed = make(small_net, squares, SETTINGS.with_values(epochs=2))
    resumed.restore(load_checkpoint(tmp_path / "last.pt"))
    assert resumed.memory_format == torch.channels_last
