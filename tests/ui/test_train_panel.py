"""The Train view in the real window: real runs on a tiny MNIST written by the test, clicked through."""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from designer.core.architecture import Architecture, InputSpec, Layer
from designer.core.project import PROJECT_SUFFIX, load_project
from designer.core.training import TrainingSettings
from designer.engine.events import BatchProgress, EpochEnded
from designer.ui.main_window import MainWindow
from designer.ui.train_panel import TrainPanel
from tests.engine.dataset_files import sample_split, write_mnist
from tests.ui.windows import isolate_window, open_train_view

RUN_MS = 60_000
SETTINGS = TrainingSettings().with_values(
    dataset="mnist", epochs=2, batch_size=16, memory_format="nchw", device="cpu"
)
NET = Architecture(
    InputSpec(1, 28, 28),
    (
        Layer.new("Conv2D", "conv", filters=4, kernel_size=3, activation="relu"),
        Layer.new("MaxPool2D", "pool", pool_size=4),
        Layer.new("Flatten", "flat"),
        Layer.new("Dense", "out", units=10, activation="softmax"),
    ),
    training=SETTINGS,
)


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    isolate_window(tmp_path, monkeypatch)


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("data")
    write_mnist(folder, sample_split(320, (28, 28), 10, seed=1), sample_split(60, (28, 28), 10, seed=2))
    return folder


def open_window(qtbot, data_dir: Path, architecture: Architecture = NET) -> tuple[MainWindow, TrainPanel]:
    return open_train_view(qtbot, architecture, data_dir)


@pytest.fixture
def opened(qtbot, data_dir):
    window, panel = open_window(qtbot, data_dir)
    yield window, panel
    assert panel.shutdown()


def train(qtbot, panel: TrainPanel, **changes: object) -> None:
    """Start a run with the settings changed by ``changes`` and wait for it to end."""
    if changes:
        panel.document.set_training(panel.settings().with_values(**changes))
    with qtbot.waitSignal(panel.session.ended, timeout=RUN_MS):
        qtbot.mouseClick(panel.controls.start_button, Qt.MouseButton.LeftButton)


def wait_for_batches(qtbot, panel: TrainPanel) -> list[BatchProgress]:
    reports: list[BatchProgress] = []
    panel.session.event.connect(lambda e: reports.append(e) if isinstance(e, BatchProgress) else None)
    qtbot.waitUntil(lambda: len(reports) >= 2, timeout=RUN_MS)
    return reports


def test_a_run_draws_its_curves_and_is_kept_in_the_history(opened, qtbot):
    window, panel = opened
    epochs: list[EpochEnded] = []
    panel.session.event.connect(lambda e: epochs.append(e) if isinstance(e, EpochEnded) else None)
    train(qtbot, panel)
    assert [e.epoch for e in epochs] == [1, 2]
    xs, losses = panel.plots.curves["train_loss"].getData()
    assert list(xs) == [1.0, 2.0]
    assert list(losses) == [e.train_loss for e in epochs]
    assert len(panel.plots.curves["running_loss"].getData()[0]) >= 2
    (run,) = window.files.runs
    assert (run.id, run.reason, len(run.epochs)) == ("run 1", "completed", 2)
    assert run.test_accuracy is not None
    assert 0.0 <= run.test_accuracy <= 1.0
    assert panel.runs.table.model().rowCount() == 1
    assert panel.controls.state == "idle"
    assert panel.controls.start_button.isEnabled()
    health = panel.health.table
    assert [health.item(row, 0).text() for row in range(health.rowCount())] == ["conv", "out"]
    assert panel.form.isEnabled()
    assert "run 1 completed" in window.statusBar().currentMessage()


def test_settings_are_locked_while_training_and_the_design_stays_editable(opened, qtbot):
    window, panel = opened
    panel.document.set_training(panel.settings().with_values(epochs=30))
    qtbot.mouseClick(panel.controls.start_button, Qt.MouseButton.LeftButton)
    wait_for_batches(qtbot, panel)
    assert not panel.form.isEnabled()
    assert not panel.dataset.picker.isEnabled()
    assert not panel.controls.start_button.isEnabled()
    window.document.remove(0)  # the run trains a snapshot: editing the design cannot disturb it
    with qtbot.waitSignal(panel.session.ended, timeout=RUN_MS):
        qtbot.mouseClick(panel.controls.stop_button, Qt.MouseButton.LeftButton)
    (run,) = window.files.runs
    assert run.reason == "stopped"
    assert run.architecture.layers[0].name == "conv"
    assert panel.form.isEnabled()
    assert panel.dataset.picker.isEnabled()


def test_pause_holds_the_run_and_resume_finishes_it(opened, qtbot):
    window, panel = opened
    panel.document.set_training(panel.settings().with_values(epochs=3))
    qtbot.mouseClick(panel.controls.start_button, Qt.MouseButton.LeftButton)
    reports = wait_for_batches(qtbot, panel)
    qtbot.mouseClick(panel.controls.pause_button, Qt.MouseButton.LeftButton)
    assert panel.controls.pause_button.text() == "Resume"
    qtbot.wait(300)  # a report already on its way may still arrive
    held = len(reports)
    qtbot.wait(700)
    assert len(reports) == held
    with qtbot.waitSignal(panel.session.ended, timeout=RUN_MS):
        qtbot.mouseClick(panel.controls.pause_button, Qt.MouseButton.LeftButton)
    assert len(reports) > held
    assert window.files.runs[0].reason == "completed"
    assert len(window.files.runs[0].epochs) == 3


