"""Faults in a run started from the real window, on its real training thread: the user sees one sentence,
the window stays usable, and the epochs done so far stay on the curves, in the run list and on disk.

Covered: an exception in a batch of epoch 2 (then a second run), and closing the window while paused.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from designer.core.architecture import Architecture, InputSpec, Layer
from designer.core.training import TrainingSettings
from designer.engine.checkpoint import load_checkpoint
from designer.engine.events import CheckpointSaved
from designer.engine.trainer import Trainer
from designer.ui.main_window import MainWindow
from designer.ui.train_panel import TrainPanel
from tests.engine.dataset_files import sample_split, write_mnist
from tests.ui.windows import isolate_window, open_train_view

RUN_MS = 60_000
NET = Architecture(
    InputSpec(1, 28, 28),
    (
        Layer.new("Conv2D", "conv", filters=4, kernel_size=3, activation="relu"),
        Layer.new("MaxPool2D", "pool", pool_size=4),
        Layer.new("Flatten", "flat"),
        Layer.new("Dense", "out", units=10, activation="softmax"),
    ),
    training=TrainingSettings().with_values(
        dataset="mnist", epochs=3, batch_size=16, memory_format="nchw", device="cpu"
    ),
)
FAULT = "the accelerator went away"


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    isolate_window(tmp_path, monkeypatch)
    modal: list[str] = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda parent, title, *args, kind=kind: modal.append(title))
    yield
    assert modal == [], "a fault showed a modal message box"


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("data")
    write_mnist(folder, sample_split(320, (28, 28), 10, seed=1), sample_split(60, (28, 28), 10, seed=2))
    return folder


@pytest.fixture
def opened(qtbot, data_dir) -> tuple[MainWindow, TrainPanel]:
    return open_train_view(qtbot, NET, data_dir)


@pytest.fixture
def faulty(monkeypatch) -> list[bool]:
    """The window's runs raise in the forward pass of batch 3 of epoch 2 while the list holds True."""
    armed = [True]

    class FaultyTrainer(Trainer):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            calls = [0]

            def hook(module, inputs):
                if armed[0] and module.training and len(self.history) == 1:
                    calls[0] += 1
                    if calls[0] == 3:
                        raise RuntimeError(FAULT)

            self.model.layer("conv").register_forward_pre_hook(hook)

    monkeypatch.setattr("designer.engine.trainer.Trainer", FaultyTrainer)
    return armed


def train(qtbot, panel: TrainPanel) -> None:
    with qtbot.waitSignal(panel.session.ended, timeout=RUN_MS):
        qtbot.mouseClick(panel.controls.start_button, Qt.MouseButton.LeftButton)


def run_row(panel: TrainPanel) -> tuple[str, str, str]:
    """The newest run's name, epochs and result as the run list shows them."""
    model = panel.runs.model
    return tuple(model.data(model.index(0, column)) for column in (model.RUN, model.EPOCHS, model.RESULT))


def test_an_exception_in_a_batch_is_one_sentence_and_the_next_run_works(opened, faulty, qtbot):
    window, panel = opened
    train(qtbot, panel)

    said = f"run 1 failed: RuntimeError: {FAULT}"
    assert panel.message.isVisible()
    assert panel.message.text() == said
    assert window.statusBar().currentMessage() == said
    assert panel.controls.state == "idle"
    assert panel.controls.start_button.isEnabled()
    assert panel.form.isEnabled()
    assert list(panel.plots.curves["train_loss"].getData()[0]) == [1.0]
    (run,) = window.files.runs
    assert (run.reason, [e.epoch for e in run.epochs]) == ("failed", [1])
    assert run_row(panel) == ("run 1", "1 / 3", "failed")
    assert load_checkpoint(Path(run.folder) / "last.pt").epoch == 1

    faulty[0] = False
    train(qtbot, panel)
    assert not panel.message.isVisible()
    assert [run.reason for run in window.files.runs] == ["failed", "completed"]
    assert run_row(panel) == ("run 2", "3 / 3", "completed")
    assert list(panel.plots.curves["train_loss"].getData()[0]) == [1.0, 2.0, 3.0]


def test_closing_the_window_while_paused_stops_the_run_and_keeps_its_history(opened, qtbot, monkeypatch):
    window, panel = opened
    panel.document.set_training(panel.settings().with_values(epochs=50))
    with qtbot.waitSignal(
        panel.session.event, timeout=RUN_MS, check_params_cb=lambda e: isinstance(e, CheckpointSaved)
    ):
        qtbot.mouseClick(panel.controls.start_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.controls.pause_button, Qt.MouseButton.LeftButton)
    assert panel.controls.state == "paused"
    asked: list[str] = []

    def answer(parent, title, text, *args):
        asked.append(title)
        return QMessageBox.StandardButton.Yes if len(asked) == 1 else QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", answer)
    began = time.monotonic()
    assert window.close()
    assert time.monotonic() - began < 5
    assert asked == ["A run is in progress", "Unsaved changes"]
    assert not panel.session.running
    (run,) = window.files.runs
    assert run.reason == "stopped"
    done = [e.epoch for e in run.epochs]
    assert done == list(range(1, len(done) + 1))
    assert len(done) >= 1
    folder = Path(run.folder)
    assert [row["epoch"] for row in json.loads((folder / "metrics.json").read_text())] == done
    assert load_checkpoint(folder / "last.pt").epoch == len(done)
    assert json.loads((folder / "result.json").read_text())["reason"] == "stopped"