def test_a_stopped_run_resumes_from_its_checkpoint(opened, qtbot):
    window, panel = opened
    panel.document.set_training(panel.settings().with_values(epochs=3))
    epochs: list[EpochEnded] = []
    panel.session.event.connect(lambda e: epochs.append(e) if isinstance(e, EpochEnded) else None)
    qtbot.mouseClick(panel.controls.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(epochs) == 1, timeout=RUN_MS)
    with qtbot.waitSignal(panel.session.ended, timeout=RUN_MS):
        qtbot.mouseClick(panel.controls.stop_button, Qt.MouseButton.LeftButton)
    (stopped,) = window.files.runs
    assert stopped.reason == "stopped"
    assert 1 <= len(stopped.epochs) < 3
    panel.runs.select_runs([stopped.id])
    assert panel.controls.continue_button.isEnabled()
    with qtbot.waitSignal(panel.session.ended, timeout=RUN_MS):
        qtbot.mouseClick(panel.controls.continue_button, Qt.MouseButton.LeftButton)
    (resumed,) = window.files.runs
    assert resumed.id == stopped.id
    assert (resumed.reason, [e.epoch for e in resumed.epochs]) == ("completed", [1, 2, 3])
    assert list(panel.plots.curves["train_loss"].getData()[0]) == [1.0, 2.0, 3.0]


def test_a_failing_run_says_why_and_the_next_run_works(opened, qtbot, tmp_path, data_dir):
    window, panel = opened
    panel.dataset.data_dir_edit.setText(str(tmp_path / "nowhere"))
    train(qtbot, panel)
    assert panel.message.isVisible()
    assert "MNIST" in panel.message.text()
    assert panel.controls.state == "idle"
    panel.dataset.data_dir_edit.setText(str(data_dir))
    train(qtbot, panel)
    assert not panel.message.isVisible()
    assert [run.reason for run in window.files.runs][-1] == "completed"


def test_a_design_that_cannot_train_is_not_started(qtbot, data_dir):
    broken = dataclasses.replace(NET, layers=NET.layers[:2] + NET.layers[3:])  # Dense on a feature map
    window, panel = open_window(qtbot, data_dir, broken)
    qtbot.mouseClick(panel.controls.start_button, Qt.MouseButton.LeftButton)
    assert not panel.session.running
    assert panel.message.text().startswith("The design cannot train yet: layer 3 (Dense)")
    assert panel.shutdown()


def test_closing_the_window_mid_run_asks_then_ends_the_thread(qtbot, data_dir, monkeypatch):
    window, panel = open_window(qtbot, data_dir)
    panel.document.set_training(panel.settings().with_values(epochs=50))
    qtbot.mouseClick(panel.controls.start_button, Qt.MouseButton.LeftButton)
    wait_for_batches(qtbot, panel)
    asked: list[str] = []

    def answer(parent, title, text, *args):
        asked.append(title)
        if title == "Unsaved changes":  # the stopped run joined the history
            assert "runs" in text
            return QMessageBox.StandardButton.Discard
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert not window.close()  # "No": the run goes on
    assert panel.session.running
    window.document.mark_saved()
    began = time.monotonic()
    assert window.close()
    assert time.monotonic() - began < 5
    assert asked == ["A run is in progress"] * 2 + ["Unsaved changes"]
    assert not panel.session.running
    assert panel.session.thread is None or not panel.session.thread.isRunning()


def test_the_run_history_survives_save_and_open(opened, qtbot, tmp_path, data_dir):
    window, panel = opened
    path = tmp_path / f"net{PROJECT_SUFFIX}"
    window.files.path = path  # as after "Save as": runs are kept beside the project
    train(qtbot, panel)
    train(qtbot, panel, learning_rate=0.01)
    assert window.files.save()
    project = load_project(path)
    assert [run.id for run in project.runs] == ["run 1", "run 2"]
    assert project.runs == tuple(window.files.runs)
    assert Path(project.runs[0].folder or "").parent == tmp_path / "net runs"
    other, other_panel = open_window(qtbot, data_dir)
    other.files.load(project, path, "")
    assert other_panel.runs.table.model().rowCount() == 2
    other_panel.runs.select_runs(["run 1", "run 2"])
    assert "learning_rate 0.001 -> 0.01" in other_panel.runs.details.toPlainText()
    assert len(other_panel.plots.comparison_curves) == 1
    assert other_panel.shutdown()


def test_the_settings_form_greys_what_does_not_apply_and_lists_devices(opened, qtbot):
    _, panel = opened
    form = panel.form
    panel.document.set_training(panel.settings().with_values(optimizer="adam"))
    assert not form.editors["momentum"].isEnabled()
    panel.document.set_training(panel.settings().with_values(optimizer="sgd"))
    assert form.editors["momentum"].isEnabled()
    assert form.editors["nesterov"].isEnabled()
    qtbot.waitUntil(lambda: form.device.count() > 1, timeout=30_000)
    assert [form.device.itemData(i) for i in range(2)] == ["auto", "cpu"]
    assert form.device.currentData() == "cpu"


def test_the_train_view_takes_the_window_and_gives_the_docks_back(opened):
    window, _ = opened
    docks = (window.palette_dock, window.properties_dock, window.summary_dock)
    assert not any(dock.isVisible() for dock in docks)
    window.show_view("design")
    assert all(dock.isVisible() for dock in docks)
    window.summary_dock.hide()  # the user's own choice is kept across views
    window.show_view("train")
    window.show_view("design")
    assert window.palette_dock.isVisible()
    assert not window.summary_dock.isVisible()
